import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { CvExtractors } from '../cv-line';
import { readDocx } from '../read-docx';
import { readPdf, type PdfJs } from '../read-pdf';

/**
 * The extractors for Node (the CLI, the benchmark, tests): pdf.js's legacy build, which runs
 * without a DOM or a worker, and mammoth's Node entry. Loaded on first use.
 */
export const nodeExtractors: CvExtractors = {
	async pdf(bytes) {
		const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
		const fonts = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;
		return readPdf(pdfjs, bytes, { standardFontDataUrl: fonts });
	},
	async docx(bytes) {
		const mammoth = await import('mammoth');
		return readDocx(mammoth.default ?? mammoth, bytes);
	}
};
