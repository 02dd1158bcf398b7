import { describe, expect, it } from 'vitest';
import { CV_IMPORT_MAX_BYTES } from './cv-import-result';
import { REFUSALS } from './cv-read-error';
import { importCvFile } from './import-cv';
import { nodeExtractors } from './node/node-extractors';
import { minimalPdf, type PdfLine } from './testing/minimal-pdf';

/** The real readers (pdf.js legacy build, mammoth) on files made for each case. */
const read = (name: string, bytes: Uint8Array) => importCvFile({ name, bytes }, nodeExtractors);
const text = (value: string) => new TextEncoder().encode(value);

const CV_PAGE: PdfLine[] = [
	{ text: 'Jane Doe', x: 50, y: 60, size: 20, bold: true },
	{ text: 'jane.doe@example.org', x: 50, y: 80 },
	{ text: 'EXPERIENCE', x: 50, y: 120, bold: true },
	{ text: 'Staff Nurse', x: 50, y: 140, bold: true },
	{ text: 'St Mary Hospital, Leeds  Jan 2020 - Present', x: 50, y: 155 }
];

describe('importCvFile refuses what it cannot read, with one sentence each', () => {
	it('a PDF without a text layer (a scan)', async () => {
		expect(await read('scan.pdf', minimalPdf({ pages: [[], []] }))).toEqual({
			ok: false,
			message:
				'This PDF has no text to read (it looks scanned): export a text PDF from your editor, or paste the text'
		});
	});

	it('an encrypted PDF', async () => {
		const bytes = minimalPdf({ pages: [CV_PAGE], encrypted: true });
		expect(await read('cv.pdf', bytes)).toEqual({ ok: false, message: REFUSALS.encrypted });
	});

	it('a damaged PDF', async () => {
		expect(await read('cv.pdf', text('%PDF-1.7\nthis is not a PDF body'))).toEqual({
			ok: false,
			message: REFUSALS.damaged
		});
	});

	it('a PDF of more pages than a CV has', async () => {
		const pages = Array.from({ length: 21 }, () => CV_PAGE);
		expect(await read('cv.pdf', minimalPdf({ pages }))).toEqual({
			ok: false,
			message: REFUSALS.tooManyPages
		});
	});

	it('a file over the size limit, before reading it', async () => {
		const bytes = new Uint8Array(CV_IMPORT_MAX_BYTES + 1);
		bytes.set(text('%PDF-1.4'));
		expect(await read('cv.pdf', bytes)).toEqual({ ok: false, message: REFUSALS.tooLarge });
	});

	it('an empty file, and a text file with nothing in it', async () => {
		expect(await read('cv.pdf', new Uint8Array())).toEqual({ ok: false, message: REFUSALS.empty });
		expect(await read('cv.txt', text(' \n\n '))).toEqual({ ok: false, message: REFUSALS.empty });
	});

	it('a damaged Word file, an old .doc and an unknown kind', async () => {
		expect(await read('cv.docx', text('PK\u0003\u0004 not a zip'))).toEqual({
			ok: false,
			message: REFUSALS.damagedDocx
		});
		expect(await read('cv.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual({
			ok: false,
			message: REFUSALS.legacyDoc
		});
		expect(await read('cv.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({
			ok: false,
			message: REFUSALS.unsupported
		});
	});

	it('a text that is not a CV', async () => {
		expect(await read('letter.txt', text('Dear Sir,\nThank you for your order.\nRegards'))).toEqual(
			{
				ok: false,
				message: REFUSALS.notCv
			}
		);
	});
});

describe('importCvFile reads a PDF', () => {
	it('and says which page it could not read when one page is a scan', async () => {
		const result = await read('cv.pdf', minimalPdf({ pages: [CV_PAGE, []] }));
		if (!result.ok) throw new Error(result.message);
		expect(result.notes).toContain(
			'Read 1 of 2 pages: page 2 has no text (it looks scanned), so nothing on it was imported.'
		);
	});

	it('with bold from the real font name, into a role', async () => {
		const result = await read('cv.pdf', minimalPdf({ pages: [CV_PAGE] }));
		if (!result.ok) throw new Error(result.message);
		expect(result.source).toBe('pdf');
		expect(result.profile.header).toMatchObject({
			name: 'Jane Doe',
			email: 'jane.doe@example.org'
		});
		expect(result.profile.roles).toMatchObject([
			{
				title: 'Staff Nurse',
				organization: 'St Mary Hospital',
				location: 'Leeds',
				start: '2020-01',
				current: true
			}
		]);
	});
});
