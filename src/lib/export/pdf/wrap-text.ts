/** Width in millimetres of `text` in the given face and size (points). */
export type MeasureText = (text: string, weight: 'regular' | 'bold', size: number) => number;

/**
 * Greedy word wrap at spaces, no hyphenation (parsers read a hyphenated word as two). A single
 * word wider than the line (a long URL) is cut between characters as a last resort, since
 * letting it run past the margin would put text off the page.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (text: string) => number
): string[] {
	const words = text.split(' ').filter((word) => word !== '');
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		if (measure(word) <= maxWidth) {
			line = word;
			continue;
		}
		line = '';
		for (const character of Array.from(word)) {
			if (line && measure(line + character) > maxWidth) {
				lines.push(line);
				line = '';
			}
			line += character;
		}
	}
	if (line) lines.push(line);
	return lines;
}
