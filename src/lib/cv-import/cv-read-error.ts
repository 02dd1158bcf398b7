/**
 * The sentences a refused file gets (issue 15 §5). One sentence each, saying what to do next;
 * the CLI prints them on standard error and the review screen shows them as they are.
 */
import { CV_IMPORT_MAX_BYTES, CV_IMPORT_MAX_PAGES } from './cv-import-result';

export const REFUSALS = {
	scanned:
		'This PDF has no text to read (it looks scanned): export a text PDF from your editor, or paste the text',
	encrypted:
		'This PDF is protected by a password: remove the protection in your PDF reader and try again, or paste the text.',
	damaged:
		'This file is damaged or is not really a PDF: export it again from your editor, or paste the text.',
	damagedDocx:
		'This Word file is damaged or is not really a .docx file: save it again as .docx, or paste the text.',
	garbled:
		'The text in this PDF cannot be read (its fonts hide the letters): export it again from your editor, or paste the text.',
	empty: 'This file has no text in it: pick the file that holds your CV, or paste the text.',
	tooLarge: `This file is larger than ${CV_IMPORT_MAX_BYTES / 1024 / 1024} MB, far more than a CV: export a smaller file, or paste the text.`,
	tooManyPages: `This document has more than ${CV_IMPORT_MAX_PAGES} pages, far more than a CV: pick the pages of your CV, or paste the text.`,
	notCv:
		'This does not look like a CV (no experience, education or skills found): check that it is the right file, or paste the text.',
	unsupported:
		'This kind of file cannot be read: use a PDF, a Word file (.docx), a .txt or .md file, or paste the text.',
	legacyDoc:
		'Old Word files (.doc) cannot be read: save it as .docx or PDF in your editor, or paste the text.',
	readerMissing:
		'The PDF and Word reader could not be fetched (it comes the first time a file is read, then stays for offline use): check the connection and try again, or paste the text.'
} as const;

/** A file the importer refuses, with the sentence the person sees. */
export class CvReadError extends Error {
	override name = 'CvReadError';
}
