import type { CvLine } from './cv-line';

/**
 * The document's lines as the parser sees them: non-empty, each with its offset into the text
 * the review screen shows, so every field can point at where it was read.
 */
export interface SourceLine extends CvLine {
	/** Position in the list of lines. */
	index: number;
	/** Offset of the line's first character in the joined text. */
	offset: number;
}

export interface SourceText {
	text: string;
	lines: SourceLine[];
}

/** "Page 1 of 2", "Seite 2 von 3", "2 / 3": a page footer, not part of the CV. */
const PAGE_NUMBER =
	/^(?:(?:page|seite|p[aá]gina|strona|pag\.?)\s*\d{1,2}(?:\s*(?:of|von|de|sur|z|\/)\s*\d{1,2})?|\d{1,2}\s*(?:\/|of|von|de|sur|z)\s*\d{1,2}|-\s*\d{1,2}\s*-)$/iu;

export function toSourceText(lines: CvLine[]): SourceText {
	const kept: SourceLine[] = [];
	let offset = 0;
	for (const line of lines) {
		const text = line.text.replace(/\s+$/, '').replace(/^\s+/, '');
		if (text === '' || PAGE_NUMBER.test(text)) continue;
		kept.push({ ...line, text, index: kept.length, offset });
		offset += text.length + 1;
	}
	return { text: kept.map((line) => line.text).join('\n'), lines: kept };
}
