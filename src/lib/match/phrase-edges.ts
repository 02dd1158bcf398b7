import { COMMON_WORDS, DUTY_VERBS, QUALIFIERS } from './common-words';
import { isGeneralEnglish } from './general-english';
import type { TaggedToken } from './phrase-tagger';

/** A token of a line with its place in the line. */
export interface Placed extends TaggedToken {
	start: number;
	end: number;
	/** Capitalised inside a sentence where the tagger read a verb: a product's name. */
	named?: boolean;
}

/**
 * Words that frame a skill rather than name it, at either edge of a phrase ("knowledge of",
 * "phlebotomy experience", "Excel skills"). General words inside a compound stay: "working time
 * directive", "culture media", "event schedules" and "condition reports" are terms as written.
 */
const FRAME_WORDS = new Set(
	`ability abilities awareness background experience experiences expertise familiarity grounding
	knowledge proficiency skill skills understanding track record`.split(/\s+/)
);

/**
 * Lowercase last words that make a term harder to cover than the skill the ad means: "salary
 * sacrifice schemes" is asked as "salary sacrifice", "object handling sessions" as "object
 * handling", "Gas Safe paperwork" as "Gas Safe".
 */
const GENERIC_TAILS = new Set(
	`area areas candidate caseload collection degree diploma discipline duties field fields
	qualification environment environments opening packages paperwork platform platforms principles purposes
	recordings requirements role roles scheme schemes session sessions setting settings standards
	tasks`.split(/\s+/)
);

/**
 * Last words that name who or what holds a skill rather than the skill ("reservations teams",
 * "front office procedures", "NPTC tickets"): dropped when a noun before them is left to name it
 * ("dental procedures" stays: "dental" alone says nothing).
 */
const HOLDER_TAILS = new Set(
	`department departments procedures products rules programme programmes team teams tickets website`.split(
		/\s+/
	)
);

export function isGenericHead(word: string): boolean {
	return GENERIC_TAILS.has(word.toLowerCase());
}

export function framesATerm(word: string): boolean {
	return FRAME_WORDS.has(word.toLowerCase());
}

function lower(token: Placed): string {
	return token.text.toLowerCase();
}

function isCommon(token: Placed): boolean {
	return COMMON_WORDS.has(lower(token));
}

/** "Global" in "UK Global Tariff": the place is part of a name. */
function isTitleCase(token: Placed): boolean {
	return /^\p{Lu}\p{Ll}/u.test(token.text);
}

function isName(token: Placed): boolean {
	return (token.pos === 'PROPN' || token.pos === 'NUM') && /^[\p{Lu}\d]/u.test(token.text);
}

/** A name may run longer than a phrase: "Health and Social Care Act 2008". */
const NAME_MAX_WORDS = 6;

/** A country before a licence or a standard says where, not what ("UK C+E licence"). */
const PLACES = new Set(['uk', 'us', 'usa', 'eu', 'british', 'european', 'american', 'australian']);

/**
 * A compound adjective that describes rather than classifies ("peer-reviewed journals",
 * "well-sequenced lessons", "fast-growing company"): a participle after the hyphen. Prefixes that
 * say which kind ("post-operative", "pre-use", "multi-drop") and "-based" make a term instead.
 */
function describes(modifier: Placed): boolean {
	const text = modifier.text;
	if (!/^\p{Ll}[\p{L}]*-\p{L}+$/u.test(text) || /-based$/.test(text)) return false;
	if (/^(?:pre|post|multi|non|anti|inter|sub|co|self|cross|out)-/.test(text)) return false;
	return /-\p{L}+(?:ed|ing)$/u.test(text);
}

/**
 * A lowercase modifier that narrows a term past what a CV would say: the adjective before a
 * compound of two or more words ("routine microbiological tests", "three-phase distribution
 * boards"), or an everyday hyphenated word before a specific one ("in-cab telematics").
 */
/** Adjectives of time, place or likelihood that look classifying but only narrow ("annual"). */
const SCOPE_ADJECTIVES =
	/^(?:annual|local|potential|temporary|typical|actual|initial|special|total|normal|usual|original|additional|individual|external|internal|regional|national|global|occasional)$/i;

function dropsModifier(chunk: Placed[]): boolean {
	const [modifier, head] = chunk;
	if (modifier === undefined || head === undefined || !/^\p{Ll}/u.test(modifier.text)) return false;
	// "working time directive": a participle before a noun makes one compound with it.
	if (chunk.length >= 3) {
		// "oral hygiene advice", "clinical trial regulations": a classifying adjective stays.
		const classifies =
			/(?:al|ic|ary|ory|ive)$/.test(modifier.text) && !SCOPE_ADJECTIVES.test(modifier.text);
		return (
			((modifier.pos === 'ADJ' && !classifies) || modifier.text.includes('-')) &&
			!/ing$/.test(modifier.text)
		);
	}
	if (describes(modifier)) return true;
	const parts = modifier.text.split('-');
	return (
		chunk.length === 2 &&
		parts.length > 1 &&
		parts.every((part) => part.length <= 3 || isGeneralEnglish(part)) &&
		!isGeneralEnglish(head.text)
	);
}

/**
 * Trims what is not the term: an order opening the bullet ("Report adverse events"), qualifiers
 * ("strong", "up-to-date") and framing words at the start; trailing adjectives, framing words and
 * generic container nouns at the end; and the everyday nouns after a name ("Vaillant combi",
 * "Booking.com reviews": the name is what a CV would say).
 */
export function trimEdges(chunk: Placed[], opensClause: boolean, startsSentence = false): Placed[] {
	let first = 0;
	if (opensClause && DUTY_VERBS.has(lower(chunk[0]!))) first = 1;
	let last = chunk.length - 1;
	while (
		first <= last &&
		(QUALIFIERS.has(lower(chunk[first]!)) ||
			FRAME_WORDS.has(lower(chunk[first]!)) ||
			(first < last && PLACES.has(lower(chunk[first]!)) && !isTitleCase(chunk[first + 1]!)))
	)
		first += 1;
	while (
		last >= first &&
		(chunk[last]!.pos === 'ADJ' ||
			FRAME_WORDS.has(lower(chunk[last]!)) ||
			(last > first && GENERIC_TAILS.has(chunk[last]!.text)) ||
			(last > first &&
				HOLDER_TAILS.has(chunk[last]!.text) &&
				/^(?:NOUN|PROPN)$/.test(chunk[last - 1]!.pos)))
	) {
		last -= 1;
	}
	// "years of" once "experience" is gone: "of" ends nothing.
	while (last > first && (chunk[last]!.text === 'of' || chunk[last]!.text === "'")) last -= 1;
	if (dropsModifier(chunk.slice(first, last + 1))) first += 1;
	const kept = chunk.slice(first, last + 1);
	const nameEnd = kept.findIndex((token) => !isName(token) && token.text !== 'and');
	// "Chairside assistance" opening a bullet: a capital that starts the sentence is no name.
	const capitalOfSentence = nameEnd === 1 && kept[0] === chunk[0] && startsSentence;
	if (nameEnd > 0 && !capitalOfSentence) {
		const tail = kept.slice(nameEnd);
		const everyday = tail.every(
			(token) => /^\p{Ll}/u.test(token.text) && isGeneralEnglish(token.text)
		);
		if (everyday) return kept.slice(0, nameEnd);
	}
	return kept;
}

/** Where the job is, not what it asks: a name on its own that is a country or a region. */
const REGIONS = new Set(
	`africa america american asia australia australian britain british canada england english
	europe european france germany india ireland london nordic scandinavia scandinavian scotland
	scottish wales welsh`.split(/\s+/)
);

const ACTIVITY = /^\p{Ll}{4,}(?:ing|ion|ment|ance|ence|ship|ogy|ure|sis|ism)s?$/u;

/** Whether a trimmed chunk names something specific enough to be screened for. */
export function worthKeeping(
	chunk: Placed[],
	lineStart: number,
	maxWords: number,
	inList = false
): boolean {
	if (chunk.length === 0) return false;
	const inName = (token: Placed) => isName(token) || /^(?:and|&|of)$/.test(token.text);
	if (chunk.length > (chunk.every(inName) ? NAME_MAX_WORDS : maxWords)) return false;
	if (chunk.every(isCommon)) return false;
	if (chunk.length > 1) return true;
	const word = chunk[0]!;
	// "B+E", "24Q": short, but a code; "use", "key": short and everyday.
	if ((word.text.length <= 3 && !/[+\d]/.test(word.text)) || isCommon(word)) return false;
	// A capitalised word inside a line is a name ("learning journals on Tapestry"); at the line's
	// start it may be any word.
	if (isName(word)) {
		const everyday = isGeneralEnglish(word.text) && word.named !== true;
		return word.start > lineStart && !everyday && !REGIONS.has(lower(word));
	}
	// One lowercase word: a specific noun ("phlebotomy", "telematics"), not an everyday one.
	const gerund = word.pos === 'VERB' && /ing$/i.test(word.text);
	if (!(word.pos === 'NOUN' || gerund)) return false;
	return !isGeneralEnglish(word.text) || (inList && ACTIVITY.test(word.text));
}
