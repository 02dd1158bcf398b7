import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaperSize, Session } from '$lib/domain';
import { getTemplate } from '$templates/index';
import { expectedCvText } from '../../../../tests/fixtures/export/expected-cv-text';
import {
	firstOutOfOrder,
	linesOutsideMargins,
	pdfFonts,
	pdfInfo,
	pdfLines,
	pdfText
} from '../../../../tests/fixtures/export/pdf-inspect';
import { buildCvDocument } from '../cv-document';
import { fileFontLoader } from '../node/file-font-loader';
import { longTailoredSession, tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { renderCvPdf } from './render-cv-pdf';

const directory = mkdtempSync(join(tmpdir(), 'aicvgen-pdf-'));

async function exportPdf(session: Session, templateId: string, paper: PaperSize) {
	const template = getTemplate(templateId);
	const document = buildCvDocument(session, template, paper);
	const { bytes } = await renderCvPdf(document, template, fileFontLoader());
	const path = join(directory, `${session.name.replace(/\W+/g, '-')}-${templateId}-${paper}.pdf`);
	writeFileSync(path, bytes);
	return { path, document, template, bytes };
}

/** Pages each case must take: a change here is a visible change to every user's CV. */
const CASES = [
	{ fixture: 'example', template: 'classic', paper: 'a4', pages: 2 },
	// The Skills section tips the shorter Letter page over: the last two languages go to page 3.
	{ fixture: 'example', template: 'classic', paper: 'letter', pages: 3 },
	{ fixture: 'example', template: 'compact', paper: 'a4', pages: 2 },
	{ fixture: 'example', template: 'compact', paper: 'letter', pages: 2 },
	{ fixture: 'long', template: 'classic', paper: 'a4', pages: 5 },
	{ fixture: 'long', template: 'classic', paper: 'letter', pages: 5 },
	{ fixture: 'long', template: 'compact', paper: 'a4', pages: 4 },
	{ fixture: 'long', template: 'compact', paper: 'letter', pages: 4 }
] as const;

const SESSIONS = { example: tailoredExampleSession(0), long: longTailoredSession(0) };

describe('renderCvPdf (read back with poppler)', () => {
	it.each(CASES)(
		'$fixture, $template, $paper: every heading, name, date and bullet in reading order, inside the margins, on $pages pages',
		async ({ fixture, template: templateId, paper, pages }) => {
			const { path, document, template } = await exportPdf(SESSIONS[fixture], templateId, paper);
			const info = pdfInfo(path);
			expect(info.pages).toBe(pages);
			if (paper === 'a4') expect([info.width, info.height]).toEqual([595.28, 841.89]);
			else expect([info.width, info.height]).toEqual([612, 792]);

			const text = pdfText(path);
			expect(firstOutOfOrder(text, expectedCvText(document))).toBeUndefined();
			expect(text).toContain(`Page ${pages} of ${pages}`);

			const lines = pdfLines(path);
			expect(lines.length).toBeGreaterThan(40);
			expect(linesOutsideMargins(lines, info, template.style.margins)).toEqual([]);
		}
	);

	it('keeps non-Latin names and places, typographic characters and the • bullets intact', async () => {
		const { path } = await exportPdf(SESSIONS.example, 'classic', 'a4');
		const text = pdfText(path);
		for (const expected of [
			'Zoë Łukasiewicz-Müller',
			'Łódź Retail Analytics Sp. z o.o., Łódź, Poland',
			'Universität Zürich, Zürich, Switzerland',
			'Banco Paulista de Investimentos, São Paulo, Brazil',
			'• Moved a naïve cron-based scheduler to Airflow on AWS, saving roughly €40,000 a year in rework —',
			'AWS Certified Data Engineer – Associate',
			'PROFESSIONAL EXPERIENCE'
		]) {
			expect(text).toContain(expected);
		}
		// Real spaces inside runs: words never run together.
		expect(text).not.toMatch(/PROFESSIONALEXPERIENCE|KeyQualifications/i);
	});

	it('embeds every font with a Unicode map, the bold face under a "Bold" name', async () => {
		for (const templateId of ['classic', 'compact']) {
			const { path } = await exportPdf(SESSIONS.example, templateId, 'a4');
			const fonts = pdfFonts(path);
			expect(fonts.length).toBe(2);
			for (const font of fonts) expect(font).toMatchObject({ embedded: true, unicodeMap: true });
			expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
				templateId === 'classic'
					? ['DejaVuSans', 'DejaVuSans-Bold']
					: ['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']
			);
		}
	});

	it('sets the title and author, compresses, and links the email and web addresses', async () => {
		const { path, bytes } = await exportPdf(SESSIONS.example, 'classic', 'a4');
		const info = pdfInfo(path);
		expect(info.title).toBe('Zoë Łukasiewicz-Müller – CV – Lead Data Engineer at Acme Mobility');
		expect(info.author).toBe('Zoë Łukasiewicz-Müller');
		const raw = Buffer.from(bytes).toString('latin1');
		expect(raw).toContain('/FlateDecode');
		expect(raw).toContain('/URI (mailto:zoe.lukasiewicz@example.com)');
		expect(raw).toContain('/URI (https://github.com/zoe-lm-example/tram-delays)');
		expect(bytes.length).toBeLessThan(300_000);
	});
});
