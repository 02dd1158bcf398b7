import type { CvLine, PositionedItem, PositionedPage } from './cv-line';
import { bulletMarkerLength } from './bullets';
import { detectColumns } from './detect-columns';
import { headingText } from './detect-headings';
import { sectionKindOf } from './heading-dictionary';
import { findPhone } from './header-fields';

/**
 * Lines from a PDF page's text items: items on one baseline form a row, read left to right; a
 * gap wider than a space becomes a space, a wide gap (a right-aligned date) a tab. Two-column
 * pages are read column by column after the full-width header.
 */
function rows(items: PositionedItem[]): PositionedItem[][] {
	const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
	const result: PositionedItem[][] = [];
	for (const item of sorted) {
		const row = result[result.length - 1];
		const reference = row?.[0];
		if (
			reference &&
			Math.abs(item.y - reference.y) <= Math.max(2, Math.min(item.size, reference.size) * 0.45)
		) {
			row.push(item);
		} else result.push([item]);
	}
	return result.map((row) => row.sort((a, b) => a.x - b.x));
}

function rowText(row: PositionedItem[]): string {
	let text = '';
	let end = -Infinity;
	for (const item of row) {
		const gap = item.x - end;
		const size = item.size || 10;
		if (text !== '') {
			if (gap > size) text += '\t';
			else if (gap > size * 0.2 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
		}
		text += item.text;
		end = Math.max(end, item.x + item.width);
	}
	return text.replace(/\s+$/, '').replace(/ {2,}/g, ' ');
}

/** A row as a line, with what the wrapped-line test needs to know about its extent. */
interface Row {
	line: CvLine;
	y: number;
	/** Left edge of the text after a bullet glyph, and of the last tab-separated segment. */
	textX: number;
	lastX: number;
	end: number;
	charWidth: number;
	hasTab: boolean;
}

function toRow(row: PositionedItem[], page: number, lane: number, left: number): Row {
	const text = rowText(row);
	const size = Math.max(...row.map((item) => item.size));
	const letters = row.filter((item) => /\p{L}/u.test(item.text));
	const bold = letters.length > 0 && letters.every((item) => item.bold);
	const first = row[0]!;
	const afterMarker = row.length > 1 && bulletMarkerLength(`${first.text} x`) > 0 ? row[1]! : first;
	let lastX = first.x;
	row.forEach((item, index) => {
		const previous = row[index - 1];
		if (previous && item.x - (previous.x + previous.width) > (item.size || 10)) lastX = item.x;
	});
	const end = Math.max(...row.map((item) => item.x + item.width));
	const chars = row.reduce((sum, item) => sum + item.text.length, 0);
	return {
		line: {
			text,
			page,
			size,
			bold,
			level: 0,
			listItem: false,
			lane,
			indent: first.x - left,
			gapBefore: 0
		},
		y: first.y,
		textX: afterMarker.x,
		lastX,
		end,
		charWidth: (end - first.x) / Math.max(1, chars),
		hasTab: text.includes('\t')
	};
}

/**
 * A line that wraps continues on the next one, aligned with its text, when the next line's
 * first word would not have fitted in the space left at its end. Joining them here gives the
 * parser whole list items and paragraphs, whatever the page width.
 */
function wraps(previous: Row, next: Row, right: number): boolean {
	if (next.hasTab || Math.abs(next.line.size - previous.line.size) > 0.6) return false;
	const hasLetters = (row: Row) => /\p{L}/u.test(row.line.text);
	const boldDiffers =
		hasLetters(previous) && hasLetters(next) && next.line.bold !== previous.line.bold;
	if (boldDiffers || bulletMarkerLength(next.line.text) > 0) return false;
	if (next.y - previous.y > previous.line.size * 1.7) return false;
	const alignedX = previous.hasTab ? previous.lastX : previous.textX;
	const hanging =
		bulletMarkerLength(previous.line.text) > 0 &&
		next.textX > previous.textX &&
		next.textX - previous.textX < previous.line.size * 3;
	if (Math.abs(next.textX - alignedX) > 1.5 && !hanging) return false;
	// A section heading starts anew, even in a PDF where headings look like the text.
	if (/^\P{Ll}/u.test(next.line.text) && sectionKindOf(headingText(next.line.text))) return false;
	// Contact details stand on their own lines; a phone number is not a wrapped sentence.
	const contact = (text: string) => /@|https?:|www\./.test(text) || findPhone(text)?.index === 0;
	if (contact(previous.line.text) || contact(next.line.text)) return false;
	// An unclosed bracket continues: "English (Native or" / "Bilingual)".
	const open = (text: string) =>
		(text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
	if (open(previous.line.text)) return true;
	const firstWord = next.line.text.split(/\s/)[0]!.length;
	const room = right - previous.end;
	// A lower-case start is a wrapped sentence; a capital may start the next list item (and
	// every German noun), so it needs a line that clearly had no room left.
	if (/^[\p{Ll}\d(%&,.;:–-]/u.test(next.line.text))
		return room < (firstWord + 3) * previous.charWidth * 1.3;
	// A short capitalised line is a list item ("Neonatal life support"), however narrow the column.
	if (previous.line.text.split(/\s+/).length < 6) return false;
	const filled = (previous.end - previous.textX) / Math.max(1, right - previous.textX);
	// "English (C1)" then "German (B2)", "Lyon: native" then "Madrid: B1": separate items.
	if (
		/\)$/.test(previous.line.text) ||
		(/:\s/.test(previous.line.text) && /:\s/.test(next.line.text))
	)
		return false;
	return (
		!/[.!?:;]$/.test(previous.line.text) &&
		filled > 0.85 &&
		room < (firstWord + 1) * previous.charWidth * 0.8
	);
}

function linesOf(items: PositionedItem[], page: number, lane: number, left: number): CvLine[] {
	const built = rows(items)
		.map((row) => toRow(row, page, lane, left))
		.filter((row) => row.line.text.trim() !== '');
	// A long e-mail address or URL may overflow the column; it does not say where lines wrap.
	const plain = built.filter((row) => !/@|https?:|www\.|\.com/.test(row.line.text));
	const right = Math.max(...(plain.length > 0 ? plain : built).map((row) => row.end));
	const merged: Row[] = [];
	for (const row of built) {
		const previous = merged[merged.length - 1];
		if (previous && wraps(previous, row, right)) {
			previous.line.text = `${previous.line.text} ${row.line.text}`;
			previous.end = row.end;
			previous.y = row.y;
			previous.hasTab = previous.hasTab || row.hasTab;
			continue;
		}
		if (previous) {
			const leading = Math.max(row.line.size, previous.line.size) * 1.25;
			row.line.gapBefore = Math.max(0, (row.y - previous.y - leading) / leading);
		}
		merged.push(row);
	}
	return merged.map((row) => row.line);
}

export function buildLines(pages: PositionedPage[]): CvLine[] {
	return pages.flatMap((page, index) => {
		const number = index + 1;
		const items = page.items.filter((item) => item.text.trim() !== '');
		const left = Math.min(...items.map((item) => item.x));
		const split = detectColumns(page);
		if (!split) return linesOf(items, number, 0, left);
		const header = items.filter((item) => item.y <= split.bodyTop);
		const body = items.filter((item) => item.y > split.bodyTop);
		const leftItems = body.filter((item) => item.x < split.gutter);
		const rightItems = body.filter((item) => item.x >= split.gutter);
		return [
			...linesOf(header, number, 0, left),
			...linesOf(leftItems, number, 1, left),
			...linesOf(rightItems, number, 2, Math.min(...rightItems.map((item) => item.x)))
		];
	});
}
