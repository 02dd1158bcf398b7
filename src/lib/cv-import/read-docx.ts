import type { CvLine, ExtractedDocument } from './cv-line';
import { CvReadError, REFUSALS } from './cv-read-error';
import { docxHtmlToLines } from './docx-html-lines';

/**
 * A Word file's paragraphs through mammoth's HTML conversion, which keeps heading styles, lists
 * and tables (raw text would lose them). Mammoth's Node entry reads `buffer`, its browser build
 * `arrayBuffer`; both are passed so the same code serves both.
 */
export interface Mammoth {
	convertToHtml(input: never): Promise<{ value: string }>;
}

export async function readDocx(mammoth: Mammoth, bytes: Uint8Array): Promise<ExtractedDocument> {
	const copy = bytes.slice();
	const input = { buffer: copy, arrayBuffer: copy.buffer } as never;
	let html: string;
	try {
		html = (await mammoth.convertToHtml(input)).value;
	} catch {
		throw new CvReadError(REFUSALS.damagedDocx);
	}
	const lines: CvLine[] = docxHtmlToLines(html);
	if (lines.every((line) => line.text.trim() === '')) throw new CvReadError(REFUSALS.empty);
	return { kind: 'lines', pages: 1, lines, source: 'docx' };
}
