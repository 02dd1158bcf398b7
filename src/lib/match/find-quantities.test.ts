import { describe, expect, it } from 'vitest';
import { findQuantities } from './find-quantities';

function read(text: string) {
	return findQuantities(text).map(({ kind, text: written, value }) => ({ kind, written, value }));
}

describe('findQuantities', () => {
	it('gives one value to the many spellings of a number', () => {
		expect(read('60M, 60 million, 60,000,000, 3,000 and 3000, 5k').map((q) => q.value)).toEqual([
			60e6, 60e6, 60e6, 3000, 3000, 5000
		]);
		expect(read('two engineers, twenty-five stores')).toEqual([
			{ kind: 'number', written: 'two', value: 2 },
			{ kind: 'number', written: 'twenty-five', value: 25 }
		]);
	});

	it('tells percentages, money, dates and durations apart', () => {
		expect(read('by 90%, $250K, CHF 1.2 billion, since March 2019, in 2023, 18 months')).toEqual([
			{ kind: 'percentage', written: '90%', value: 90 },
			{ kind: 'money', written: '$250K', value: 250_000 },
			{ kind: 'money', written: 'CHF 1.2 billion', value: 1.2e9 },
			{ kind: 'date', written: 'March 2019', value: 2019 },
			{ kind: 'date', written: '2023', value: 2023 },
			{ kind: 'duration', written: '18 months', value: 18 }
		]);
		expect(findQuantities('a year and a half')[0]?.months).toBe(18);
	});

	it('skips digits inside names and the pronoun "one"', () => {
		expect(read('S3, EC2, GA4, 24/7 support, one of the teams')).toEqual([]);
		expect(findQuantities('from four to one', { includeOne: true }).map((q) => q.value)).toEqual([
			4, 1
		]);
	});
});
