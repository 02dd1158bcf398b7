import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain/example-session';
import type { CvItem, ItemStatus, Session } from '$lib/domain';
import { cvTexts } from '$lib/export/cv-plain-text';
import { matchReport as reportOn, suggestionFeedback } from './match-report';

function item(
	kind: CvItem['kind'],
	sourceId: string,
	status: ItemStatus,
	bullets: string[]
): CvItem {
	return {
		id: `item-${kind}-${sourceId}`,
		kind,
		sourceId,
		status,
		content: { text: '', bullets },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [],
		updatedAt: 0
	};
}

/** The example session with one item per role, in the given states. */
function sessionWith(roleItems: Array<{ status: ItemStatus; bullets: string[] }>): Session {
	const session = exampleSession(0);
	const experience = session.cv.sections.find((section) => section.kind === 'experience');
	session.profile.roles.forEach((role, index) => {
		const wanted = roleItems[index];
		if (wanted) experience?.items.push(item('role', role.id, wanted.status, wanted.bullets));
	});
	return session;
}

/** The report on a session's CV as the export writes it. */
const matchReport = (session: Session) => reportOn(session, cvTexts(session));

const covered = (session: Session) =>
	matchReport(session).after.covered.map((term) => term.canonical);

describe('matchReport', () => {
	it('compares like with like: with nothing accepted yet, now is the CV as written', () => {
		const untouched = matchReport(sessionWith([]));
		expect(untouched.terms.length).toBeGreaterThan(10);
		expect(untouched.before.percent).toBeGreaterThan(0);
		expect(untouched.after.percent).toBe(untouched.before.percent);

		// Half-way: one draft waits for review. The export uses the person's own text for it, so
		// the figure does not fall the way it did when "now" counted accepted items only.
		const halfWay = matchReport(
			sessionWith([{ status: 'to_review', bullets: ['Kafka and Spark.'] }])
		);
		expect(halfWay.after.percent).toBe(untouched.before.percent);
	});

	it('counts an accepted item in its tailored form, in place of the person’s text', () => {
		const tailored = sessionWith([
			{
				status: 'accepted',
				bullets: [
					'Batch and streaming pipelines on AWS with Kafka, Spark, Airflow and dbt in Python and SQL.'
				]
			}
		]);
		expect(covered(tailored)).toContain('Apache Spark');
		expect(matchReport(tailored).before.covered.map((term) => term.canonical)).not.toContain(
			'Apache Spark'
		);
	});

	it('does not count what a draft says until it is accepted', () => {
		const draft = sessionWith([{ status: 'to_review', bullets: ['Ran the batch jobs on Spark.'] }]);
		expect(covered(draft)).not.toContain('Apache Spark');
	});

	it('suggests missing terms the person’s data supports and shows the rest as gaps', () => {
		const report = matchReport(sessionWith([]));
		const suggested = report.suggestions.map((term) => term.canonical);
		const gaps = report.gaps.map((term) => term.canonical);
		expect(gaps).toContain('Snowflake');
		expect(gaps).toContain('Dagster');
		expect(suggested).not.toContain('Snowflake');
		expect(suggestionFeedback(report.gaps.slice(0, 2))).toMatch(
			/^Where my own experience supports it, mention: .+, .+\.$/
		);
		expect(suggestionFeedback([])).toBe('');
	});
});
