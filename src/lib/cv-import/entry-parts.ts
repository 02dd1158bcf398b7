import type { DateRangeMatch } from './date-range';
import type { SourceLine } from './source-lines';

/**
 * The pieces of an entry's head: each line split at the separators people put between title,
 * employer, place and dates ("Staff Nurse | St Mary's Hospital | London"), with the date range
 * and a duration such as "(3 years 2 months)" taken out. Each part remembers where it was read.
 */
export interface Part {
	text: string;
	line: SourceLine;
	/** Offset of the part in its line. */
	index: number;
}

const SEPARATOR = /\s*(?:\t|[·•|◆♦▪●]|\s{3,}|\s[-–—]\s|,\s(?=(?:\d{4}|\p{Lu}))|\s@\s)\s*/gu;
const WITHOUT_COMMAS = new RegExp(
	SEPARATOR.source.replace(',\\s(?=(?:\\d{4}|\\p{Lu}))|', ''),
	'gu'
);
const DURATION =
	/\(?\s*\d+\s*(?:yrs?|years?|mos?|months?|jahre?|monate?|ans?|mois|anos?|meses|lat|lata|miesiac\p{L}*)\b[^)]*\)?/giu;

function pieces(text: string, base: number, line: SourceLine, commas: boolean): Part[] {
	// Commas separate fields only where asked: "Leeds, UK" is one place.
	const parts: Part[] = [];
	const separator = commas ? SEPARATOR : WITHOUT_COMMAS;
	let from = 0;
	const push = (end: number) => {
		const raw = text.slice(from, end);
		const trimmed = raw.replace(/^[\s,;:()–—-]+|[\s,;:(–—-]+$/g, '');
		if (/\p{L}/u.test(trimmed))
			parts.push({ text: trimmed, line, index: base + from + raw.indexOf(trimmed) });
	};
	for (const match of text.matchAll(separator)) {
		push(match.index);
		from = match.index + match[0].length;
	}
	push(text.length);
	return parts;
}

/** Splits one line; the date range (if given) is cut out first. */
export function lineParts(
	line: SourceLine,
	range: DateRangeMatch | null = null,
	commas = false
): Part[] {
	const cut = (text: string, index: number, length: number) =>
		text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
	let text = range ? cut(line.text, range.index, range.length) : line.text;
	for (const duration of text.matchAll(DURATION))
		text = cut(text, duration.index, duration[0].length);
	// Blanked stretches are runs of spaces, which the separator pattern splits at.
	return pieces(text, 0, line, commas);
}
