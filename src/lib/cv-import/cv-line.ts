/**
 * What the extractors hand to the parser. A PDF gives positioned text items (the parser builds
 * lines and columns from them); DOCX, Markdown and pasted text give lines directly. The parser
 * never touches a file, a worker or the DOM, so it runs the same in the browser and in Node.
 */

/** One run of text on a PDF page, with its position in points from the top-left corner. */
export interface PositionedItem {
	text: string;
	x: number;
	/** The baseline, measured down from the top of the page. */
	y: number;
	width: number;
	/** Font size in points. */
	size: number;
	bold: boolean;
}

export interface PositionedPage {
	width: number;
	height: number;
	items: PositionedItem[];
}

/** A line of the document in reading order, with what its look says about it. */
export interface CvLine {
	text: string;
	/** 1-based page; 1 for sources without pages. */
	page: number;
	/** Font size in points; 0 when the source has none (plain text, DOCX). */
	size: number;
	bold: boolean;
	/** Heading level the source gave it (DOCX heading style, Markdown "#"): 1-6, 0 for none. */
	level: number;
	/** The source marked it as a list item (a DOCX list, a Markdown "-"). */
	listItem: boolean;
	/**
	 * Which column of the page the line sits in: 0 full width (or a one-column page), 1 the left
	 * and 2 the right column. A section continues in the same column on the next page.
	 */
	lane: number;
	/** Left edge in points from the column's left edge; 0 when unknown. Shows wrapped lines. */
	indent: number;
	/** Empty space above the line, in line heights (0 when unknown). */
	gapBefore: number;
}

export type ExtractedDocument =
	| { kind: 'positioned'; pages: PositionedPage[]; notes?: string[] }
	| { kind: 'lines'; pages: number; lines: CvLine[]; source: 'docx' | 'text' };

/** Reads the bytes of one kind of file; throws `CvReadError` with a sentence for the person. */
export type TextExtractor = (bytes: Uint8Array) => Promise<ExtractedDocument>;

export interface CvExtractors {
	pdf: TextExtractor;
	docx: TextExtractor;
}

export function plainLine(text: string, overrides: Partial<CvLine> = {}): CvLine {
	return {
		text,
		page: 1,
		size: 0,
		bold: false,
		level: 0,
		listItem: false,
		lane: 0,
		indent: 0,
		gapBefore: 0,
		...overrides
	};
}
