import {
	countWords,
	defaultCoverLetterOptions,
	SessionSchema,
	type CoverLetterOptions,
	type CvItem,
	type Finding,
	type Session
} from '../../../domain';
import { tailoredExampleSession } from '../../__fixtures__/tailored-sessions';
import type { CoverLetterParts } from '../cover-letter-document';

/**
 * Letter bodies as the cover-letter step leaves them (paragraphs separated by a blank line), for
 * the example person applying to Acme Mobility: one of each length the person can choose.
 */
export const STANDARD_LETTER = [
	'I am writing to apply for the Lead Data Engineer role at Acme Mobility. For the past four years I have led a small data platform team at Helvetia Freight Logistics in Zürich, and the problems your ad describes — event streams that must be on time, pipelines that must not wake anyone at night — are the ones I have spent those years solving.',
	'At Helvetia I designed the Kafka shipment event stream behind near-real-time ETA predictions for 3,000 trucks, and moved a fragile cron-based scheduler to Airflow on AWS. Failed nightly runs went from about twelve a week to one, which saved roughly €40,000 a year in rework. I also brought dbt tests and documentation to the finance models, so month-end close now takes one day instead of four.',
	'Leading people matters to me as much as the pipelines. I set the team’s code review, testing and on-call standards, and mentored two junior engineers who were both promoted within eighteen months. Before Zürich I rebuilt sales ingestion in PySpark for a retailer in Łódź, processing 60 million receipts a day in under forty minutes.',
	'I would welcome the chance to bring this experience to Acme Mobility’s platform team and to talk about how I could help your engineers ship reliable data products. Thank you for your time and consideration.'
].join('\n\n');

export const LONG_LETTER = [
	...STANDARD_LETTER.split('\n\n').slice(0, 3),
	'Your ad asks for someone who can raise the quality bar without slowing a team down. At the retailer in Łódź I added Great Expectations data-quality checks that stopped a pricing bug before it reached 220 stores, and migrated the warehouse from PostgreSQL to Amazon Redshift with zero downtime for reporting. In banking, in São Paulo, I automated 35 regulatory reports with SSIS and T-SQL, which saved the team two days a month and taught me how much auditors value a pipeline whose every step can be explained.',
	'Outside work I maintain two small open-source projects: a tram-delay dataset for Zürich and a set of dbt macros for Polish public holidays. Both taught me to write documentation for people I will never meet, which is most of what a platform team does. I speak English, German and Polish, and enough Portuguese to have run a team meeting in it, which helps when the people who depend on the data sit in several countries at once and each of them needs the numbers explained in plain words.',
	'I would welcome the chance to bring this experience to Acme Mobility’s platform team and to talk about how I could help your engineers ship reliable data products. Thank you for your time and consideration.'
].join('\n\n');

export const SHORT_LETTER = [
	STANDARD_LETTER.split('\n\n')[0]!,
	'At Helvetia Freight Logistics I designed the Kafka event stream behind ETA predictions for 3,000 trucks, cut failed nightly runs from twelve a week to one and mentored two junior engineers who were both promoted. I would welcome the chance to talk about how I could help your platform team ship reliable data products.'
].join('\n\n');

/** 1 December 2026, noon UTC: the same calendar day in every time zone the tests run in. */
export const LETTER_NOW = Date.UTC(2026, 11, 1, 12);

export function letterParts(
	text = STANDARD_LETTER,
	overrides: Partial<Omit<CoverLetterParts, 'options'>> & {
		options?: Partial<CoverLetterOptions>;
	} = {}
): CoverLetterParts {
	const session = tailoredExampleSession(0);
	const { options, ...rest } = overrides;
	return {
		profile: session.profile,
		job: session.job,
		text,
		templateId: 'classic',
		paper: 'a4',
		now: LETTER_NOW,
		...rest,
		options: { ...defaultCoverLetterOptions(), ...options }
	};
}

export const LETTER_WORD_COUNTS = {
	short: countWords(SHORT_LETTER),
	standard: countWords(STANDARD_LETTER),
	long: countWords(LONG_LETTER)
};

/**
 * The tailored example with a cover-letter item in its own section, as the pipeline leaves it
 * once reviewed: accepted by default, or in any other state a session can hold.
 */
export function letterSession(
	now: number,
	item: Partial<Pick<CvItem, 'status' | 'excluded'>> & { text?: string; findings?: Finding[] } = {}
): Session {
	const session = tailoredExampleSession(now);
	const letter: CvItem = {
		id: 'cover-letter',
		kind: 'cover_letter',
		sourceId: '',
		status: item.status ?? 'accepted',
		content: { text: item.text ?? STANDARD_LETTER, bullets: [] },
		versions: [],
		feedback: '',
		excluded: item.excluded ?? false,
		findings: item.findings ?? [],
		updatedAt: now
	};
	const sections = session.cv.sections.filter((section) => section.kind !== 'cover_letter');
	return SessionSchema.parse({
		...session,
		cv: { sections: [...sections, { kind: 'cover_letter', items: [letter] }] }
	});
}
