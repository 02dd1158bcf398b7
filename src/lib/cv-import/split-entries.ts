import { isBullet } from './bullets';
import { findDateRange, findSingleDate, type DateRangeMatch } from './date-range';
import type { SourceLine } from './source-lines';

/**
 * Cuts a section (experience, education) into entries at the lines that hold a date range.
 * The lines just before a date line belong to its entry's head ("Staff Nurse" above
 * "St Mary's Hospital · 2019 – 2021"): the first entry shows how many there are, and every
 * entry's head takes up to that many short, non-list lines before its date line.
 */
export interface EntryBlock {
	/** Short lines before the date line. */
	head: SourceLine[];
	/** Short lines right after the date line (a place, an employer); may also be text. */
	after: SourceLine[];
	dateLine: SourceLine | null;
	range: DateRangeMatch | null;
	body: SourceLine[];
}

/** Short, unpunctuated lines that can name a role, an employer or a place. */
export function isHeadLike(line: SourceLine): boolean {
	if (isBullet(line) || line.text.length > 100) return false;
	if (line.text.split(/\s+/).length > 14) return false;
	return (
		!/[.;:!?]$/.test(line.text) ||
		// "Ltd.", "Ltda.", "S.A.", "Sp. z o.o." end a name, not a sentence.
		/(?:\b\p{Lu}\p{Ll}{0,3}|\bo\.o|\b\p{L}\.\p{L})\.$/u.test(line.text)
	);
}

function rangeOf(line: SourceLine, singleDates: boolean): DateRangeMatch | null {
	if (isBullet(line)) return null;
	const range = findDateRange(line.text);
	if (range || !singleDates) return range;
	const single = findSingleDate(line.text);
	return single
		? { start: '', end: single.date, current: false, index: single.index, length: single.length }
		: null;
}

/** In a PDF, the indent from which an entry's lines are list items: past its head's left edge. */
export function listIndentOf(entry: EntryBlock): number {
	const head = [...entry.head, ...(entry.dateLine ? [entry.dateLine] : []), ...entry.after];
	if (head.length === 0 || head.some((line) => line.size === 0)) return Infinity;
	return Math.min(...head.map((line) => line.indent)) + 6;
}

export function splitEntries(lines: SourceLine[], singleDates = false): EntryBlock[] {
	const anchors = lines.flatMap((line, position) => {
		const range = rangeOf(line, singleDates);
		return range ? [{ position, range }] : [];
	});
	if (anchors.length === 0) return [];
	let headSize = 0;
	while (headSize < Math.min(3, anchors[0]!.position)) {
		const line = lines[anchors[0]!.position - headSize - 1]!;
		if (!isHeadLike(line)) break;
		headSize += 1;
	}
	const entries: EntryBlock[] = [];
	let consumed = 0;
	anchors.forEach((anchor, number) => {
		let start = anchor.position;
		while (start > consumed && anchor.position - start < headSize && isHeadLike(lines[start - 1]!))
			start -= 1;
		const previous = entries[entries.length - 1];
		if (previous) previous.body = lines.slice(consumed, start);
		const nextAnchor = anchors[number + 1]?.position ?? lines.length;
		let after = anchor.position + 1;
		// A place or second name line may follow the date line before the text starts.
		const anchorLine = lines[anchor.position]!;
		// Indented lines under an entry are its list, not its head.
		const level = (line: SourceLine) => line.size === 0 || line.indent <= anchorLine.indent + 4;
		// A table's date cell ("04/2020 – heute<tab>Title"): the employer under the title sits in
		// the right cell, past the date's left edge; one such line, list items go deeper still.
		const dateCell =
			anchor.range.index === 0 &&
			anchorLine.text.charAt(anchor.range.length) === '\t' &&
			after < nextAnchor &&
			!lines[after]!.listItem &&
			lines[after]!.indent > anchorLine.indent + 4 &&
			isHeadLike(lines[after]!) &&
			(after + 1 >= nextAnchor || lines[after + 1]!.indent > lines[after]!.indent + 4);
		if (dateCell) after += 1;
		while (
			!dateCell &&
			after < nextAnchor &&
			after - anchor.position <= 2 &&
			isHeadLike(lines[after]!) &&
			level(lines[after]!)
		) {
			if (lines[after]!.text.split(/\s+/).length > 12) break;
			after += 1;
		}
		// Lines that belong to the next entry's head are not this entry's head.
		if (nextAnchor < lines.length && nextAnchor - headSize < after) after = anchor.position + 1;
		entries.push({
			head: lines.slice(start, anchor.position),
			after: lines.slice(anchor.position + 1, after),
			dateLine: lines[anchor.position]!,
			range: anchor.range,
			body: []
		});
		consumed = after;
	});
	entries[entries.length - 1]!.body = lines.slice(consumed);
	return entries;
}
