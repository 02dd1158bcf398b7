import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { findUnknownTerms } from './find-unknown-terms';

function unknown(line: string): string[] {
	return findUnknownTerms(line, findMentions(line)).map((term) => term.surface);
}

describe('findUnknownTerms', () => {
	it('keeps codes joined by & together, and reads a slash between codes as a choice', () => {
		expect(unknown('- Knowledge of XYZ&Q protocols')).toEqual(['XYZ&Q']);
		expect(unknown('- An HNC/HND in a related subject')).toEqual(['HNC', 'HND']);
	});

	it('reads the items of an asked clause without the preposition they repeat', () => {
		expect(
			unknown('Experience of exhibition development and of cataloguing is essential.')
		).toEqual(['exhibition development', 'cataloguing']);
	});

	it("reads a code with a standard's number as one term", () => {
		expect(unknown('- Designs to EN 1090 and IEC 61508; ISO standards in general')).toEqual([
			'EN 1090',
			'IEC 61508'
		]);
	});

	it('does not read amounts, versions or two-character codes as tools', () => {
		expect(unknown('- EUR 3,900 a month, L1 to L2 analysts, English at C1, Python 3')).toEqual([]);
	});

	it('finds skills the ad asks for in so many words, split into their items', () => {
		expect(
			unknown('- Experience with relational databases and load profiling, ideally in retail.')
		).toEqual(['relational databases', 'load profiling']);
		expect(unknown('- Strong bookbinding and gilding skills')).toEqual(['bookbinding', 'gilding']);
	});

	it('skips circumstances, generic kinds of things and lone adjectives', () => {
		expect(unknown('- Experience in a fast-growing company')).toEqual([]);
		expect(unknown('- Knowledge of relevant norms and online platforms')).toEqual([]);
		expect(unknown('- Familiarity with welded and machined parts')).toEqual([]);
	});

	it('leaves what the vocabulary names to the vocabulary', () => {
		expect(unknown('- Experience with stakeholder management and Kubernetes')).toEqual([]);
	});
});
