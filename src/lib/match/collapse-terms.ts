import type { Term } from './extract-terms';

/** "III" after "Certificate", "IV": a roman numeral is a level of something, never a term alone. */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;

/**
 * "PGCE/ITT" when "PGCE" and "ITT" are terms too: the slash offers a choice between them, and a
 * CV names one of them, never the pair.
 */
function isChoiceOfTerms(term: Term, names: Set<string>): boolean {
	const parts = term.term.split('/');
	return parts.length > 1 && parts.every((part) => names.has(part.trim().toLowerCase()));
}

/**
 * "GSTR" beside "GSTR-1", "RNA" beside "RNA-seq", "HTM 01" beside "HTM 01-05": a piece of a code.
 * Not "UKAS" beside "UKAS-accredited methods", where the name stands on its own.
 */
function isPieceOfACode(term: Term, all: readonly Term[]): boolean {
	const piece = `${term.term.toLowerCase()}-`;
	return all.some((other) => {
		const name = other.term.toLowerCase();
		return name.startsWith(piece) && !/^\p{L}+(?:ed|ing)\b/u.test(name.slice(piece.length));
	});
}

/**
 * The terms as a recruiter would list them: one entry for what the ad asks, not also its pieces or
 * the choice between two of them.
 */
export function collapseTerms(terms: readonly Term[]): Term[] {
	const names = new Set(terms.map((term) => term.term.toLowerCase()));
	return terms.filter(
		(term) =>
			!ROMAN_NUMERAL.test(term.term) &&
			!isChoiceOfTerms(term, names) &&
			!isPieceOfACode(term, terms)
	);
}
