/**
 * Post-processing that every answer goes through, structured or not: clean each entry, hold it
 * to the length rules, drop duplicates, cap the count.
 */

const DANGLING =
	/[\s,;:–—-]+(and|or|with|to|of|the|a|an|for|in|on|by|from|using|including|while|as|at|via|into)?$/i;

/** One entry as a reader should see it: no list marker, markdown emphasis, quotes or doubled spaces. */
export function tidyEntry(text: string): string {
	let entry = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(?:[-*•·‣▪–—+]|\d{1,2}[.)]|\(\d{1,2}\))\s+/, '')
		.replace(/\*\*|__|`/g, '')
		.trim();
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
