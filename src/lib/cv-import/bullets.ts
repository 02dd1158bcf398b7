import type { CvLine } from './cv-line';

/**
 * List items whatever their marker: typographic bullets, dashes, arrows, check marks, numbers,
 * the private-use glyphs that Word's Symbol and Wingdings bullets become in a PDF, and the
 * lower-case "o" of Word's second-level (Courier New) bullet when a capital or a figure follows.
 */
const MARKER =
	/^\s*(?:(?:[•·▪▫◦‣⁃●○■□◆◇❖➢➤►▶▸▹→✓✔✗∙⋅*+>~\u2013\u2014-]|[\uE000-\uF8FF]|\(?\d{1,2}[.)])(?:\s+|(?=\p{Lu}))|o\s+(?=[\p{Lu}\d€£$]))/u;

/** The length of the marker at the start of the text (with its space), 0 when there is none. */
export function bulletMarkerLength(text: string): number {
	const match = MARKER.exec(text);
	if (!match) return 0;
	// "-5% waste" or "2019" are not list items; a marker needs text after it.
	return match[0].length < text.length ? match[0].length : 0;
}

export function isBullet(line: CvLine): boolean {
	return line.listItem || bulletMarkerLength(line.text) > 0;
}

/** The item's text without its marker. */
export function bulletText(text: string): string {
	return text.slice(bulletMarkerLength(text)).trim();
}
