import { describe, expect, it } from 'vitest';
import { splitFreeText } from './clean-text';

describe('splitFreeText', () => {
	it('reads bullet lines as bullets and blank lines as paragraph breaks', () => {
		expect(splitFreeText('A tool.\n• fast\n- small\n\nSecond  paragraph\ncontinues.')).toEqual({
			paragraphs: ['A tool.', 'Second paragraph continues.'],
			bullets: ['fast', 'small']
		});
	});
});
