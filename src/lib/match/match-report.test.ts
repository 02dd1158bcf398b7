import { describe, expect, it } from 'vitest';
import { exampleJob, exampleProfile } from '$lib/domain/example-session';
import { emptyStructuredCv, type StructuredCv } from '$lib/domain/structured-cv';
import { matchReport, suggestionFeedback } from './match-report';

function cvWith(bullets: string[], status: 'accepted' | 'to_review'): StructuredCv {
	const cv = emptyStructuredCv();
	const experience = cv.sections.find((section) => section.kind === 'experience');
	experience?.items.push({
		id: 'item-1',
		kind: 'role',
		sourceId: 'role-1',
		status,
		content: { text: '', bullets },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [],
		updatedAt: 0
	});
	return cv;
}

describe('matchReport', () => {
	const profile = exampleProfile();
	const job = exampleJob();

	it('shows coverage before tailoring and after the accepted items', () => {
		const empty = matchReport(job, profile, emptyStructuredCv());
		expect(empty.terms.length).toBeGreaterThan(10);
		expect(empty.before.percent).toBeGreaterThan(empty.after.percent);

		const tailored = matchReport(
			job,
			profile,
			cvWith(
				[
					'Batch and streaming pipelines on AWS with Kafka, Spark, Airflow and dbt in Python and SQL.'
				],
				'accepted'
			)
		);
		expect(tailored.after.percent).toBeGreaterThan(empty.after.percent);
		expect(tailored.after.covered.map((term) => term.canonical)).toContain('Kafka');
	});

	it('ignores items the person has not accepted', () => {
		const pending = matchReport(job, profile, cvWith(['Kafka and Spark.'], 'to_review'));
		expect(pending.after.covered.map((term) => term.canonical)).not.toContain('Kafka');
	});

	it('suggests missing terms the person’s data supports and shows the rest as gaps', () => {
		const report = matchReport(job, profile, emptyStructuredCv());
		const suggested = report.suggestions.map((term) => term.canonical);
		const gaps = report.gaps.map((term) => term.canonical);
		expect(suggested).toContain('Kafka');
		expect(gaps).toContain('Snowflake');
		expect(gaps).toContain('Dagster');
		expect(suggested).not.toContain('Snowflake');
		expect(suggestionFeedback(report.suggestions.slice(0, 2))).toMatch(
			/^Where my own experience supports it, mention: .+, .+\.$/
		);
		expect(suggestionFeedback([])).toBe('');
	});
});
