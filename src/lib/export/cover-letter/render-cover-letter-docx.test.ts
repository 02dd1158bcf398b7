import { describe, expect, it } from 'vitest';
import type { PaperSize } from '$lib/domain';
import { getTemplate } from '$templates/index';
import { firstOutOfOrder } from '../../../../tests/fixtures/export/pdf-inspect';
import { HOSTILE_PAYLOADS } from '../__fixtures__/tailored-sessions';
import { readDocx } from '../docx/testing/read-docx';
import { buildCoverLetterDocument } from './cover-letter-document';
import { renderCoverLetterDocx } from './render-cover-letter-docx';
import { letterParts, LONG_LETTER, STANDARD_LETTER } from './__fixtures__/letters';

async function exportDocx(text: string, templateId: string, paper: PaperSize = 'a4') {
	const document = buildCoverLetterDocument(
		letterParts(text, {
			templateId,
			paper,
			options: { recipientName: 'Ms Kari Nordmann', recipientTitle: 'Head of Data Engineering' }
		})
	);
	return {
		document,
		docx: await readDocx(await renderCoverLetterDocx(document, getTemplate(templateId)))
	};
}

describe('renderCoverLetterDocx', () => {
	it('writes the CV header, then date, recipient, salutation, paragraphs, closing and name', async () => {
		for (const templateId of ['classic', 'compact']) {
			const { document, docx } = await exportDocx(STANDARD_LETTER, templateId);
			const expected = [
				document.header.name,
				document.header.headline,
				...document.header.contacts.map((contact) => contact.text),
				document.date,
				...document.recipient,
				document.salutation,
				...document.paragraphs,
				document.closing,
				document.signature
			];
			expect(firstOutOfOrder(docx.text, expected), templateId).toBeUndefined();
			// Each part is a paragraph of its own, as a reader's tools split them.
			const paragraphs = docx.text.split('\n').filter((line) => line !== '');
			expect(paragraphs.slice(-3)).toEqual([
				document.paragraphs.at(-1),
				document.closing,
				document.signature
			]);
			expect(paragraphs).toContain('Ms Kari Nordmann');
			expect(paragraphs).toContain('Head of Data Engineering');
			const body = docx.part('word/document.xml');
			// The CV's header styles: name as Title, headline as Subtitle, so the two files match.
			expect(body).toContain('<w:pStyle w:val="Title"/>');
			expect(body).toContain('<w:pStyle w:val="Subtitle"/>');
			for (const layout of ['<w:tbl>', '<w:txbxContent', '<w:drawing', '<w:framePr']) {
				expect(body, layout).not.toContain(layout);
			}
			expect(docx.part('word/styles.xml')).toContain(
				templateId === 'classic' ? 'w:ascii="DejaVu Sans"' : 'w:ascii="DejaVu Sans Condensed"'
			);
			expect(docx.part('docProps/core.xml')).toContain('Cover letter');
		}
	});

	it('sets the page the paper names and rules the header as the classic CV rules headings', async () => {
		const letter = await exportDocx(LONG_LETTER, 'classic', 'letter');
		const body = letter.docx.part('word/document.xml');
		expect(body).toContain('<w:pgSz w:w="12240" w:h="15840"');
		expect(body).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*w:color="1f4e8c"/);
		const compact = (await exportDocx(STANDARD_LETTER, 'compact')).docx.part('word/document.xml');
		expect(compact).toContain('<w:pgSz w:w="11906" w:h="16838"');
		expect(compact).not.toContain('<w:pBdr>');
	});

	it('keeps markup in the text as plain text: no bold, link, heading or list comes of it', async () => {
		const text = [
			'**Bold** and a [link](https://evil.example).',
			'# Not a heading',
			...HOSTILE_PAYLOADS
		]
			.join('\n\n')
			.concat('\u0007');
		const { docx } = await exportDocx(text, 'classic');
		expect(docx.html).not.toMatch(/<(strong|em|h[1-6]|ul|li|script|img|svg|iframe)\b/);
		expect(docx.html.match(/<a /g) ?? []).toHaveLength(3);
		expect(docx.text).toContain('**Bold** and a [link](https://evil.example).');
		expect(docx.text).toContain('<script>window.__pwned = "script"</script>');
		expect(docx.text).not.toContain('\u0007');
	});
});
