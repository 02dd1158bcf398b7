import { CvReadError, REFUSALS } from './cv-read-error';
import type { CvExtractors } from './cv-line';
import { readDocx } from './read-docx';
import { readPdf, type PdfJs } from './read-pdf';

/**
 * The extractors for the browser. pdf.js touches DOMMatrix as soon as it is imported, which
 * crashes server rendering and prerendering (mozilla/pdf.js#19846), so it and mammoth are loaded
 * with `await import()` on first use only. pdf.js parses in its own worker, served by Vite as a
 * separate file, so the page stays responsive while a PDF is read. Nothing leaves the device.
 * A reader that cannot be fetched is a refusal with its sentence, and the next file tries again.
 */
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
	pdfjsPromise ??= Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?url')
	]).then(
		([pdfjs, worker]) => {
			pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
			return pdfjs;
		},
		(error: unknown) => {
			pdfjsPromise = null;
			throw readerMissing(error);
		}
	);
	return pdfjsPromise;
}

/**
 * The readers are cached for offline use when first fetched (service-worker.ts), so offline
 * before that, or after a new version replaced them, they cannot load: the person is told so.
 */
function readerMissing(error: unknown): CvReadError {
	return new CvReadError(REFUSALS.readerMissing, { cause: error });
}

export const browserExtractors: CvExtractors = {
	async pdf(bytes) {
		return readPdf(await loadPdfJs(), bytes);
	},
	async docx(bytes) {
		const mammoth = await import('mammoth').catch((error: unknown) => {
			throw readerMissing(error);
		});
		return readDocx(mammoth.default ?? mammoth, bytes);
	}
};
