/**
 * Where the phrase finder joins tokens into one chunk and where a chunk opens a clause: nouns and
 * adjectives, gerunds after a noun or in a list, numbers after a name, "of", "&", "and" inside a
 * name, and the apostrophe of a plural possessive.
 */
import { COMMON_WORDS, namesPeople } from './common-words';
import { isGeneralEnglish } from './general-english';
import { framesATerm, isGenericHead, type Placed } from './phrase-edges';

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Words after which a gerund starts a clause rather than naming a skill ("samples according"). */
const NOT_SKILL_GERUNDS = /^(?:according|using|including|following|working|regarding|ensuring)$/i;

/** A chunk may hold nouns and adjectives, and a gerund after a noun ("fault finding"). */
export function joins(token: Placed, previous: Placed | undefined): boolean {
	if (NOUNISH.has(token.pos)) return /\p{L}/u.test(token.text);
	const afterNoun = previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
	// "BS 3998", "Level 3", "HTM 01-05": a number right after a name is part of it.
	if (token.pos === 'NUM') return previous?.pos === 'PROPN' && /^[\p{Lu}\d]/u.test(previous.text);
	if (token.pos !== 'VERB' || !/ing$/i.test(token.text) || NOT_SKILL_GERUNDS.test(token.text)) {
		return false;
	}
	// "crown lifts, deadwooding and …": a trade's gerund in a list is a skill on its own.
	const inList = previous !== undefined && (previous.pos === 'CCONJ' || previous.text === ',');
	return afterNoun || (inList && !isGeneralEnglish(token.text));
}

function isTitleWord(token: Placed | undefined): boolean {
	return token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.text);
}

/** The last word of a law's or a standard's name ("Health and Social Care Act"). */
const INSTRUMENT =
	/^(?:Act|Regulations|Code|Directive|Framework|Scheme|Standards?|Protocol|Order)$/;

/** Title-case words up to an instrument's name, right after "and": one name, not two. */
function namesAnInstrument(following: Placed[]): boolean {
	for (const token of following.slice(0, 4)) {
		if (!isTitleWord(token)) return false;
		if (INSTRUMENT.test(token.text)) return true;
	}
	return false;
}

/**
 * Punctuation inside one name or term: "City & Guilds" between title-case words, and the
 * apostrophe of a plural possessive ("drivers' hours").
 */
export function glueJoins(current: Placed[], token: Placed, following: Placed[]): boolean {
	const previous = current[current.length - 1];
	const next = following[0];
	if (previous === undefined || next === undefined) return false;
	if (token.text === '&') return isTitleWord(previous) && isTitleWord(next);
	if (token.text === 'and') return isTitleWord(previous) && namesAnInstrument(following);
	return (
		token.text === "'" &&
		token.before === '' &&
		previous.pos === 'NOUN' &&
		/s$/.test(previous.text) &&
		next.pos === 'NOUN'
	);
}

/**
 * "proof of delivery", "bills of lading", "Deprivation of Liberty Safeguards": "of" between two
 * nouns inside one term. Not after a word that frames or performs the term ("knowledge of",
 * "preparation of", "management of budgets"), where the term is what follows.
 */
export function ofJoins(current: Placed[], token: Placed, next: Placed | undefined): boolean {
	const previous = current[current.length - 1];
	if (token.text !== 'of' || previous === undefined || next === undefined) return false;
	if (current.length > 2 || !(next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
	if (previous.pos === 'PROPN') return next.pos === 'PROPN' && !PERFORMS.test(previous.text);
	return (
		previous.pos === 'NOUN' &&
		next.pos === 'NOUN' &&
		![previous.text, next.text].some((word) => COMMON_WORDS.has(word.toLowerCase())) &&
		!isGenericHead(previous.text) &&
		!namesPeople(next.text) &&
		!framesATerm(previous.text) &&
		!PERFORMS.test(previous.text)
	);
}

const PERFORMS = /(?:tion|sion|ment|ance|ence|ing|ysis|ise|ize)s?$/i;

/** Where a chunk opens a clause, its first word may be an order ("…, and check deliveries"). */
export function opensClause(tokens: Placed[], index: number): boolean {
	const before = tokens[index - 1];
	return (
		before === undefined ||
		before.pos === 'CCONJ' ||
		/^[,;:(]$/.test(before.text) ||
		(before.pos === 'PART' && before.text.toLowerCase() === 'to') ||
		/^[-•*·▪–\d.)]+$/u.test(before.text)
	);
}
