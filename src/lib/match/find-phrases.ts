import { COMMON_WORDS, DUTY_VERBS, QUALIFIERS, namesPeople } from './common-words';
import type { TaggedToken, Tagger } from './phrase-tagger';

/** A noun or skill phrase of a requirement or duty line, with its place in the line. */
export interface Phrase {
	text: string;
	start: number;
	end: number;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_WORDS = 4;

interface Placed extends TaggedToken {
	start: number;
	end: number;
}

/** Words after which a gerund starts a clause rather than naming a skill ("samples according"). */
const NOT_SKILL_GERUNDS = /^(?:according|using|including|following|working|regarding|ensuring)$/i;

function place(line: string, tokens: TaggedToken[]): Placed[] {
	let cursor = 0;
	const placed: Placed[] = [];
	tokens.forEach((token, index) => {
		const found = line.indexOf(token.text, cursor);
		const start = found < 0 ? cursor : found;
		cursor = start + token.text.length;
		const previous = placed[placed.length - 1];
		const next = tokens[index + 1];
		const separator = /^[-./]$/.test(token.text);
		// "e-disclosure", "RNA-seq", "01-05", "Booking.com": the tagger splits what is one word.
		const joinsPrevious =
			previous !== undefined &&
			token.before === '' &&
			(separator
				? next !== undefined && next.before === '' && /^[\p{L}\d]/u.test(next.text)
				: /[-./]$/.test(previous.text) && /^[\p{L}\d]/u.test(token.text));
		if (previous && joinsPrevious) {
			previous.text = line.slice(previous.start, cursor);
			previous.end = cursor;
			if (!separator) previous.pos = 'NOUN';
			return;
		}
		placed.push({ ...token, start, end: cursor });
	});
	return placed;
}

/** A chunk may hold nouns and adjectives, and a gerund after a noun ("fault finding"). */
function joins(token: Placed, previous: Placed | undefined): boolean {
	if (NOUNISH.has(token.pos)) return /\p{L}/u.test(token.text);
	return (
		token.pos === 'VERB' &&
		/ing$/i.test(token.text) &&
		!NOT_SKILL_GERUNDS.test(token.text) &&
		previous !== undefined &&
		(previous.pos === 'NOUN' || previous.pos === 'PROPN')
	);
}

function isCommon(token: Placed): boolean {
	return COMMON_WORDS.has(token.text.toLowerCase());
}

/** Trims qualifiers and common words at the start, common words at the end, adjectives last. */
function trim(chunk: Placed[], lineStart: number): Placed[] {
	let first = 0;
	// A bullet's first word is mostly an order ("Report adverse events", "Record case notes").
	if (chunk[0]!.start <= lineStart && DUTY_VERBS.has(chunk[0]!.text.toLowerCase())) first = 1;
	let last = chunk.length - 1;
	while (first <= last) {
		const word = chunk[first]!.text.toLowerCase();
		if (!QUALIFIERS.has(word) && !(isCommon(chunk[first]!) && first < last)) break;
		first += 1;
	}
	while (last >= first && (chunk[last]!.pos === 'ADJ' || (isCommon(chunk[last]!) && last > first)))
		last -= 1;
	return chunk.slice(first, last + 1);
}

function worthKeeping(chunk: Placed[]): boolean {
	if (chunk.length === 0 || chunk.length > MAX_WORDS) return false;
	if (chunk.every(isCommon)) return false;
	if (chunk.length === 1) {
		const [word] = chunk;
		// One word: a specific noun ("phlebotomy", "pipework"), not a name at a line's start.
		return (
			word!.pos === 'NOUN' && word!.text.length > 3 && !isCommon(word!) && !namesPeople(word!.text)
		);
	}
	return true;
}

/**
 * The noun phrases of a line as its tagger reads them: runs of nouns and adjectives (split at
 * "and", commas and verbs), trimmed of qualifiers ("strong", "excellent") and of general words at
 * their edges, and dropped when nothing specific is left ("team", "good experience").
 */
export function findPhrases(line: string, tagger: Tagger): Phrase[] {
	const tokens = place(line, tagger(line));
	const chunks: Placed[][] = [];
	let current: Placed[] = [];
	tokens.forEach((token, index) => {
		if (
			joins(token, tokens[index - 1]) &&
			(current.length === 0 || token.before !== '' || token.pos !== 'PUNCT')
		) {
			current.push(token);
			return;
		}
		if (current.length > 0) chunks.push(current);
		current = [];
	});
	if (current.length > 0) chunks.push(current);
	const lineStart = line.length - line.replace(/^[\s\-•*·▪–\d.)]+/u, '').length;
	return chunks
		.map((chunk) => trim(chunk, lineStart))
		.filter(worthKeeping)
		.map((chunk) => {
			const start = chunk[0]!.start;
			const end = chunk[chunk.length - 1]!.end;
			return { text: line.slice(start, end), start, end };
		});
}
