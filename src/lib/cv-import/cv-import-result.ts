import type { Profile } from '$lib/domain/profile';

/**
 * What reading a CV file produces, shared by the deterministic parser, the optional LLM
 * structuring and the review screen. The profile is never applied by the importer itself: the
 * person reviews it and accepts it.
 */

/** A dotted path to one field of the profile, e.g. "header.email" or "roles.2.start". */
export type ProfileFieldPath = string;

/** A stretch of the extracted text that a field was read from, so the review can highlight it. */
export interface SourceSpan {
	field: ProfileFieldPath;
	/** Offsets into `CvImportSuccess.text`, end exclusive. */
	start: number;
	end: number;
}

/** Where a field's value came from; the review shows it beside the field. */
export type FieldOrigin = 'parser' | 'llm';

export interface CvImportSuccess {
	ok: true;
	/** The text extracted from the file, in reading order (columns read one after the other). */
	text: string;
	/** What kind of file it was read from: 'pdf', 'docx', 'text' (plain or Markdown) or 'json-resume'. */
	source: 'pdf' | 'docx' | 'text' | 'json-resume';
	pages: number;
	profile: Profile;
	/** Fields the parser was unsure of (the review marks them). */
	uncertain: ProfileFieldPath[];
	spans: SourceSpan[];
	origins: Record<ProfileFieldPath, FieldOrigin>;
	/** Values an LLM proposed that were not found in the text, dropped and listed for the person. */
	dropped: { field: ProfileFieldPath; value: string }[];
	/** Plain sentences about anything worth knowing (e.g. "Read 2 of 3 pages: the last one has no text"). */
	notes: string[];
}

export interface CvImportRefusal {
	ok: false;
	/** One sentence a person can act on, e.g. "This PDF has no text to read (it looks scanned): …". */
	message: string;
}

export type CvImportResult = CvImportSuccess | CvImportRefusal;

/** Files larger than this are refused before reading (a CV is a few hundred kilobytes). */
export const CV_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Pages beyond this are refused: a CV has a few pages, a 200-page PDF is not a CV. */
export const CV_IMPORT_MAX_PAGES = 20;
