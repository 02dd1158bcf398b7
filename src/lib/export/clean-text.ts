/**
 * Text as the CV prints it: one clean line, or free text read as paragraphs and bullets. Every
 * string that reaches an output passes through here first.
 */

// Control characters have no glyph in any font and confuse text extraction.
const CONTROL_CHARACTERS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2028\u2029]/g;

/** One line of text: no control characters, no runs of spaces, no surrounding blanks. */
export function cleanLine(text: string): string {
	return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

const BULLET_MARKER = /^\s*(?:[•·▪‣◦*-]|\d{1,2}[.)])\s+/;

/**
 * Free text as paragraphs and bullets: lines that start with "•", "-" or "*" are bullets (that is
 * how imported JSON Resume highlights and pasted lists arrive); blank lines separate paragraphs.
 */
export function splitFreeText(text: string): { paragraphs: string[]; bullets: string[] } {
	const paragraphs: string[] = [];
	const bullets: string[] = [];
	let current: string[] = [];
	const flush = () => {
		const paragraph = cleanLine(current.join(' '));
		if (paragraph) paragraphs.push(paragraph);
		current = [];
	};
	for (const line of text.split(/\r?\n/)) {
		if (BULLET_MARKER.test(line)) {
			flush();
			const bullet = cleanLine(line.replace(BULLET_MARKER, ''));
			if (bullet) bullets.push(bullet);
		} else if (line.trim() === '') {
			flush();
		} else {
			current.push(line);
		}
	}
	flush();
	return { paragraphs, bullets };
}

export function cleanList(lines: readonly string[]): string[] {
	return lines.map(cleanLine).filter((line) => line !== '');
}

export function joinNonEmpty(parts: readonly string[], separator: string): string {
	return parts
		.map(cleanLine)
		.filter((part) => part !== '')
		.join(separator);
}
