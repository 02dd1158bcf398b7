import { beforeAll, describe, expect, it } from 'vitest';
import { extractTerms } from './extract-terms';
import { findPhrases } from './find-phrases';
import { loadTagger, type Tagger } from './phrase-tagger';

let tagger: Tagger;
beforeAll(async () => {
	tagger = await loadTagger();
});

function phrases(line: string): string[] {
	return findPhrases(line, tagger).map((phrase) => phrase.text);
}

describe('phrases a recruiter would write', () => {
	it('drops adjectives that grade rather than name the kind of thing', () => {
		const found = phrases('- Explain complex results and run monthly payrolls for the group.');
		expect(found.some((phrase) => /complex|monthly/.test(phrase))).toBe(false);
		expect(phrases('- Publish in peer-reviewed journals on gene regulation.')).not.toContain(
			'peer-reviewed journals'
		);
	});

	it('keeps adjectives that say which kind ("clinical notes", "post-operative rehabilitation")', () => {
		expect(phrases('- Keep clinical notes and deliver post-operative rehabilitation.')).toEqual([
			'clinical notes',
			'post-operative rehabilitation'
		]);
	});

	it('keeps a classifying adjective before a compound, not one of time or place', () => {
		const found = phrases('- Give oral hygiene advice under clinical trial regulations.');
		expect(found).toEqual(['oral hygiene advice', 'clinical trial regulations']);
		expect(phrases('- Lead the annual salary review.')).toEqual(['salary review']);
	});

	it('drops the team or the procedures that hold a skill, and a team on its own', () => {
		const found = phrases('- Brief the night audit teams on fire safety procedures.');
		expect(found).toEqual(['night audit', 'fire safety']);
		expect(phrases('- Work closely with the commercial team and the legal team.')).toEqual([]);
		expect(
			phrases('- 3+ years in a fast-growing tech company or an engineering consultancy.')
		).toEqual([]);
	});

	it('keeps an everyday activity named as an item of a list, not on its own', () => {
		expect(phrases('- Draft pleadings, witness statements and applications.')).toContain(
			'applications'
		);
		expect(phrases('- Review applications from candidates.')).not.toContain('applications');
	});

	it('reads a capital that opens a bullet as the start of a sentence, not of a name', () => {
		expect(phrases('- Chairside assistance to dentists during extractions.')).toContain(
			'Chairside assistance'
		);
		expect(phrases('- Prepare and mix dental materials.')).toEqual(['dental materials']);
		expect(phrases('- Test internal controls.')).not.toContain('Test internal controls');
	});

	it('counts a phrase in the singular and the plural as one term across ads', () => {
		const terms = extractTerms(
			{
				description: '- Carry out Karl Fischer titrations on raw materials.',
				similarDescriptions: ['- Run a Karl Fischer titration daily.']
			},
			tagger
		).filter((term) => /titration/i.test(term.term));
		expect(terms).toHaveLength(1);
		expect(terms[0]).toMatchObject({ term: 'Karl Fischer titrations', adsContaining: 2 });
	});

	it('extends a lowercase skill into the compound it heads, not into a generic head', () => {
		const names = extractTerms(
			{
				description: '- Answer payroll queries and use our payroll software.',
				similarDescriptions: []
			},
			tagger
		).map((term) => term.term);
		expect(names).toContain('payroll queries');
		expect(names).not.toContain('payroll software');
	});

	it('reads an ad again once the tagger has loaded, not what it read without it', () => {
		const job = { description: '- Prepare completion statements.', similarDescriptions: [] };
		const before = extractTerms(job, null).map((term) => term.term);
		const after = extractTerms(job, tagger).map((term) => term.term);
		expect(before).not.toContain('completion statements');
		expect(after).toContain('completion statements');
		expect(extractTerms(job, tagger)).toEqual(extractTerms(job, tagger));
	});
});
