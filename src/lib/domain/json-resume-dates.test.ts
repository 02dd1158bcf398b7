import { describe, expect, it } from 'vitest';
import { toMonth } from './json-resume';

// JSON Resume dates are ISO 8601 prefixes; anything else becomes "no date", never a wrong one.
describe('toMonth', () => {
	it.each([
		['2013-12-01', '2013-12'],
		['2013-12', '2013-12'],
		['2013', '2013'],
		[' 2020-05 ', '2020-05'],
		['2013-13-01', '2013'],
		['2013-00', '2013'],
		['12/2013', ''],
		['Present', ''],
		['', ''],
		[undefined, '']
	])('%j → %j', (input, expected) => {
		expect(toMonth(input)).toBe(expected);
	});
});
