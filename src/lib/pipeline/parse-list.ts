import {
	isCommentary,
	isHeading,
	isPreamble,
	LIST_MARKER,
	withoutFenceLines
} from './answer-lines';
import { stripReasoning } from './strip-reasoning';

export interface ParsedList {
	/** Plain lines before the first entry that are neither preamble nor heading (a role's summary). */
	lead: string[];
	entries: string[];
}

const INLINE_SEPARATOR = /\s*(?:\||•|·|;)\s*/;

/**
 * Reads the entries of a list answer however the model formatted it: `-`, `*`, `•` or numbered
 * markers, entries wrapped over indented lines, headings and preambles around the list, and
 * commentary after it (dropped). An answer with no markers at all counts each remaining line as
 * an entry; a single line such as "Python | SQL | Kafka" is split on its separators.
 */
export function parseList(text: string): ParsedList {
	const lines = withoutFenceLines(stripReasoning(text).split('\n'));
	const lead: string[] = [];
	const entries: string[] = [];
	const unmarked: string[] = [];
	let listStarted = false;
	let canContinue = false;

	for (const raw of lines) {
		const line = raw.trim();
		if (line === '') {
			canContinue = false;
			continue;
		}
		const marked = LIST_MARKER.exec(line);
		if (marked) {
			entries.push(marked[1] ?? '');
			listStarted = true;
			canContinue = true;
			continue;
		}
		if (isHeading(line) || isPreamble(line)) {
			canContinue = false;
			continue;
		}
		if (listStarted) {
			// An indented line right after an entry is that entry wrapped; anything else after the
			// list began is commentary ("These bullets stress…") and is dropped.
			if (canContinue && /^\s/.test(raw) && entries.length > 0) {
				entries[entries.length - 1] += ` ${line}`;
			} else {
				canContinue = false;
			}
			continue;
		}
		if (isCommentary(line)) continue;
		lead.push(line);
		unmarked.push(line);
	}

	if (entries.length > 0) return { lead, entries };
	if (unmarked.length === 1) {
		const parts = (unmarked[0] ?? '').split(INLINE_SEPARATOR).filter((part) => part !== '');
		if (parts.length >= 3) return { lead: [], entries: parts };
	}
	return { lead: [], entries: unmarked };
}
