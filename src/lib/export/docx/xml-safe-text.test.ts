import { describe, expect, it } from 'vitest';
import { xmlSafeText } from './xml-safe-text';

describe('xmlSafeText', () => {
	it('keeps every script, emoji pairs, tabs and line breaks', () => {
		const text = 'Zoë Łódź · Δ · Ж · 東京 · العربية · 🚚\tcolumn\nline';
		expect(xmlSafeText(text)).toBe(text);
	});

	it('drops controls, lone surrogate halves and the two non-characters XML forbids', () => {
		expect(xmlSafeText('a\u0000b\u0007c\u001fd')).toBe('abcd');
		expect(xmlSafeText('half \ud83d here, other \ude9a there')).toBe('half  here, other  there');
		expect(xmlSafeText('x\ufffey\uffffz')).toBe('xyz');
	});
});
