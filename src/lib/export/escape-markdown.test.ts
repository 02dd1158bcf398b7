import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown';

const marked = new Marked({ gfm: true, async: false });
const inline = (text: string) => marked.parseInline(escapeMarkdown(text), { async: false });

describe('escapeMarkdown', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		['[click](javascript:alert(1))', '[click](javascript:alert(1))'],
		['![x](javascript:alert(1))', '![x](javascript:alert(1))'],
		['**bold** and _it_', '**bold** and _it_'],
		['AT&amp;T', 'AT&amp;amp;T'],
		['a | b ~~c~~ `code`', 'a | b ~~c~~ `code`']
	])('keeps %s literal', (text, html) => {
		expect(inline(text)).toBe(html);
	});

	it('stops a line from becoming a heading, list or quote', () => {
		for (const text of ['# Title', '- item', '+ item', '> quote', '1. first', '=====']) {
			const html = marked.parse(escapeMarkdown(text), { async: false });
			expect(html).toMatch(/^<p>/);
		}
	});

	it('leaves ordinary punctuation readable', () => {
		expect(escapeMarkdown('Zürich (CH), 3.5 years - e.g. C++.')).toBe(
			'Zürich (CH), 3.5 years - e.g. C++.'
		);
	});
});
