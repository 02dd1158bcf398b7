import { foldText } from './fold-text';

/** One line of a job ad that may name what the job asks for. */
export interface AdLine {
	/** As written (offsets of mentions refer to it). */
	text: string;
	/** A bullet or a line that speaks of requirements: where unknown names are trusted. */
	isRequirement: boolean;
}

const BULLET = /^\s*(?:[-•*·▪–]|\d+[.)])\s+/;
const REQUIREMENT_CUES =
	/\b(?:experience (?:with|in)|knowledge of|familiar\w*|proficien\w*|hands-on|expertise|skills?|tools?|stack|technologies|you (?:have|bring|know)|must|nice to have|is a plus|background)\b/i;

/**
 * Headings of what the employer gives rather than asks: salary, perks, benefits. A "budget",
 * "training" or "bike lease" named there is not a requirement. Whole-line match only, so that a
 * skill line such as "Benefits realisation and reporting" is not taken for one.
 */
const OFFER_HEADING =
	/^(?:what we offer(?: you)?|we offer|our offer|what you get|(?:our |the )?(?:benefits|perks)(?: (?:and|&) (?:benefits|perks))?|(?:our |the )?package|why join us|why work (?:with|for) us|what'?s in it for you)\s*[:!?]?$/i;
/** A single line that lists the offer inline: "Perks: …", "Benefits include …", "We offer …". */
const OFFER_LINE = /^(?:(?:perks|benefits)\s*(?::|include\b|including\b)|we offer\b)/i;
/** Prose about pay ("The minimum salary under the collective agreement is …"), not a duty. */
const PAY_LINE = /\b(?:salary|salaries|remuneration|gross per|per annum|pay range)\b/i;

/** A short line without a full stop, not a bullet: a section heading such as "Your profile". */
function isHeading(line: string): boolean {
	const trimmed = line.trim();
	if (trimmed === '' || BULLET.test(trimmed) || /[.,;]$/.test(trimmed)) return false;
	return trimmed.split(/\s+/).length <= 6;
}

/**
 * The lines of an ad that can carry requirements, in order: everything except the employer's
 * offer (a section under an offer heading, up to the next heading, and single offer lines).
 */
export function adLines(ad: string): AdLine[] {
	const lines: AdLine[] = [];
	let inOffer = false;
	for (const text of ad.split(/\r?\n/)) {
		const folded = foldText(text).trim();
		if (OFFER_HEADING.test(folded)) {
			inOffer = true;
			continue;
		}
		if (inOffer && isHeading(folded)) inOffer = false;
		if (inOffer || OFFER_LINE.test(folded)) continue;
		if (!BULLET.test(folded) && PAY_LINE.test(folded)) continue;
		lines.push({ text, isRequirement: BULLET.test(folded) || REQUIREMENT_CUES.test(folded) });
	}
	return lines;
}
