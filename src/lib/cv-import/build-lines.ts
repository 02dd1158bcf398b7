import type { CvLine, PositionedItem, PositionedPage } from './cv-line';
import { detectColumns } from './detect-columns';

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
			if (gap > size * 2.5) text += '\t';
			else if (gap > size * 0.2 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
		}
		text += item.text;
		end = Math.max(end, item.x + item.width);
	}
	return text.replace(/\s+$/, '').replace(/ {2,}/g, ' ');
}

function linesOf(items: PositionedItem[], page: number, lane: number, left: number): CvLine[] {
	const lines: CvLine[] = [];
	let previousY: number | null = null;
	let previousSize = 0;
	for (const row of rows(items)) {
		const text = rowText(row);
		if (text.trim() === '') continue;
		const size = Math.max(...row.map((item) => item.size));
		const letters = row.filter((item) => /\p{L}/u.test(item.text));
		const bold = letters.length > 0 && letters.every((item) => item.bold);
		const y = row[0]!.y;
		const leading = Math.max(size, previousSize) * 1.25;
		const gapBefore = previousY === null ? 0 : Math.max(0, (y - previousY - leading) / leading);
		lines.push({
			text,
			page,
			size,
			bold,
			level: 0,
			listItem: false,
			lane,
			indent: row[0]!.x - left,
			gapBefore
		});
		previousY = y;
		previousSize = size;
	}
	return lines;
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
