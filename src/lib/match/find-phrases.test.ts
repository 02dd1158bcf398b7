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

describe('findPhrases', () => {
	it('finds the noun phrases of a duty line in plain lowercase prose', () => {
		expect(phrases('- Support patient recruitment and obtain informed consent.')).toEqual([
			'patient recruitment',
			'informed consent'
		]);
	});

	it('keeps a skill written as a noun and a gerund ("fault finding")', () => {
		expect(phrases('- Carry out installation, fault finding and repair.')).toContain(
			'fault finding'
		);
	});

	it('drops qualifiers and phrases made only of general words', () => {
		const found = phrases('- Strong knowledge of phlebotomy and good experience in a team.');
		expect(found).toContain('phlebotomy');
		expect(found).not.toContain('good experience');
		expect(found).not.toContain('team');
		expect(found.some((phrase) => /strong/i.test(phrase))).toBe(false);
	});

	it('does not take the order that opens a bullet as part of the phrase', () => {
		expect(phrases('- Record clinical notes in the system.')).toContain('clinical notes');
	});

	it('keeps a hyphenated word whole', () => {
		const found = phrases('- Run document reviews on our e-disclosure platform.');
		expect(found).toContain('e-disclosure');
		expect(found).not.toContain('disclosure');
	});

	it('keeps a compound of general words whole ("working time directive")', () => {
		expect(phrases('- Comply with the working time directive and prepare culture media.')).toEqual([
			'working time directive',
			'culture media'
		]);
	});

	it('drops the generic head after a skill or a name', () => {
		expect(phrases('- Manage salary sacrifice schemes and Gas Safe paperwork.')).toEqual([
			'salary sacrifice',
			'Gas Safe'
		]);
	});

	it('keeps "of" inside a term and a number inside a name, without the full stop', () => {
		const found = phrases('- Check bills of lading and decontaminate to HTM 01-05 standards.');
		expect(found).toEqual(expect.arrayContaining(['bills of lading', 'HTM 01-05']));
		expect(phrases('- Prepare costs budgets (Precedent H.')).toContain('Precedent H');
	});

	it('drops an order that opens a clause after "and"', () => {
		expect(phrases('- Attend handovers and complete incident reports.')).toContain(
			'incident reports'
		);
	});

	it('keeps one specific word or a name inside the line, not an everyday word', () => {
		const found = phrases('- Use in-cab telematics, record points and keep journals on Tapestry.');
		expect(found).toEqual(expect.arrayContaining(['Tapestry']));
		expect(found).not.toContain('points');
		expect(phrases('- Record points and telematics.')).toEqual(['telematics']);
	});

	it('keeps names and terms joined by "&" or a possessive apostrophe', () => {
		expect(phrases("- Hold City & Guilds 2391 and know drivers' hours rules.")).toEqual([
			'City & Guilds 2391',
			"drivers' hours"
		]);
		expect(phrases('- Classify goods using the UK Global Tariff.')).toContain('UK Global Tariff');
		expect(phrases('- Comply with the Health and Social Care Act 2008 regulations.')).toEqual([
			'Health and Social Care Act 2008'
		]);
		expect(phrases('- Speak English, Hindi and Marathi.')).not.toContain('Hindi and Marathi');
	});

	it('reads short codes and capitalised names the tagger took for verbs', () => {
		expect(phrases('- A B+E licence and quarterly returns (24Q, 26Q).')).toEqual(
			expect.arrayContaining(['B+E licence', '24Q', '26Q'])
		);
		expect(phrases('- Experience with a case management system; we use Proclaim.')).toContain(
			'Proclaim'
		);
	});

	it('takes a trade gerund in a list as a skill', () => {
		expect(phrases('- Carry out crown lifts, deadwooding and felling.')).toContain('deadwooding');
	});

	it('drops a modifier that narrows a term past what a CV would say', () => {
		expect(phrases('- Perform routine microbiological tests.')).toEqual(['microbiological tests']);
		expect(phrases('- Use the in-cab telematics.')).toEqual(['telematics']);
		expect(phrases('- Run multi-drop routes.')).toEqual(['multi-drop routes']);
	});

	it('does not take people the ad talks about as skills', () => {
		expect(phrases('- Work with pharmacists, physicians and families.')).toEqual([]);
		expect(phrases('- Mentor ML engineers and teaching assistants.')).toEqual([]);
		expect(phrases('- Report to the Head Chef and the revenue manager.')).toEqual([]);
	});

	it('drops places, years and the kind of qualification around what is asked', () => {
		expect(phrases("- 3 years' experience and willingness to travel across Europe.")).toEqual([]);
		expect(phrases('- A postgraduate qualification in museum studies.')).toEqual([
			'museum studies'
		]);
	});
});

describe('extractTerms with the tagger', () => {
	const ad = `About us
We are a friendly practice with a great team culture and free parking.

Requirements
- Experience of phlebotomy and stock rotation.`;

	it('adds phrases from requirement lines, not from the company blurb', () => {
		const names = extractTerms({ description: ad, similarDescriptions: [] }, tagger).map(
			(term) => term.term
		);
		expect(names).toEqual(expect.arrayContaining(['phlebotomy', 'stock rotation']));
		expect(names).not.toContain('team culture');
		expect(names).not.toContain('free parking');
	});

	it('ranks a named tool above a phrase found in the same ads', () => {
		const terms = extractTerms(
			{
				description: '- Use Excel daily for pivot reports on stock rotation.',
				similarDescriptions: []
			},
			tagger
		);
		const excel = terms.findIndex((term) => term.term === 'Excel');
		const phrase = terms.findIndex((term) => term.term === 'stock rotation');
		expect(excel).toBeGreaterThanOrEqual(0);
		expect(phrase).toBeGreaterThan(excel);
	});

	it('keeps a phrase that says more before a named term, not a generic head after one', () => {
		const names = extractTerms(
			{ description: '- Bank reconciliation and Excel reports.', similarDescriptions: [] },
			tagger
		).map((term) => term.term);
		expect(names).toEqual(expect.arrayContaining(['Bank reconciliation', 'Excel']));
		expect(names).not.toContain('Excel reports');
		const standard = extractTerms(
			{ description: '- Knowledge of BS 3998.', similarDescriptions: [] },
			tagger
		).map((term) => term.term);
		expect(standard).toContain('BS 3998');
	});

	it('without the tagger, the vocabulary alone (as before it is loaded)', () => {
		const duty = '- Take part in stock rotation.';
		expect(
			extractTerms({ description: duty, similarDescriptions: [] }, tagger).map((t) => t.term)
		).toContain('stock rotation');
		const names = extractTerms({ description: duty, similarDescriptions: [] }, null).map(
			(term) => term.term
		);
		expect(names).not.toContain('stock rotation');
	});
});
