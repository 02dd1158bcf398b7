import { foldText } from './fold-text';
import type { TermMention } from './find-mentions';
import type { TermKind } from './vocabulary';

/** A term the vocabulary does not know, found by its shape or by how the ad asks for it. */
export interface UnknownTerm {
	canonical: string;
	surface: string;
	kind: TermKind;
	start: number;
	end: number;
}

/** Codes that look like tools by shape but are not things a CV is screened for. */
const NOT_TERMS = new Set(
	(
		'API EU US USA UK CEO CTO CFO COO CIO CMO VP HR IT OR AND FTE PTO WFH HQ NYC APAC EMEA DACH ' +
		'LATAM ETA ASAP CV TBD FAQ AM PM ID OK PS NB ISO R&D Q&A USD EUR CHF GBP JPY CNY INR ' +
		'AUD CAD NZD SEK NOK DKK PLN CZK HUF BRL MXN ZAR SGD HKD AED'
	).split(' ')
);

/**
 * A tool-like name: CamelCase ("ClickUp"), letters with digits ("H100"), ".js"/".io" names, an
 * all-capital code ("SOAR"), codes joined by & ("ATT&CK"), or a code with a standard's number
 * ("ISO 13485", "EN 1090"). A slash between unknown codes mostly offers a choice ("HNC/HND",
 * "CPA/ACCA"); the compound names written with one ("TCP/IP", "CI/CD") are in the vocabulary.
 * Two characters are too few to tell a code from an abbreviation of a role or a level ("L1",
 * "GP", "C1").
 */
const TOKEN =
	/(?<![\p{L}\p{N}&])[\p{L}][\p{L}\p{N}.+#]*[\p{L}\p{N}+#](?:&[\p{L}\p{N}]+)*(?: \d{1,5}(?![\d,.%:]))?/gu;

function looksLikeTool(token: string): boolean {
	if (token.length < 3) return false;
	const [name = token, number] = token.split(' ');
	if (number !== undefined) return /^\p{Lu}{2,6}$/u.test(name) && !NOT_TERMS.has(name);
	if (NOT_TERMS.has(token) || NOT_TERMS.has(token.replace(/s$/, ''))) return false;
	const camelCase = /^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*$/u.test(token);
	const lettersAndDigits = /\p{L}/u.test(token) && /\d/.test(token) && !/^\d/.test(token);
	const dottedName = /\.(?:js|io|ai|net)$/i.test(token);
	const code = /^\p{Lu}{2,6}s?$/u.test(token);
	const joinedCodes = /^\p{Lu}[\p{Lu}\d]*(?:&\p{Lu}[\p{Lu}\d]*)+$/u.test(token);
	return (
		camelCase || (lettersAndDigits && !token.includes('&')) || dottedName || code || joinedCodes
	);
}

function toolsByShape(folded: string, taken: (start: number, end: number) => boolean) {
	const found: UnknownTerm[] = [];
	for (const match of folded.matchAll(TOKEN)) {
		let token = match[0];
		// "Python 3": a number after a word that is not a code is a version or a count.
		if (token.includes(' ') && !looksLikeTool(token)) token = token.split(' ')[0] ?? token;
		const start = match.index;
		const end = start + token.length;
		if (taken(start, end) || !looksLikeTool(token)) continue;
		const canonical = token.replace(/(?<=\p{Lu})s$/u, '');
		found.push({ canonical, surface: token, kind: 'tool', start, end });
	}
	return found;
}

/**
 * What an ad asks for in so many words: "experience with X", "knowledge of X and Y",
 * "proficient in X", "X and Y skills". The clause after the cue (or before "skills") is cut at
 * qualifiers ("is a plus", "ideally", "such as") and split into its items.
 */
const ASKING_CUE =
	/\b(?:(?:experience|expertise|background|grounding|proficiency|knowledge|understanding|familiarity)(?: (?:working|gained))? (?:in|with|of|using)|(?:proficient|skilled|experienced|versed|competent|confident) (?:in|with|using|at))\s+/gi;
const SKILLS_CLAUSE = /([\p{L}][\p{L}\s,'-]*?)\s+skills\b/giu;
const CLAUSE_END =
	/\s*(?:[.;:()!?]|\s-\s|\bis (?:a )?(?:plus|bonus|an advantage|preferred|required|desirable|essential|expected|welcome)|\bare (?:a )?(?:plus|preferred|required|desirable|essential|expected|welcome)|\b(?:ideally|preferably|preferred|desirable|such as|including|like|e\.g\.|i\.e\.|incl\.|would be|as well as|to (?:\p{L}+)|for (?:\p{L}+)|from|within|across|at least)\b)/iu;
const ITEM_SEPARATOR = /\s*(?:,|\/|\band\b|\bor\b|&)\s*/i;
const LEADING_WORDS =
	/^(?:(?:of|in|with|a|an|the|all|any|other|similar|relevant|related|common|modern|basic|solid|strong|good|great|deep|sound|proven|excellent|advanced|working|practical|some|various|different|several|both|key|core|general|typical|current|outstanding|exceptional|very|highly|hands-on|demonstrable|demonstrated|extensive|thorough|in-depth|first-class|clear|effective|fluent|professional)\s+)+/i;
/** Words that make an item a circumstance ("a fast-growing company") rather than a skill. */
const NOT_SKILL_WORDS = new Set(
	(
		'year years month months experience environment environments team teams company companies ' +
		'role roles position industry industries sector field fields area areas similar related ' +
		'equivalent etc things way ways ability abilities work working tools tool systems setting ' +
		'settings organisation organization organisations organizations business businesses ' +
		'startup startups start-up start-ups agency agencies firm firms client clients customer ' +
		'customers people person level levels degree degrees background knowledge understanding ' +
		'experience projects project product products world market markets range variety number ' +
		'lot plus skills skill job jobs stakeholders manner approach attitude mindset passion ' +
		'interest desire willingness eagerness'
	).split(' ')
);
/** Last words that name a kind of thing, not a skill ("online platforms", "relevant norms"). */
const GENERIC_HEADS =
	/^(?:platforms?|frameworks?|norms|standards?|methods?|methodolog(?:y|ies)|techniques?|process(?:es)?|principles?|concepts?|practices?|regulations?|requirements?|procedures?|solutions?|technolog(?:y|ies)|applications?|software|topics?|issues?|tasks?|activities|matters|aspects?|basics|fundamentals|operations|functions?|services?|channels?|documents?|data)$/;
/** A skill named by one word is an activity or a discipline: "drafting", "mediation", "logistics". */
const ACTIVITY_NOUN = /(?:ing|ion|ics|ment|ance|ence|ship|ity|ogy|ure|sis|ism|acy)$/;

function skillItems(clause: string, clauseStart: number, taken: (s: number, e: number) => boolean) {
	const found: UnknownTerm[] = [];
	const end = CLAUSE_END.exec(clause)?.index ?? clause.length;
	let offset = 0;
	for (const part of clause.slice(0, end).split(ITEM_SEPARATOR)) {
		const at = clause.indexOf(part, offset);
		offset = at + part.length;
		const leading = LEADING_WORDS.exec(part)?.[0].length ?? 0;
		const item = part.slice(leading).trim();
		const words = item.split(/\s+/);
		if (
			item === '' ||
			words.length > 4 ||
			!words.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word)) ||
			!words.some((word) => word.length >= 4) ||
			words.some((word) => NOT_SKILL_WORDS.has(word)) ||
			GENERIC_HEADS.test(words.at(-1) ?? '') ||
			(words.length === 1 && !ACTIVITY_NOUN.test(item))
		) {
			continue;
		}
		const start = clauseStart + at + leading;
		if (taken(start, start + item.length)) continue;
		found.push({ canonical: item, surface: item, kind: 'skill', start, end: start + item.length });
	}
	return found;
}

function askedSkills(folded: string, taken: (start: number, end: number) => boolean) {
	const found: UnknownTerm[] = [];
	for (const cue of folded.matchAll(ASKING_CUE)) {
		const clauseStart = cue.index + cue[0].length;
		found.push(...skillItems(folded.slice(clauseStart), clauseStart, taken));
	}
	// The lazy clause pattern is slow on long lines: only run it where "skills" is written.
	const clauses = /\bskills\b/i.test(folded) ? folded.matchAll(SKILLS_CLAUSE) : [];
	for (const clause of clauses) {
		const text = clause[1] ?? '';
		// Only the words right before "skills", back to the start of their own phrase.
		const phraseStart = Math.max(text.lastIndexOf(' with '), text.lastIndexOf(' in ')) + 1;
		const phrase = text.slice(phraseStart);
		found.push(...skillItems(phrase, clause.index + phraseStart, taken));
	}
	return found;
}

/**
 * Terms in a requirement line that the vocabulary does not name: tool-like names by shape, and
 * skills the line asks for in so many words. Nothing that overlaps a vocabulary mention.
 */
export function findUnknownTerms(line: string, mentions: TermMention[]): UnknownTerm[] {
	const folded = foldText(line);
	const claimed: Array<{ start: number; end: number }> = [...mentions];
	const taken = (start: number, end: number) =>
		claimed.some((span) => start < span.end && end > span.start);
	const tools = toolsByShape(folded, taken);
	claimed.push(...tools);
	const skills = askedSkills(folded, taken).filter((skill, index, all) => {
		const duplicate = all.findIndex((other) => other.start === skill.start) !== index;
		return !duplicate;
	});
	return [...tools, ...skills].sort((a, b) => a.start - b.start);
}
