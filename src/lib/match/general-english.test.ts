import { describe, expect, it } from 'vitest';
import { isGeneralEnglish } from './general-english';

describe('isGeneralEnglish', () => {
	it('knows everyday words in any case and in the plural', () => {
		expect(isGeneralEnglish('points')).toBe(true);
		expect(isGeneralEnglish('Stores')).toBe(true);
		expect(isGeneralEnglish('audience')).toBe(true);
	});

	it('does not count the words of a trade as general English', () => {
		expect(isGeneralEnglish('telematics')).toBe(false);
		expect(isGeneralEnglish('phlebotomy')).toBe(false);
		expect(isGeneralEnglish('groundworks')).toBe(false);
	});
});
