import { foldText } from './fold-text';

/**
 * Capitalised names in generated text that are not vocabulary terms: employers, clients,
 * partners, products and certificates a model may invent ("DHL Supply Chain", "Zalando",
 * "Google Professional Data Engineer certification"). Heuristic by nature, tuned to not mistake
 * a capitalised first word or a Title Case skill phrase for a name.
 */
export type NamedEntityKind = 'organization' | 'product' | 'certification';

export interface NamedEntity {
	kind: NamedEntityKind;
	start: number;
	end: number;
	text: string;
	/** The name's words, for the word-by-word support check of Title Case phrases. */
	words: string[];
}

interface Token {
	start: number;
	end: number;
	text: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&+#]*(?:[.'-][\p{L}\p{N}&+#]+)*/gu;
const CONNECTORS = new Set(['of', 'de', 'du', 'der', 'la', 'van', 'von', 'and', '&']);
/** Capitalised words and codes that name nothing the person could have invented. */
const NOT_NAMES = new Set(
	(
		'I A An The This That These Those Our We My Also And Or But With For In On At To By From As ' +
		'Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept ' +
		'September Oct October Nov November Dec December Monday Tuesday Wednesday Thursday Friday ' +
		'Saturday Sunday CV API APIs SLA SLAs UI UX IT HR CEO CTO CFO COO CIO VP EU US USA UK EMEA ' +
		'APAC DACH LATAM ROI YoY MoM QoQ PDF FTE FTEs ETA ETAs Q1 Q2 Q3 Q4 OK P&L R&D'
	).split(' ')
);
const ORGANIZATION_SUFFIXES =
	/^(?:AG|GmbH|Inc|Ltd|LLC|LLP|PLC|SA|SE|NV|BV|Sp|Corp|Corporation|Company|Co|Group|Holding|Holdings|Labs|Bank|University|Universität|Hospital|Clinic|Institute|Foundation|Agency|Ministry|Council|Association|Partners|Capital|Ventures|Consulting|Solutions|Systems|Technologies|Media|Health|Insurance)\.?$/;
const CERTIFICATE_WORDS = /^(?:certification|certificate|certified)$/i;

function isNameToken(token: string): boolean {
	if (/^\p{N}+$/u.test(token)) return false;
	return /^\p{Lu}/u.test(token) || /^\p{Ll}+\p{Lu}/u.test(token);
}

/**
 * Whether a word opens a sentence, a line or a list item, where any word is capitalised: after
 * sentence punctuation, a bullet mark, a dash, an opening bracket or quote, or a line break
 * (model answers often run lines together without a full stop).
 */
function isSentenceStart(text: string, start: number): boolean {
	const before = text.slice(0, start);
	const trimmed = before.trimEnd();
	return (
		trimmed === '' ||
		/\n/.test(before.slice(trimmed.length)) ||
		/[.!?:;•·▪‣◦>→›…*([{\-–"]$/.test(trimmed)
	);
}

/** "SYSTEM:", "NOTE:": a label in capitals opening a line, not a name. */
function isLabel(text: string, run: Token[]): boolean {
	const [only] = run;
	return (
		run.length === 1 &&
		only !== undefined &&
		/^\p{Lu}{2,}$/u.test(only.text) &&
		text[only.end] === ':' &&
		isSentenceStart(text, only.start)
	);
}

function looksLikeProduct(words: string[]): boolean {
	return words.some((word) =>
		/^\p{L}[\p{Ll}\p{N}]*\p{Lu}/u.test(word) && !/^\p{Lu}+s?$/u.test(word)
			? true
			: /[\d.+#]/.test(word)
	);
}

function classify(words: string[], textAfter: string): NamedEntityKind {
	if (words.some((word) => CERTIFICATE_WORDS.test(word)) || /^[\s-]*certifi/i.test(textAfter)) {
		return 'certification';
	}
	const last = words.at(-1) ?? '';
	if (ORGANIZATION_SUFFIXES.test(last) || ORGANIZATION_SUFFIXES.test(words[0] ?? '')) {
		return 'organization';
	}
	if (
		looksLikeProduct(words) ||
		/^\s+(?:app|platform|SDK|plugin|library|framework)\b/i.test(textAfter)
	) {
		return 'product';
	}
	return 'organization';
}

function tokensOutside(
	text: string,
	claimed: ReadonlyArray<{ start: number; end: number }>
): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const start = match.index;
		const end = start + match[0].length;
		if (claimed.some((span) => start < span.end && end > span.start)) {
			tokens.push({ start, end, text: '\u0000' });
			continue;
		}
		tokens.push({ start, end, text: match[0] });
	}
	return tokens;
}

/** Runs of name tokens joined by single spaces (or "of", "&"), cut at punctuation. */
function nameRuns(text: string, tokens: Token[]): Token[][] {
	const runs: Token[][] = [];
	let run: Token[] = [];
	const flush = () => {
		while (run.length > 0 && CONNECTORS.has(run.at(-1)?.text.toLowerCase() ?? '')) run.pop();
		if (run.length > 0) runs.push(run);
		run = [];
	};
	for (const token of tokens) {
		const previous = run.at(-1);
		const joined = previous !== undefined && /^ $/.test(text.slice(previous.end, token.start));
		if (run.length > 0 && !joined) flush();
		const isConnector =
			run.length > 0 && CONNECTORS.has(token.text.toLowerCase()) && token.text !== 'and';
		if (isNameToken(token.text) || isConnector) run.push(token);
		else flush();
	}
	flush();
	return runs;
}

export function findNamedEntities(
	text: string,
	claimed: ReadonlyArray<{ start: number; end: number }>
): NamedEntity[] {
	const folded = foldText(text);
	const entities: NamedEntity[] = [];
	for (let run of nameRuns(folded, tokensOutside(folded, claimed))) {
		if (isLabel(folded, run)) continue;
		const first = run[0];
		if (first && isSentenceStart(folded, first.start) && !/^\p{Lu}{2,}$|\d/u.test(first.text)) {
			run = run.slice(1);
			while (run.length > 0 && CONNECTORS.has(run[0]?.text.toLowerCase() ?? '')) run = run.slice(1);
		}
		run = run.filter((token, index) => index > 0 || !NOT_NAMES.has(token.text));
		if (run.length === 0 || run.every((token) => NOT_NAMES.has(token.text))) continue;
		const start = run[0]?.start ?? 0;
		let end = run.at(-1)?.end ?? start;
		const words = run.map((token) => token.text.replace(/'s$/, ''));
		if (folded.slice(end - 2, end) === "'s") end -= 2;
		const after = folded.slice(end);
		const kind = classify(words, after);
		const certificateWord = /^[\s-]+(?:certification|certificate)\b/i.exec(after);
		if (kind === 'certification' && certificateWord) end += certificateWord[0].length;
		entities.push({ kind, start, end, text: text.slice(start, end), words });
	}
	return entities;
}
