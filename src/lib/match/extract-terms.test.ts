import { describe, expect, it } from 'vitest';
import { extractTerms } from './extract-terms';

function byName(terms: ReturnType<typeof extractTerms>) {
	return new Map(terms.map((term) => [term.canonical, term]));
}

describe('extractTerms', () => {
	it('weighs a term named in every ad above one named once', () => {
		const terms = byName(
			extractTerms({
				description: 'Requirements:\n- Python and Kafka\n- Some Terraform',
				similarDescriptions: ['Python, Kafka.', 'We use Python.', 'Python and SQL.']
			})
		);
		const python = terms.get('Python');
		const terraform = terms.get('Terraform');
		expect(python?.adsContaining).toBe(4);
		expect(terraform?.adsContaining).toBe(1);
		expect(python?.weight).toBeGreaterThan(terms.get('Kafka')?.weight ?? Infinity);
		expect(terms.get('Kafka')?.weight).toBeGreaterThan(terraform?.weight ?? Infinity);
	});

	it('keeps a term only in similar ads when two of them agree', () => {
		const terms = byName(
			extractTerms({
				description: 'Data engineer with Python.',
				similarDescriptions: ['Snowflake and dbt.', 'Snowflake please.', 'Looker.']
			})
		);
		expect(terms.has('Snowflake')).toBe(true);
		expect(terms.has('Looker')).toBe(false);
	});

	it('keeps the spelling of the main ad and the vocabulary name', () => {
		const [term] = extractTerms({ description: 'Postgres experience', similarDescriptions: [] });
		expect(term).toMatchObject({ term: 'Postgres', canonical: 'PostgreSQL', kind: 'tool' });
	});

	it('reads languages and fields of study only where the ad asks for them', () => {
		const terms = byName(
			extractTerms({
				description:
					'A German company working with finance.\nMSc in Finance or Economics.\nFluent English.',
				similarDescriptions: []
			})
		);
		expect(terms.get('finance')?.kind).toBe('qualification');
		expect(terms.has('English')).toBe(true);
		expect(terms.has('German')).toBe(false);
		expect(terms.has("Master's degree")).toBe(true);
	});

	it('finds tool-like names the vocabulary does not know in requirement lines', () => {
		const terms = byName(
			extractTerms({
				description: 'About us: we love ZorgMaster.\n- Experience with ClickUp and HAProxy',
				similarDescriptions: []
			})
		);
		expect(terms.get('ClickUp')?.kind).toBe('tool');
		expect(terms.has('ZorgMaster')).toBe(false);
	});

	it('reads a language only where it is asked for, not as an adjective or when waived', () => {
		const terms = byName(
			extractTerms({
				description: [
					'- Sound knowledge of German labour law.',
					'- Very good Italian and good English.',
					'- Spanish is not required.'
				].join('\n'),
				similarDescriptions: []
			})
		);
		expect(terms.has('Italian')).toBe(true);
		expect(terms.has('English')).toBe(true);
		expect(terms.has('employment law')).toBe(true);
		expect(terms.has('German')).toBe(false);
		expect(terms.has('Spanish')).toBe(false);
	});

	it('ignores the employer announcing the opening and the perks it offers', () => {
		const terms = byName(
			extractTerms({
				description: [
					'Our clinic is hiring a pharmacist.',
					'- Help hire and onboard new staff.',
					'Benefits',
					'- Free Zendesk training and a budget for books.'
				].join('\n'),
				similarDescriptions: []
			})
		);
		expect(terms.get('hiring')?.term).toBe('hire');
		expect(terms.has('Zendesk')).toBe(false);
		expect(terms.has('budgeting')).toBe(false);
	});

	it('returns nothing for an empty job', () => {
		expect(extractTerms({ description: '', similarDescriptions: [] })).toEqual([]);
	});
});
