import { foldText } from './fold-text';
import { VOCABULARY, type VocabularyEntry } from './vocabulary';

/** Where a vocabulary term is named in a text; `text` is the original spelling at that place. */
export interface TermMention {
	entry: VocabularyEntry;
	start: number;
	end: number;
	text: string;
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
function escape(text: string): string {
	return text.replace(REGEX_SYNTAX, '\\$&');
}

/**
 * One word of an alias, tolerant of UK/US spelling: -ise/-ize (optimisation, organisational),
 * -elling/-eling (modelling), -yse/-yze (analyse), -our/-or (labour), -tre/-ter (centre),
 * licence/license.
 */
function tolerantWord(word: string): string {
	if (!/^[A-Za-z]+$/.test(word)) return escape(word);
	let match = /^(.{3,}i)[sz](e|es|ed|ing|ation|ations|ational|er|ers)$/.exec(word);
	if (match) return `${match[1]}[sz]${match[2]}`;
	match = /^(.+e)l{1,2}(ing|ed|er|ers)$/.exec(word);
	if (match) return `${match[1]}l{1,2}${match[2]}`;
	match = /^(.+y)[sz](e|ed|es|ing)$/.exec(word);
	if (match) return `${match[1]}[sz]${match[2]}`;
	match = /^(.{2,})our$/.exec(word);
	if (match && !/^(?:h|f|y|t|p|c)our$/.test(word)) return `${match[1]}ou?r`;
	match = /^(.+)t(?:re|er)$/.exec(word);
	if (match && word.length > 5) return `${match[1]}t(?:re|er)`;
	match = /^(.*licen)[cs](e|es|ed|ing)$/.exec(word);
	if (match) return `${match[1]}[cs]${match[2]}`;
	return word;
}

/**
 * The last word may be plural ("KPIs", "data pipelines", "strategies"); in a phrase, an activity
 * may also be named by its object ("usability testing" → "usability tests", "prototyping" →
 * "prototypes"). Not for "-eering" words: "data engineer" is a job title, not the skill.
 */
function withPlural(pattern: string, lastWord: string, words: number): string {
	if (lastWord.length <= 2 || !/[A-Za-z]$/.test(lastWord)) return pattern;
	const activity = /^([a-z]{3,}?)(e?)ing$/.exec(lastWord);
	if (words > 1 && activity?.[1] && !lastWord.endsWith('eering') && pattern.endsWith(lastWord)) {
		const stem = pattern.slice(0, -lastWord.length) + activity[1];
		return `${stem}(?:ing|e?s|e)?`;
	}
	if (/[^aeiou]y$/i.test(lastWord) && pattern.endsWith('y')) {
		return `${pattern.slice(0, -1)}(?:y|ies)`;
	}
	return `${pattern}(?:s|es)?`;
}

function aliasPattern(alias: string): string {
	const parts = alias.split(/(\s+|-|\/|&)/).filter((part) => part !== '');
	const lastWord = parts.at(-1) ?? '';
	const pattern = parts
		.map((part) => {
			if (/^\s+$/.test(part) || part === '-') return '[\\s-]+';
			if (part === '/') return '\\s*/\\s*';
			if (part === '&') return '\\s*&\\s*';
			if (part.toLowerCase() === 'and') return '(?:and|&)';
			return tolerantWord(part);
		})
		.join('');
	const words = parts.filter((part) => /\p{L}/u.test(part)).length;
	const plural = withPlural(pattern, lastWord, words);
	// "Go-to-market", "C-level", "R&D": a short code glued to a word is part of another word.
	return alias.length <= 2 ? `${plural}(?![-'&][\\p{L}\\p{N}])` : plural;
}

const BEFORE = '(?<![\\p{L}\\p{N}_#+&@]|[\\p{L}\\p{N}][.-])';
const AFTER = '(?![\\p{L}\\p{N}_#+@]|\\.[\\p{L}\\p{N}])';
/** A character after which BEFORE lets no name start. */
const INSIDE_A_WORD = /[\p{L}\p{N}_#+&@]/u;

interface AliasGroup {
	/** Sticky: tried at one position only. */
	regex: RegExp;
	entries: VocabularyEntry[];
}

/**
 * The aliases of one case mode, grouped by their first character. With a few thousand aliases,
 * one alternation of all of them tried at every position of every line was most of the time
 * spent reading an ad; a position now only tries the aliases that can start there.
 */
interface CompiledMatcher {
	caseSensitive: boolean;
	groups: Map<string, AliasGroup>;
}

function compile(caseSensitive: boolean): CompiledMatcher {
	const aliases = VOCABULARY.flatMap((entry) =>
		entry.aliases
			.filter((alias) => alias.caseSensitive === caseSensitive)
			.map((alias) => ({ entry, text: caseSensitive ? alias.text : alias.text.toLowerCase() }))
	);
	// Longest first, so that at any position "Lean Six Sigma Green Belt" wins over "Lean".
	aliases.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
	const byFirstCharacter = new Map<string, typeof aliases>();
	for (const alias of aliases) {
		const first = alias.text.charAt(0);
		byFirstCharacter.set(first, [...(byFirstCharacter.get(first) ?? []), alias]);
	}
	const groups = new Map<string, AliasGroup>();
	for (const [first, group] of byFirstCharacter) {
		const alternatives = group.map((alias) => `(${aliasPattern(alias.text)})`).join('|');
		groups.set(first, {
			regex: new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, caseSensitive ? 'uy' : 'iuy'),
			entries: group.map((alias) => alias.entry)
		});
	}
	return { caseSensitive, groups };
}

let matchers: CompiledMatcher[] | undefined;

/** Left to right, each match resuming after the previous one, as a global regex would. */
function scan(matcher: CompiledMatcher, folded: string, original: string): TermMention[] {
	const mentions: TermMention[] = [];
	let position = 0;
	while (position < folded.length) {
		const character = folded.charAt(position);
		const group = matcher.groups.get(matcher.caseSensitive ? character : character.toLowerCase());
		// Inside a word no name can start (BEFORE would refuse it): skip the costly try there.
		if (group && !(position > 0 && INSIDE_A_WORD.test(folded.charAt(position - 1)))) {
			group.regex.lastIndex = position;
			const match = group.regex.exec(folded);
			const index = match?.findIndex((value, at) => at > 0 && value !== undefined) ?? -1;
			const entry = group.entries[index - 1];
			if (match && entry && match[0].length > 0) {
				const end = position + match[0].length;
				mentions.push({ entry, start: position, end, text: original.slice(position, end) });
				position = end;
				continue;
			}
		}
		position += 1;
	}
	return mentions;
}

/**
 * Every vocabulary term named in `text`, left to right, without overlaps (the longer name wins:
 * "Amazon Redshift" is one mention, not "Amazon" and "Redshift").
 */
export function findMentions(text: string): TermMention[] {
	matchers ??= [compile(false), compile(true)];
	const folded = foldText(text);
	const candidates = matchers
		.flatMap((matcher) => scan(matcher, folded, text))
		.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const mentions: TermMention[] = [];
	for (const candidate of candidates) {
		const previous = mentions.at(-1);
		if (previous && candidate.start < previous.end) continue;
		mentions.push(candidate);
	}
	return mentions;
}
