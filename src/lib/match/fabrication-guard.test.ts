import { describe, expect, it } from 'vitest';
import { exampleJob, exampleProfile } from '$lib/domain/example-session';
import { FindingSchema, type Finding } from '$lib/domain/finding';
import { findUnsupportedClaims, keepConfirmations } from './fabrication-guard';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import { guardSourcesFor } from './guard-sources';
import { instructionWords } from './instruction-words';

const profile = exampleProfile();
const job = exampleJob();
const [helvetia, lodz] = profile.roles;
const tramProject = profile.projects[0];

function check(
	bullets: string[],
	kind: 'role' | 'project' | 'executive_summary' = 'role',
	sourceId = helvetia?.id ?? ''
) {
	const sources = guardSourcesFor({ kind, sourceId }, profile, job, 2025);
	return findUnsupportedClaims({ text: '', bullets }, sources);
}

function flagged(findings: Finding[]) {
	return findings.map(({ kind, text }) => ({ kind, text }));
}

describe('findUnsupportedClaims', () => {
	it('passes faithful rewording of the role', () => {
		expect(
			check([
				'Migrated 140 nightly batch jobs from cron to Apache Airflow on AWS, reducing weekly failed runs from ~12 to 1.',
				'Moved 140 jobs to Airflow; month-end close went from four days to one.',
				'Mentored 2 junior engineers, both promoted within a year and a half.',
				'Built a Kafka-based event stream for ETA predictions covering 3000 trucks since 2021.',
				"Led Helvetia Freight's four-person data platform team."
			])
		).toEqual([]);
	});

	it('flags each kind of invented claim with its exact place', () => {
		const bullets = [
			'Cut failed runs by 90% across 200 jobs.',
			'Saved $250K a year since March 2019.',
			'Partnered with DHL Supply Chain on Dagster pipelines.',
			'Holds the Google Professional Data Engineer certification and the CKA.',
			'Shipped the ShipTrack2 app for dispatchers.'
		];
		const findings = check(bullets);
		expect(flagged(findings)).toEqual([
			{ kind: 'percentage', text: '90%' },
			{ kind: 'number', text: '200' },
			{ kind: 'money', text: '$250K' },
			{ kind: 'date', text: 'March 2019' },
			{ kind: 'organization', text: 'DHL Supply Chain' },
			{ kind: 'tool', text: 'Dagster' },
			{ kind: 'certification', text: 'Google Professional Data Engineer certification' },
			{ kind: 'certification', text: 'CKA' },
			{ kind: 'product', text: 'ShipTrack2' }
		]);
		for (const finding of findings) {
			expect(FindingSchema.safeParse(finding).success).toBe(true);
			expect(bullets[finding.bulletIndex]?.slice(finding.start, finding.end)).toBe(finding.text);
		}
	});

	it('flags a figure derived from the person’s numbers: they decide whether to keep it', () => {
		expect(flagged(check(['Cut weekly failed runs from 12 to 1, a 92% reduction.']))).toEqual([
			{ kind: 'percentage', text: '92%' }
		]);
	});

	it('does not let the job ad vouch for a tool the person never named', () => {
		expect(job.description).toContain('Snowflake');
		expect(flagged(check(['Modelled finance data in Snowflake with dbt.']))).toEqual([
			{ kind: 'tool', text: 'Snowflake' }
		]);
	});

	it('keeps facts to the role they belong to', () => {
		const borrowed = 'Processed 60 million receipts a day for the freight team.';
		expect(flagged(check([borrowed]))).toEqual([{ kind: 'number', text: '60 million' }]);
		expect(check([borrowed], 'role', lodz?.id)).toEqual([]);
	});

	it('accepts the person’s certificates in any item', () => {
		expect(check(['Designed the event stream as an AWS Certified Data Engineer.'])).toEqual([]);
	});

	it('checks projects against their own tools', () => {
		const sourceId = tramProject?.id ?? '';
		expect(check(['Tram delay dashboard in Grafana on DuckDB.'], 'project', sourceId)).toEqual([]);
		expect(flagged(check(['Tram delay dashboard in Tableau.'], 'project', sourceId))).toEqual([
			{ kind: 'tool', text: 'Tableau' }
		]);
	});

	it('accepts years of experience the dates back, not more', () => {
		const text = (years: number) =>
			findUnsupportedClaims(
				{ text: `Data engineer with ${years}+ years of experience in Python.`, bullets: [] },
				guardSourcesFor({ kind: 'executive_summary', sourceId: '' }, profile, job, 2025)
			);
		expect(text(10)).toEqual([]);
		expect(flagged(text(20))).toEqual([{ kind: 'number', text: '20+ years' }]);
	});

	it('numbers paragraph findings -1 and is stable', () => {
		const sources = guardSourcesFor(
			{ kind: 'role', sourceId: helvetia?.id ?? '' },
			profile,
			job,
			2025
		);
		const content = { text: 'Team of 9 at Zalando.', bullets: ['Ran 500 jobs.'] };
		const first = findUnsupportedClaims(content, sources);
		expect(first.map((finding) => [finding.bulletIndex, finding.text])).toEqual([
			[-1, '9'],
			[-1, 'Zalando'],
			[0, '500']
		]);
		expect(findUnsupportedClaims(content, sources)).toEqual(first);
	});
});

describe('findUnsupportedClaims, with the clutter a model adds', () => {
	const promptWords = instructionWords(Object.values(bundledPrompts));
	const inspect = (text: string, bullets: string[] = []) =>
		flagged(
			findUnsupportedClaims(
				{ text, bullets },
				guardSourcesFor(
					{ kind: 'role', sourceId: helvetia?.id ?? '' },
					profile,
					job,
					2025,
					promptWords
				)
			)
		);

	it('lists a claim made twice in one item once, where it first appears', () => {
		const findings = check([
			'Provisioned the Airflow workers on AWS with Terraform.',
			'Reviewed every Terraform change; terraform plans ran nightly.'
		]);
		expect(findings.map(({ text, bulletIndex }) => [bulletIndex, text])).toEqual([
			[0, 'Terraform']
		]);
	});

	it('does not take the prompt’s own words for names when the model echoes them', () => {
		expect(
			inspect('SYSTEM: Plain CV style, in the requested format.', [
				'Answer in JSON.',
				'Answer with JSON only: Migrated 140 nightly batch jobs to Airflow.',
				'Moved 140 jobs to Airflow\nPlain CV style'
			])
		).toEqual([]);
		// A name next to the echo is still a claim.
		expect(inspect('', ['Answer in JSON for Zalando.'])).toEqual([
			{ kind: 'organization', text: 'Zalando' }
		]);
	});

	it('reads the prompts’ instructions, not their quoted examples, as prompt words', () => {
		const words = instructionWords(Object.values(bundledPrompts));
		for (const word of ['answer', 'json', 'plain', 'system']) expect(words).toContain(word);
		// "Streaming pipelines with Kafka" is an example of a claim, not an instruction.
		expect(words).not.toContain('kafka');
	});

	it('does not take an ordinary word opening a line for an organization', () => {
		expect(
			inspect(
				'Led the data platform team at Helvetia Freight\nDelivered weekly reporting for Zalando'
			)
		).toEqual([{ kind: 'organization', text: 'Zalando' }]);
		expect(inspect('', ['NOTE: Migrated 140 nightly batch jobs to Airflow.'])).toEqual([]);
	});
});

describe('keepConfirmations', () => {
	it('keeps the user’s confirmation on a finding that is raised again', () => {
		const finding: Finding = {
			kind: 'number',
			text: '500',
			bulletIndex: 0,
			start: 4,
			end: 7,
			confirmed: false
		};
		const other: Finding = { ...finding, text: '9', start: 0, end: 1 };
		const result = keepConfirmations([{ ...finding, confirmed: true }], [finding, other]);
		expect(result.map((item) => item.confirmed)).toEqual([true, false]);
	});
});
