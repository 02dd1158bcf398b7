import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, type PaperSize } from '$lib/domain';
import { getTemplate } from '$templates/index';
import {
	firstOutOfOrder,
	linesOutsideMargins,
	pdfFonts,
	pdfInfo,
	pdfLines,
	pdfText
} from '../../../../tests/fixtures/export/pdf-inspect';
import { fileFontLoader } from '../node/file-font-loader';
import { buildCoverLetterDocument, type CoverLetterDocument } from './cover-letter-document';
import { renderCoverLetterPdf } from './render-cover-letter-pdf';
import { letterParts, LONG_LETTER, STANDARD_LETTER } from './__fixtures__/letters';

const directory = mkdtempSync(join(tmpdir(), 'aicvgen-letter-pdf-'));

async function exportLetter(text: string, templateId: string, paper: PaperSize, name = 'letter') {
	const template = getTemplate(templateId);
	const document = buildCoverLetterDocument(
		letterParts(text, {
			templateId,
			paper,
			options: { recipientName: 'Ms Kari Nordmann', recipientTitle: 'Head of Data Engineering' }
		})
	);
	const { bytes } = await renderCoverLetterPdf(document, template, fileFontLoader());
	const path = join(directory, `${name}-${templateId}-${paper}.pdf`);
	writeFileSync(path, bytes);
	return { path, document, template };
}

/** What a reader must find, in this order: the header, then the letter from date to name. */
function expectedLetterText(document: CoverLetterDocument): string[] {
	return [
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
}

const CASES = (['classic', 'compact'] as const).flatMap((template) =>
	(['a4', 'letter'] as const).map((paper) => ({ template, paper }))
);

describe('renderCoverLetterPdf (read back with poppler)', () => {
	it.each(CASES)(
		'$template, $paper: a standard and a long letter each on one page, in reading order, inside the margins',
		async ({ template: templateId, paper }) => {
			expect(countWords(STANDARD_LETTER)).toBeGreaterThanOrEqual(200);
			expect(countWords(LONG_LETTER)).toBeGreaterThanOrEqual(380);
			for (const [name, body] of [
				['standard', STANDARD_LETTER],
				['long', LONG_LETTER]
			] as const) {
				const { path, document, template } = await exportLetter(body, templateId, paper, name);
				const info = pdfInfo(path);
				expect(info.pages, `${name} letter`).toBe(1);
				if (paper === 'a4') expect([info.width, info.height]).toEqual([595.28, 841.89]);
				else expect([info.width, info.height]).toEqual([612, 792]);
				const text = pdfText(path);
				expect(firstOutOfOrder(text, expectedLetterText(document))).toBeUndefined();
				expect(text).not.toContain('Page 1 of');
				expect(linesOutsideMargins(pdfLines(path), info, template.style.margins)).toEqual([]);
			}
		}
	);

	it('writes the date as the paper’s readers do, the named recipient in a block', async () => {
		const a4 = pdfText((await exportLetter(STANDARD_LETTER, 'classic', 'a4')).path);
		expect(a4).toContain('1 December 2026\nMs Kari Nordmann\nHead of Data Engineering\nAcme');
		const letter = pdfText((await exportLetter(STANDARD_LETTER, 'classic', 'letter')).path);
		expect(letter).toContain('December 1, 2026');
	});

	it('numbers the pages of a letter too long for one, the closing signed on the last', async () => {
		const essay = `${LONG_LETTER}\n\n${LONG_LETTER}`;
		const { path, document } = await exportLetter(essay, 'classic', 'a4', 'essay');
		expect(pdfInfo(path).pages).toBe(2);
		const lines = pdfLines(path);
		// The last match: the name to sign over is also the header's first line.
		const pageOf = (text: string) => lines.findLast((line) => line.text === text)?.page;
		expect(pageOf('Page 2 of 2')).toBe(2);
		expect(pageOf(document.closing)).toBe(2);
		expect(pageOf(document.signature)).toBe(2);
	});

	it('embeds the CV’s fonts and says what the file is', async () => {
		const { path } = await exportLetter(STANDARD_LETTER, 'compact', 'a4');
		const fonts = pdfFonts(path);
		for (const font of fonts) expect(font).toMatchObject({ embedded: true, unicodeMap: true });
		expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
			'DejaVuSansCondensed',
			'DejaVuSansCondensed-Bold'
		]);
		expect(pdfInfo(path)).toMatchObject({
			title: 'Zoë Łukasiewicz-Müller – Cover letter – Lead Data Engineer at Acme Mobility',
			author: 'Zoë Łukasiewicz-Müller'
		});
	});
});
