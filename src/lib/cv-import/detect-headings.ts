import { isBullet } from './bullets';
import { findDateRange } from './date-range';
import { sectionKindOf, type SectionKind } from './heading-dictionary';
import type { SourceLine } from './source-lines';

/**
 * Which lines are section headings. A line that is a known section name ("Berufserfahrung",
 * "S K I L L S") is one; a short line that looks exactly like the known headings (same size,
 * weight, capitals, heading level) but has an unknown name starts an "other" section, so its
 * content ("Interests", "Awards") does not spill into the section before it.
 */
interface Look {
	size: number;
	bold: boolean;
	caps: boolean;
	level: number;
}

function lookOf(line: SourceLine): Look {
	const letters = line.text.replace(/[^\p{L}]/gu, '');
	const caps = letters.length > 1 && letters === letters.toUpperCase();
	return { size: Math.round(line.size * 2) / 2, bold: line.bold, caps, level: line.level };
}

const sameLook = (a: Look, b: Look) =>
	a.size === b.size && a.bold === b.bold && a.caps === b.caps && a.level === b.level;

/** Headings may be letter-spaced ("S K I L L S") or numbered ("2. Experience"). */
export function headingText(text: string): string {
	const trimmed = text.replace(/^\s*(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s+/, '').trim();
	if (/^(?:\S ){2,}\S$/u.test(trimmed) || /^(?:\S ?)+(?: {2,}(?:\S ?)+)+$/u.test(trimmed)) {
		return trimmed
			.split(/ {2,}/)
			.map((word) => word.replace(/ /g, ''))
			.join(' ');
	}
	return trimmed;
}

function mayBeHeading(line: SourceLine): boolean {
	const words = headingText(line.text).split(/\s+/).length;
	return words <= 6 && line.text.length <= 60 && !isBullet(line) && !findDateRange(line.text);
}

export function detectHeadings(lines: SourceLine[]): Map<number, SectionKind> {
	const headings = new Map<number, SectionKind>();
	const looks: Look[] = [];
	for (const line of lines) {
		if (!mayBeHeading(line)) continue;
		const kind = sectionKindOf(headingText(line.text));
		if (kind) {
			headings.set(line.index, kind);
			looks.push(lookOf(line));
		}
	}
	// Only a distinctive look counts: capitals, bold, a heading level or a larger font.
	const distinctive = looks.filter((look) => look.caps || look.bold || look.level > 0);
	if (distinctive.length < 2) return headings;
	for (const line of lines) {
		if (headings.has(line.index) || !mayBeHeading(line) || line.index < 2) continue;
		if (/[\d@]/.test(line.text) || !/^\p{L}/u.test(line.text)) continue;
		const look = lookOf(line);
		if (distinctive.some((known) => sameLook(known, look))) headings.set(line.index, 'other');
	}
	return headings;
}
