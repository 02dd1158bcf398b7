import { describe, expect, it } from 'vitest';
import { collapseTerms } from './collapse-terms';
import type { Term } from './extract-terms';

function terms(...names: string[]): Term[] {
	return names.map((name) => ({
		term: name,
		canonical: name.toLowerCase(),
		weight: 1,
		adsContaining: 1,
		kind: 'skill'
	}));
}

function collapsed(...names: string[]): string[] {
	return collapseTerms(terms(...names)).map((term) => term.term);
}

describe('collapseTerms', () => {
	it('drops a choice between two terms it lists on their own', () => {
		expect(collapsed('PGCE/ITT', 'PGCE', 'ITT')).toEqual(['PGCE', 'ITT']);
		expect(collapsed('A/R', 'invoicing')).toEqual(['A/R', 'invoicing']);
	});

	it('drops the piece of a code beside the whole code', () => {
		expect(collapsed('GSTR', 'GSTR-1', 'HTM 01', 'HTM 01-05')).toEqual(['GSTR-1', 'HTM 01-05']);
		expect(collapsed('UKAS', 'UKAS-accredited methods')).toEqual([
			'UKAS',
			'UKAS-accredited methods'
		]);
	});

	it('drops a roman numeral on its own', () => {
		expect(collapsed('Certificate III', 'III')).toEqual(['Certificate III']);
	});
});
