import { describe, expect, it } from 'vitest';
import { formatMonth, formatPeriod } from './format-period';

describe('formatPeriod', () => {
	it('writes months in words, "Present" for a current role, and copes with missing ends', () => {
		expect(formatMonth('2021-04')).toBe('Apr 2021');
		expect(formatMonth('2021')).toBe('2021');
		expect(formatPeriod('2021-04', '', true)).toBe('Apr 2021 – Present');
		expect(formatPeriod('2018-02', '2021-03')).toBe('Feb 2018 – Mar 2021');
		expect(formatPeriod('', '2013-06')).toBe('Jun 2013');
		expect(formatPeriod('2020', '2020')).toBe('2020');
		expect(formatPeriod('', '')).toBe('');
	});
});
