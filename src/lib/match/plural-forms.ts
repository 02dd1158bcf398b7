/**
 * One spelling for the singular and the plural of a term found by its words ("risk assessment" in
 * one ad, "risk assessments" in the next, "mediations" in the ad and "mediation" on the CV), so
 * that ads agreeing on it count together and a CV that names it covers it.
 */

/** Words whose final "s" is not a plural ending: "analysis", "logistics", "status", "class". */
const NOT_PLURAL =
	/(?:ss|is|us|ics|ous|[^\p{L}]s)$|^(?:goods|news|series|species|premises|means)$/u;

/** "appointments" -> "appointment", "enquiries" -> "enquiry", "boxes" -> "box". */
export function singular(word: string): string {
	if (word.length <= 3 || !/s$/.test(word) || NOT_PLURAL.test(word.toLowerCase())) return word;
	if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
	if (/(?:ch|sh|x|zz)es$/.test(word)) return word.slice(0, -2);
	return word.slice(0, -1);
}

/** The phrase with its last word in the singular: "Karl Fischer titrations" -> "... titration". */
export function singularPhrase(phrase: string): string {
	const at = phrase.search(/\S+$/);
	return at < 0 ? phrase : phrase.slice(0, at) + singular(phrase.slice(at));
}

/** A pattern source matching the phrase's last word in the singular or the plural. */
export function pluralTolerant(escaped: string): string {
	if (/y$/.test(escaped)) return `${escaped.slice(0, -1)}(?:y|ies)`;
	return `${escaped}(?:s|es)?`;
}
