/**
 * The readers behind the CV import, in a module of their own so that the parser, pdf.js and
 * mammoth are fetched only when someone imports a CV (pdf.js also crashes if imported during
 * prerendering). pdf.js parses in its worker; nothing leaves the device.
 */
import { importCvFile, importCvText } from '$lib/cv-import';
import { browserExtractors } from '$lib/cv-import/browser-extractors';
import type { CvImportEngine } from './cv-import.svelte';

export function loadCvImportEngine(): CvImportEngine {
	return {
		importText: importCvText,
		importFile: (file) => importCvFile(file, browserExtractors)
	};
}
