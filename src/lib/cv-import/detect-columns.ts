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

const charsOf = (items: PositionedItem[]) => items.reduce((sum, item) => sum + item.text.length, 0);

interface Candidate extends ColumnSplit {
	width: number;
	headerChars: number;
}

function candidateAt(
	items: PositionedItem[],
	page: PositionedPage,
	x: number,
	total: number
): Candidate | null {
	const crossing = items.filter((item) => crosses(item, x));
	// A long URL may overflow the sidebar: a few crossing letters are not a header.
	const outliers = charsOf(crossing) <= total * 0.03;
	const bodyTop =
		outliers || crossing.length === 0 ? -Infinity : Math.max(...crossing.map((item) => item.y));
	if (bodyTop > page.height * 0.3) return null;
	const body = items.filter((item) => item.y > bodyTop && !crosses(item, x));
	// Every item not crossing is on one side: none may fall between the two.
	const left = body.filter((item) => item.x + item.width / 2 < x);
	const right = body.filter((item) => item.x + item.width / 2 >= x);
	if (Math.min(charsOf(left), charsOf(right)) < total * 0.08) return null;
	const rightEdge = Math.min(...right.map((item) => item.x));
	const width = rightEdge - Math.max(...left.map((item) => item.x + item.width));
	if (width < 8) return null;
	const headerChars = charsOf(items.filter((item) => item.y <= bodyTop));
	// Just left of the right column, so its items (and only they) are read as the right column.
	return { gutter: rightEdge - 1, bodyTop, width, headerChars };
}

export function detectColumns(page: PositionedPage): ColumnSplit | null {
	const items = page.items.filter((item) => item.text.trim() !== '');
	const total = charsOf(items);
	if (total < 200) return null;
	let best: Candidate | null = null;
	for (let x = page.width * 0.2; x <= page.width * 0.8; x += 2) {
		const candidate = candidateAt(items, page, x, total);
		if (!candidate) continue;
		// The smallest header wins, then the widest gutter: a "header" that takes the top of
		// both columns would read them interleaved.
		if (
			!best ||
			candidate.headerChars < best.headerChars ||
			(candidate.headerChars === best.headerChars && candidate.width > best.width)
		)
			best = candidate;
	}
	if (!best) return null;
	const split = best;
	const body = items.filter((item) => item.y > split.bodyTop);
	const left = body.filter((item) => item.x < split.gutter);
	const right = body.filter((item) => item.x >= split.gutter);
	const narrow = charsOf(left) < charsOf(right) ? left : right;
	if (dateShare(narrow) > 0.5) return null;
	return { gutter: split.gutter, bodyTop: split.bodyTop };
}
