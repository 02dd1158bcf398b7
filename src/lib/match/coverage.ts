import type { Term } from './extract-terms';
import { findMentions } from './find-mentions';
import { foldText } from './fold-text';
import { pluralTolerant } from './plural-forms';
import { vocabularyEntry } from './vocabulary';

/** How much of a job's key terms a text covers, weighted by the terms' weights. */
export interface Coverage {
	covered: Term[];
	missing: Term[];
	/** 0–100, rounded; 0 when the job has no key terms. */
	percent: number;
}

/** A higher degree answers a requirement for a lower one. */
const SATISFIED_BY: Record<string, string[]> = {
	"bachelor's degree": ["master's degree", 'mba', 'phd', 'bsn', 'msn'],
	"master's degree": ['mba', 'phd', 'msn'],
	bsn: ['msn']
};

function escape(text: string): string {
	return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Reads `text` once and answers, for any term, whether it names it. */
export function termFinder(text: string): (term: Term) => boolean {
	const named = new Set(findMentions(text).map((mention) => mention.entry.canonical.toLowerCase()));
	const folded = foldText(text);
	return (term) => {
		const key = term.canonical.toLowerCase();
		if (vocabularyEntry(term.canonical)) {
			return named.has(key) || (SATISFIED_BY[key] ?? []).some((higher) => named.has(higher));
		}
		// A term found by its shape or its words ("ClickUp", "risk assessment"): the same name,
		// any case, as a whole word, its last word in the singular or the plural.
		const pattern = new RegExp(
			`(?<![\\p{L}\\p{N}])${pluralTolerant(escape(term.canonical))}(?![\\p{L}\\p{N}])`,
			'iu'
		);
		return pattern.test(folded);
	};
}

export function coverage(terms: Term[], text: string): Coverage {
	const names = termFinder(text);
	const covered: Term[] = [];
	const missing: Term[] = [];
	for (const term of terms) (names(term) ? covered : missing).push(term);
	const total = terms.reduce((sum, term) => sum + term.weight, 0);
	const got = covered.reduce((sum, term) => sum + term.weight, 0);
	return { covered, missing, percent: total === 0 ? 0 : Math.round((100 * got) / total) };
}

/** Whether the person's own data names the term, so it may be suggested for the next regenerate. */
export function isSupportedBy(term: Term, text: string): boolean {
	return termFinder(text)(term);
}
