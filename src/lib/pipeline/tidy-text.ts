/**
 * Post-processing that every answer goes through, structured or not: clean each entry, hold it
 * to the length rules, drop duplicates, cap the count.
 */

const DANGLING =
	/[\s,;:–—-]+(and|or|with|to|of|the|a|an|for|in|on|by|from|using|including|while|as|at|via|into)?$/i;

/**
 * Markdown emphasis and code spans, only where they are that: a pair around text, opening at the
 * start of a word and closing at its end. "window.__pwned", "C__", "snake_case__names" or a
 * lone backtick are text and stay as written.
 */
const BOLD_STARS = /(^|[^\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])/g;
const BOLD_UNDERSCORES = /(^|[^\w])__(?=\S)(.+?)(?<=\S)__(?!\w)/g;
const CODE_SPAN = /`([^`]+)`/g;

export function stripEmphasis(text: string): string {
	return text
		.replace(BOLD_STARS, '$1$2')
		.replace(BOLD_UNDERSCORES, '$1$2')
		.replace(CODE_SPAN, '$1');
}

/** One entry as a reader should see it: no list marker, markdown emphasis, quotes or doubled spaces. */
export function tidyEntry(text: string): string {
	let entry = stripEmphasis(
		text
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^(?:[-*•·‣▪–—+]|\d{1,2}[.)]|\(\d{1,2}\))\s+/, '')
	).trim();
	const quoted = /^["“](.*)["”]$/.exec(entry);
	if (quoted) entry = (quoted[1] ?? '').trim();
	return entry;
}

/**
 * Shortens text to at most `max` characters at the best break it can find: the end of a
 * sentence, else a clause, else a word, never leaving a dangling "and"/"with". No ellipsis: a
 * CV line ends as a statement, and the person reviews it anyway.
 */
export function fitLength(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max + 1);
	const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
	if (sentenceEnd >= max * 0.5) return head.slice(0, sentenceEnd + 1).replace(/;$/, '');
	const clauseEnd = Math.max(
		head.lastIndexOf(', '),
		head.lastIndexOf(' – '),
		head.lastIndexOf(' (')
	);
	let cut =
		clauseEnd >= max * 0.6 ? head.slice(0, clauseEnd) : head.slice(0, head.lastIndexOf(' '));
	if (cut.trim() === '') cut = text.slice(0, max);
	let previous = '';
	while (previous !== cut) {
		previous = cut;
		cut = cut.replace(DANGLING, '');
	}
	return cut.trim();
}

/** A key that treats "Kafka streaming." and "kafka  Streaming" as the same entry. */
function dedupeKey(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export interface ListRules {
	maxChars: number;
	maxCount: number;
}

export function tidyList(entries: readonly string[], rules: ListRules): string[] {
	const seen = new Set<string>();
	const kept: string[] = [];
	for (const entry of entries) {
		const text = fitLength(tidyEntry(entry), rules.maxChars);
		const key = dedupeKey(text);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		kept.push(text);
		if (kept.length === rules.maxCount) break;
	}
	return kept;
}
