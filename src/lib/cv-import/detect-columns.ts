import { findDateRange } from './date-range';
import type { PositionedItem, PositionedPage } from './cv-line';

/**
 * Finds a sidebar: a vertical band of the page that no text crosses below the full-width header,
 * with real text on both sides. Reading a two-column page row by row would interleave the
 * sidebar's skills with the experience; reading each column top-down keeps both whole. A narrow
 * column that holds only dates next to the entries (a table layout) is not a sidebar: those rows
 * belong together and are read across.
 */
export interface ColumnSplit {
	/** x of the gutter between the columns. */
	gutter: number;
	/** Items above this baseline are the full-width header. */
	bodyTop: number;
}

const crosses = (item: PositionedItem, x: number) => item.x < x - 1 && item.x + item.width > x + 1;

function dateShare(items: PositionedItem[]): number {
	const rows = new Map<number, string>();
	for (const item of items) {
		const key = Math.round(item.y / 3);
		rows.set(key, `${rows.get(key) ?? ''} ${item.text}`);
	}
	const texts = [...rows.values()].filter((text) => text.trim() !== '');
	const dated = texts.filter((text) => findDateRange(text) || /^\s*(?:19|20)\d{2}\s*$/.test(text));
	return texts.length === 0 ? 0 : dated.length / texts.length;
}

export function detectColumns(page: PositionedPage): ColumnSplit | null {
	const items = page.items.filter((item) => item.text.trim() !== '');
	const totalChars = items.reduce((sum, item) => sum + item.text.length, 0);
	if (totalChars < 200) return null;
	let best: (ColumnSplit & { width: number }) | null = null;
	for (let x = page.width * 0.2; x <= page.width * 0.8; x += 2) {
		const crossing = items.filter((item) => crosses(item, x));
		// The header may cross (a centred name); below it, nothing may.
		const bodyTop = crossing.length === 0 ? -Infinity : Math.max(...crossing.map((item) => item.y));
		if (bodyTop > page.height * 0.3) continue;
		const body = items.filter((item) => item.y > bodyTop);
		const left = body.filter((item) => item.x + item.width <= x);
		const right = body.filter((item) => item.x >= x);
		const leftChars = left.reduce((sum, item) => sum + item.text.length, 0);
		const rightChars = right.reduce((sum, item) => sum + item.text.length, 0);
		if (Math.min(leftChars, rightChars) < totalChars * 0.08) continue;
		const leftEdge = Math.max(...left.map((item) => item.x + item.width));
		const rightEdge = Math.min(...right.map((item) => item.x));
		const width = rightEdge - leftEdge;
		if (width < 8) continue;
		if (!best || width > best.width) best = { gutter: (leftEdge + rightEdge) / 2, bodyTop, width };
	}
	if (!best) return null;
	const split = best;
	const body = items.filter((item) => item.y > split.bodyTop);
	const left = body.filter((item) => item.x < split.gutter);
	const right = body.filter((item) => item.x >= split.gutter);
	const narrow = left.length < right.length ? left : right;
	if (dateShare(narrow) > 0.5) return null;
	return { gutter: split.gutter, bodyTop: split.bodyTop };
}
