import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json-text';

describe('parseJsonText', () => {
	it('reads valid JSON', () => {
		expect(parseJsonText('{"a":[1,"ł"]}')).toEqual({ ok: true, value: { a: [1, 'ł'] } });
	});

	it('says an empty file is empty', () => {
		expect(parseJsonText(' \n ')).toEqual({ ok: false, message: 'This file is empty.' });
	});

	it('explains a cut-off file instead of throwing', () => {
		expect(parseJsonText('{"session": {"name": "x"')).toEqual({
			ok: false,
			message: 'This file is not valid JSON: it may be cut off or not a JSON file.'
		});
	});

	it('refuses an oversized file before parsing it, with its size', () => {
		const huge = `"${'x'.repeat(3_000_000)}"`;
		expect(parseJsonText(huge)).toEqual({
			ok: false,
			message: 'This file is too large (3.0 MB). A CV file is at most 2 MB.'
		});
		expect(parseJsonText('[1,2,3]', 5)).toMatchObject({ ok: false });
	});
});
