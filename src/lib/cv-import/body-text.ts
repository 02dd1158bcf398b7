import { bulletMarkerLength, isBullet } from './bullets';
import type { SourceLine } from './source-lines';

/**
 * An entry's text as paragraphs and list items. A PDF wraps long items over several lines:
 * a line indented past the item's marker, or starting in lower case, continues the item; a
 * paragraph continues until a blank gap or a list item. Each piece keeps its lines for the spans.
 */
export interface TextPiece {
	text: string;
	lines: { line: SourceLine; start: number }[];
}

export interface BodyText {
	paragraphs: TextPiece[];
	bullets: TextPiece[];
}

function continues(
	previous: SourceLine,
	line: SourceLine,
	previousIsBullet: boolean,
	bullet: (line: SourceLine) => boolean
): boolean {
	if (bullet(line)) return false;
	if (/^[\p{Ll}(&,]/u.test(line.text)) return true;
	if (line.gapBefore > 0.8) return false;
	if (previousIsBullet) return line.indent > 0 && line.indent > previous.indent + 2;
	// Paragraph lines of a PDF sit one under the other; plain text lines are separate paragraphs.
	return previous.size > 0 && !/[.!?:]$/.test(previous.text);
}

function append(piece: TextPiece, line: SourceLine, start: number): void {
	const text = line.text.slice(start);
	piece.text =
		piece.text.endsWith('-') && /^\p{Ll}/u.test(text)
			? `${piece.text}${text}`
			: `${piece.text} ${text}`;
	piece.lines.push({ line, start });
}

/**
 * `listIndent`: in a PDF, lines indented at least this far are list items even without a marker
 * (a browser draws HTML list bullets as shapes, not text).
 */
export function bodyText(lines: SourceLine[], listIndent = Infinity): BodyText {
	const bullet = (line: SourceLine) =>
		isBullet(line) || (line.size > 0 && line.indent >= listIndent);
	const body: BodyText = { paragraphs: [], bullets: [] };
	let current: TextPiece | null = null;
	let currentIsBullet = false;
	let previous: SourceLine | null = null;
	for (const line of lines) {
		if (current && previous && continues(previous, line, currentIsBullet, bullet)) {
			append(current, line, 0);
		} else {
			const start = bulletMarkerLength(line.text);
			currentIsBullet = bullet(line);
			current = { text: line.text.slice(start).trim(), lines: [{ line, start }] };
			(currentIsBullet ? body.bullets : body.paragraphs).push(current);
		}
		previous = line;
	}
	return body;
}
