import type { PDFDocumentProxy, getDocument as GetDocument } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { CV_IMPORT_MAX_PAGES } from './cv-import-result';
import type { ExtractedDocument, PositionedItem, PositionedPage } from './cv-line';
import { CvReadError, REFUSALS } from './cv-read-error';

/**
 * Text items with positions, sizes and boldness from a PDF, through whichever pdf.js build the
 * caller loaded (the browser's worker-backed one, Node's legacy build). pdf.js only gives a font
 * id per item; the real font name ("…Arial-BoldMT"), which says bold, is in the page's common
 * objects once its operator list has been read (OpenResume does the same).
 */
export interface PdfJs {
	getDocument: typeof GetDocument;
}

/** Fewer letters than this on every page: the PDF is a scan. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** Where pdf.js finds the standard fonts' metrics (Node passes the package's folder). */
export interface ReadPdfOptions {
	standardFontDataUrl?: string;
}

async function open(
	pdfjs: PdfJs,
	bytes: Uint8Array,
	options: ReadPdfOptions
): Promise<PDFDocumentProxy> {
	try {
		// pdf.js takes the buffer over (detaches it); the caller's bytes stay usable.
		return await pdfjs.getDocument({
			data: bytes.slice(),
			isEvalSupported: false,
			fontExtraProperties: true,
			// pdf.js prints warnings with console.log, which would mix them into the CLI's JSON.
			verbosity: 0,
			...options
		}).promise;
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		throw new CvReadError(name === 'PasswordException' ? REFUSALS.encrypted : REFUSALS.damaged);
	}
}

function isBoldFont(font: unknown): boolean {
	if (!font || typeof font !== 'object') return false;
	const record = font as { name?: unknown; bold?: unknown; black?: unknown };
	if (record.bold === true || record.black === true) return true;
	return typeof record.name === 'string' && /bold|black|heavy|semibold|demi/i.test(record.name);
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<PositionedPage> {
	const page = await document.getPage(number);
	const viewport = page.getViewport({ scale: 1 });
	const content = await page.getTextContent();
	await page.getOperatorList();
	const bold = new Map<string, boolean>();
	const items: PositionedItem[] = [];
	for (const raw of content.items) {
		if (!('str' in raw)) continue;
		const item = raw as TextItem;
		if (item.str.trim() === '') continue;
		if (!bold.has(item.fontName)) {
			let font: unknown;
			try {
				font = page.commonObjs.get(item.fontName);
			} catch {
				// A font pdf.js could not load: it stays "not bold".
			}
			bold.set(
				item.fontName,
				isBoldFont(font) || /bold/i.test(content.styles[item.fontName]?.fontFamily ?? '')
			);
		}
		const [a, b, , , e, f] = item.transform as number[];
		const [x, y] = viewport.convertToViewportPoint(e!, f!);
		items.push({
			text: item.str.replace(/\u00ad/g, ''),
			x: x!,
			y: y!,
			width: item.width,
			size: Math.hypot(a!, b!),
			bold: bold.get(item.fontName)!
		});
	}
	page.cleanup();
	return { width: viewport.width, height: viewport.height, items };
}

export async function readPdf(
	pdfjs: PdfJs,
	bytes: Uint8Array,
	options: ReadPdfOptions = {}
): Promise<ExtractedDocument> {
	const document = await open(pdfjs, bytes, options);
	try {
		if (document.numPages > CV_IMPORT_MAX_PAGES) throw new CvReadError(REFUSALS.tooManyPages);
		const pages: PositionedPage[] = [];
		for (let number = 1; number <= document.numPages; number += 1) {
			try {
				pages.push(await readPage(document, number));
			} catch {
				throw new CvReadError(REFUSALS.damaged);
			}
		}
		const letters = pages.map((page) =>
			page.items
				.map((item) => item.text)
				.join('')
				.replace(/\s/g, '')
		);
		if (letters.every((text) => text.length < MIN_CHARACTERS_PER_PAGE))
			throw new CvReadError(REFUSALS.scanned);
		const all = letters.join('');
		const unreadable = (all.match(/[\uFFFD\uE000-\uF8FF]/g) ?? []).length;
		if (unreadable > all.length * 0.3) throw new CvReadError(REFUSALS.garbled);
		// A scanned page among text pages: read the rest, and say which pages were left out.
		const empty = letters.flatMap((text, index) =>
			text.length < MIN_CHARACTERS_PER_PAGE ? [index + 1] : []
		);
		const notes =
			empty.length > 0
				? [
						`Read ${pages.length - empty.length} of ${pages.length} pages: page ${empty.join(', ')} has no text (it looks scanned), so nothing on it was imported.`
					]
				: [];
		return { kind: 'positioned', pages, notes };
	} finally {
		await document.destroy();
	}
}
