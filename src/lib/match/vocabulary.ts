import { CROSS_FIELD_LISTS, LANGUAGES, PROFESSION_LISTS } from './vocabulary-lists';

/**
 * The curated vocabulary of skills, tools and qualifications that job ads ask for: since issue 17
 * a precision aid (canonical names, synonyms, senses), no longer the gate, as the phrase finder
 * reads terms from any ad's own language. vocabulary-lists/ holds the first, cross-field lists
 * (software, data, product, marketing, finance, nursing, operations) and one list per profession (sales, support, HR,
 * legal, education, healthcare, accounting and audit, supply chain, engineering, security,
 * DevOps, design, …), each written from what that profession's CVs and ads contain in general.
 * Written as a broad list of what recruiters screen for, not fitted to any set of ads: the
 * product meets ads nobody here has seen.
 *
 * Each line is `canonical|alias|alias…`. An alias starting with "=" matches only in that exact
 * case: it is also an everyday word or a short code ("Go", "Excel", "R", "Spark", "Lean").
 * Matching already tolerates case, plurals, UK/US spelling (-ise/-ize, modelling/modeling,
 * labour/labor, centre/center) and space/hyphen variants, so aliases list only real synonyms
 * and abbreviations.
 */
export const TERM_KINDS = ['tool', 'skill', 'qualification', 'certification'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * Where an entry counts when it is read from a job ad. Fields of study ("finance", "marketing")
 * are everyday words outside a degree requirement; spoken languages are nationalities or
 * company facts outside a language requirement.
 */
export type TermContext = 'anywhere' | 'degree' | 'language';

export interface VocabularyAlias {
	text: string;
	caseSensitive: boolean;
}

/**
 * One field's entries (vocabulary-lists/), a block per kind in the line format above. Degree
 * fields count only in a degree requirement; everything else counts anywhere.
 */
export interface VocabularyList {
	tools?: string;
	skills?: string;
	qualifications?: string;
	certifications?: string;
	degreeFields?: string;
}

export interface VocabularyEntry {
	canonical: string;
	kind: TermKind;
	context: TermContext;
	aliases: VocabularyAlias[];
}

function parseEntries(block: string, kind: TermKind, context: TermContext): VocabularyEntry[] {
	return block
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const aliases = line.split('|').map((alias) => ({
				text: alias.replace(/^=/, ''),
				caseSensitive: alias.startsWith('=')
			}));
			const canonical = aliases[0]?.text ?? line;
			return { canonical, kind, context, aliases };
		});
}

function parseList(list: VocabularyList): VocabularyEntry[] {
	return [
		...parseEntries(list.tools ?? '', 'tool', 'anywhere'),
		...parseEntries(list.skills ?? '', 'skill', 'anywhere'),
		...parseEntries(list.qualifications ?? '', 'qualification', 'anywhere'),
		...parseEntries(list.certifications ?? '', 'certification', 'anywhere'),
		...parseEntries(list.degreeFields ?? '', 'qualification', 'degree')
	];
}

export const VOCABULARY: readonly VocabularyEntry[] = [
	...CROSS_FIELD_LISTS.flatMap(parseList),
	...PROFESSION_LISTS.flatMap(parseList),
	...parseEntries(LANGUAGES, 'qualification', 'language')
];

const BY_CANONICAL = new Map(VOCABULARY.map((entry) => [entry.canonical.toLowerCase(), entry]));

/** The vocabulary entry a canonical name belongs to, if it is one of ours. */
export function vocabularyEntry(canonical: string): VocabularyEntry | undefined {
	return BY_CANONICAL.get(canonical.toLowerCase());
}
