/**
 * Cuts a long CV text into parts the model can answer in one go, at section headings where
 * possible (a short line with no full stop after a blank line), else at blank lines, else at
 * line ends. A CV of a few pages stays in one part.
 */
/** About 2,000 tokens: with its answer, a part fits a free-tier minute (8,000 tokens). */
export const MAX_PART_CHARS = 8_000;

function looksLikeHeading(line: string): boolean {
	const trimmed = line.trim();
	return trimmed.length > 0 && trimmed.length <= 40 && !/[.,;]$/.test(trimmed);
}

export function splitCvText(text: string, maxChars: number = MAX_PART_CHARS): string[] {
	if (text.length <= maxChars) return [text];
	const lines = text.split('\n');
	const parts: string[] = [];
	let current: string[] = [];
	let size = 0;
	const flush = () => {
		if (current.length > 0) parts.push(current.join('\n'));
		current = [];
		size = 0;
	};
	lines.forEach((line, index) => {
		const atHeading = index > 0 && lines[index - 1]?.trim() === '' && looksLikeHeading(line);
		// Past half the budget, a heading is a good place to cut; past the budget, any line is.
		if ((atHeading && size > maxChars / 2) || size + line.length + 1 > maxChars) flush();
		// A single line longer than the budget is cut into pieces of its own.
		for (let start = 0; start < Math.max(line.length, 1); start += maxChars) {
			const piece = line.slice(start, start + maxChars);
			if (size + piece.length + 1 > maxChars) flush();
			current.push(piece);
			size += piece.length + 1;
		}
	});
	flush();
	return parts;
}
