import { detectHeadings } from './detect-headings';
import type { SectionKind } from './heading-dictionary';
import type { SourceLine } from './source-lines';

/**
 * The document cut at its headings. Lines before the first heading form the "header" section
 * (name, contact). Each column keeps its own current section, so a sidebar's "Languages" does
 * not swallow the next page's experience; a column that starts without a heading starts a header.
 */
export interface Section {
	kind: SectionKind | 'header';
	heading: SourceLine | null;
	lines: SourceLine[];
}

export function splitSections(lines: SourceLine[]): Section[] {
	const headings = detectHeadings(lines);
	const sections: Section[] = [];
	const currentByLane = new Map<number, Section>();
	let lane = -1;
	let page = 1;
	let current: Section | undefined;
	for (const line of lines) {
		// A one-column page after a two-column one continues where the reading stopped.
		const continuesPage = line.lane === 0 && line.page > page;
		if (line.lane !== lane && !continuesPage) current = currentByLane.get(line.lane);
		lane = line.lane;
		page = line.page;
		const kind = headings.get(line.index);
		if (kind) {
			current = { kind, heading: line, lines: [] };
			sections.push(current);
		} else {
			if (!current) {
				current = { kind: 'header', heading: null, lines: [] };
				sections.push(current);
			}
			current.lines.push(line);
		}
		currentByLane.set(lane, current);
	}
	return sections;
}
