import { COMMON_WORDS, isPeopleHead, namesPeople } from './common-words';
import { trimEdges, worthKeeping, type Placed } from './phrase-edges';
import { glueJoins, joins, ofJoins, opensClause } from './phrase-joins';
import type { TaggedToken, Tagger } from './phrase-tagger';

export interface Span {
	start: number;
	end: number;
}

/** A noun or skill phrase of a requirement or duty line, with its place in the line. */
export interface Phrase extends Span {
	text: string;
}

const MAX_WORDS = 4;

/** The tagger returns the same tokens for the same line: they are placed once. */
const placedTokens = new WeakMap<TaggedToken[], Placed[]>();

export function place(line: string, tokens: TaggedToken[]): Placed[] {
	const remembered = placedTokens.get(tokens);
	if (remembered) return remembered;
	const placed = placeTokens(line, tokens);
	placedTokens.set(tokens, placed);
	return placed;
}

function placeTokens(line: string, tokens: TaggedToken[]): Placed[] {
	let cursor = 0;
	const placed: Placed[] = [];
	tokens.forEach((token, index) => {
		const found = line.indexOf(token.text, cursor);
		const start = found < 0 ? cursor : found;
		cursor = start + token.text.length;
		const previous = placed[placed.length - 1];
		const next = tokens[index + 1];
		const separator = /^[-./+]$/.test(token.text);
		// "e-disclosure", "RNA-seq", "01-05", "Booking.com": the tagger splits what is one word.
		const joinsPrevious =
			previous !== undefined &&
			token.before === '' &&
			(separator
				? next !== undefined && next.before === '' && /^[\p{L}\d]/u.test(next.text)
				: (/[-./+]$/.test(previous.text) && /^[\p{L}\d]/u.test(token.text)) ||
					(/^\d+$/.test(previous.text) && /^\p{Lu}+$/u.test(token.text)));
		if (previous && joinsPrevious) {
			previous.text = line.slice(previous.start, cursor);
			previous.end = cursor;
			if (!separator) previous.pos = 'NOUN';
			return;
		}
		// "we use Proclaim", "(Nourish)": a capitalised word inside a sentence read as a verb is a
		// product's name.
		const insideSentence = previous !== undefined && !/^[.!?:;•\-–]$/.test(previous.text);
		const named =
			insideSentence && /^\p{Lu}\p{Ll}/u.test(token.text) && /^(?:VERB|ADJ)$/.test(token.pos);
		placed.push({ ...token, start, end: cursor, ...(named ? { pos: 'PROPN', named } : {}) });
	});
	return placed;
}

/**
 * The noun phrases of a line as its tagger reads them: runs of nouns and adjectives (split at
 * "and", commas and verbs), trimmed of qualifiers ("strong", "excellent") and of general words at
 * their edges, and dropped when nothing specific is left ("team", "good experience").
 */
export function findPhrases(line: string, tagger: Tagger): Phrase[] {
	const tokens = place(line, tagger(line));
	const chunks: Array<{ tokens: Placed[]; opensClause: boolean }> = [];
	let current: Placed[] = [];
	let opens = false;
	tokens.forEach((token, index) => {
		const joined =
			(joins(token, tokens[index - 1]) &&
				(current.length === 0 || token.before !== '' || token.pos !== 'PUNCT')) ||
			ofJoins(current, token, tokens[index + 1]) ||
			glueJoins(current, token, tokens.slice(index + 1));
		if (joined) {
			if (current.length === 0) opens = opensClause(tokens, index);
			current.push(token);
			return;
		}
		if (current.length > 0) chunks.push({ tokens: current, opensClause: opens });
		current = [];
	});
	if (current.length > 0) chunks.push({ tokens: current, opensClause: opens });
	const lineStart = line.length - line.replace(/^[\s\-•*·▪–\d.)]+/u, '').length;
	const isSeparator = (token: Placed | undefined) =>
		token !== undefined && (token.text === ',' || token.pos === 'CCONJ');
	return chunks
		.map((chunk) => {
			const first = tokens.indexOf(chunk.tokens[0]!);
			const after = tokens[first + chunk.tokens.length];
			// An item of a list ("pleadings, witness statements and applications").
			const inList = isSeparator(tokens[first - 1]) || isSeparator(after);
			const startsSentence =
				/^\p{Lu}\p{Ll}/u.test(chunk.tokens[0]!.text) &&
				(first === 0 || /^[-•*·▪–.!?:;\d)]+$/u.test(tokens[first - 1]!.text));
			return { kept: trimEdges(chunk.tokens, chunk.opensClause, startsSentence), inList };
		})
		.filter((chunk) => worthKeeping(chunk.kept, lineStart, MAX_WORDS, chunk.inList))
		.map((chunk) => chunk.kept)
		.filter((chunk) =>
			chunk.length > 1 ? !isPeopleHead(chunk[chunk.length - 1]!.text) : !namesPeople(chunk[0]!.text)
		)
		.map((chunk) => {
			const start = chunk[0]!.start;
			// "Precedent H.", "Form 16/16A.": the sentence's full stop is not part of the name.
			const end =
				chunk[chunk.length - 1]!.end -
				(/\.$/.test(line.slice(0, chunk[chunk.length - 1]!.end)) ? 1 : 0);
			return { text: line.slice(start, end), start, end };
		});
}

/**
 * A phrase holds a named term and says more before it ("bank reconciliation", "tax audit") or
 * glued to it ("GSTR-1"). Words after a named term are mostly a generic head ("ACLS certification",
 * "Python tooling"), which would make the term harder to cover than the name alone.
 */
const NOT_A_HEAD =
	/^(?:tools?|software|systems?|models?|compan(?:y|ies)|firms?|setups?|projects?|meetings?|strateg(?:y|ies)|opinions?|committees?|basics|practices?|operations)$/;

function extendsBefore(line: string, phrase: Span, named: Span): boolean {
	if (phrase.start > named.start || named.end > phrase.end) return false;
	if (phrase.end === named.end) return phrase.start < named.start;
	// Glued to it ("GSTR-1") or its number ("BS 3998"): one name.
	if (/^(?:\S|\s\d[\d\-./]*$)/.test(line.slice(named.end, phrase.end))) return true;
	// "payroll queries", "litigation strategy": a lowercase skill that heads a compound, with
	// one word after it that is not a generic head ("tools", "systems", "companies").
	const tail = line.slice(named.end, phrase.end).trim();
	return (
		/^\p{Ll}/u.test(line.slice(named.start, named.end)) &&
		/^\p{Ll}+$/u.test(tail) &&
		!COMMON_WORDS.has(tail) &&
		!NOT_A_HEAD.test(tail)
	);
}

/**
 * The phrases of a line beside the terms already named in it (by the vocabulary or by shape): a
 * phrase may hold a named term and say more, but not cut one in half.
 */
export function phrasesBeside(line: string, named: readonly Span[], tagger: Tagger): Phrase[] {
	return findPhrases(line, tagger).filter((phrase) =>
		named.every(
			(t) => t.end <= phrase.start || phrase.end <= t.start || extendsBefore(line, phrase, t)
		)
	);
}
