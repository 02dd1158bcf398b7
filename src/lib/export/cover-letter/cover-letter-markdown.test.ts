import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS } from '../__fixtures__/tailored-sessions';
import { buildCoverLetterDocument } from './cover-letter-document';
import { renderCoverLetterMarkdown } from './cover-letter-markdown';
import { letterParts, STANDARD_LETTER } from './__fixtures__/letters';

const toHtml = (markdown: string) =>
	new Marked({ gfm: true, async: false }).parse(markdown, { async: false });

describe('renderCoverLetterMarkdown', () => {
	it('writes the header, then date, recipient, salutation, paragraphs, closing and name', () => {
		const document = buildCoverLetterDocument(
			letterParts(STANDARD_LETTER, {
				options: { recipientName: 'Ms Kari Nordmann', recipientTitle: 'Head of Data' }
			})
		);
		const markdown = renderCoverLetterMarkdown(document);
		const [first, ...rest] = document.paragraphs;
		expect(markdown.startsWith('# Zoë Łukasiewicz-Müller\n\n**Senior Data Engineer**\n\n')).toBe(
			true
		);
		expect(markdown).toContain(
			'[zoe.lukasiewicz@example.com](<mailto:zoe.lukasiewicz@example.com>) · +41 44 555 01 23'
		);
		expect(markdown).toContain(
			[
				'---',
				'',
				'1 December 2026',
				'',
				'Ms Kari Nordmann\\',
				'Head of Data\\',
				'Acme Mobility',
				'',
				'Dear Ms Nordmann,',
				'',
				first
			].join('\n')
		);
		for (const paragraph of rest) expect(markdown).toContain(`\n\n${paragraph}\n\n`);
		expect(markdown.endsWith('\n\nYours sincerely,\n\nZoë Łukasiewicz-Müller\n')).toBe(true);
		// The recipient lines stay separate lines once rendered.
		expect(toHtml(markdown)).toContain('<p>Ms Kari Nordmann<br>Head of Data<br>Acme Mobility</p>');
	});

	it('turns markup in the letter’s text into inert text', () => {
		const text = [
			'**Bold** claims, _emphasis_ and a [link](https://evil.example) mid-sentence.',
			'# Not a heading',
			'- not a list',
			...HOSTILE_PAYLOADS
		].join('\n\n');
		const html = toHtml(
			renderCoverLetterMarkdown(
				buildCoverLetterDocument(letterParts(text, { options: { recipientName: '<b>Kari</b>' } }))
			)
		);
		expect(html).not.toMatch(/<(script|img|svg|iframe|details|em|ul|li|b)\b/i);
		// The name and the headline are the only heading and bold text: the letter's own.
		expect(html.match(/<h1>/g)).toHaveLength(1);
		expect(html.match(/<strong>/g)).toHaveLength(1);
		// No link the text made: a bare address may be autolinked by GFM, as written, never as "link".
		expect(html).not.toContain('>link</a>');
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
		for (const href of hrefs) expect(href).toMatch(/^(https:|mailto:)/);
		expect(html).toContain('<p>**Bold** claims, _emphasis_ and a [link](');
		expect(html).toContain('<p># Not a heading</p>');
		expect(html).toContain('Dear &lt;b&gt;Kari&lt;/b&gt;,');
	});
});
