/**
 * CV import (issue 15): read a PDF, Word file or text into a profile for the person to review.
 * The parser is pure; file reading goes through the extractors the caller passes
 * (`browserExtractors` in the app, `nodeExtractors` in the CLI and tests).
 */
export { importCvFile, importCvText } from './import-cv';
export { parseCvLines } from './parse-cv';
export { REFUSALS, CvReadError } from './cv-read-error';
export type {
	CvExtractors,
	CvLine,
	ExtractedDocument,
	PositionedItem,
	PositionedPage,
	TextExtractor
} from './cv-line';
export * from './cv-import-result';
