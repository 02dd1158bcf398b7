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
const PAY_LINE = /\b(?:salary|salaries|remuneration|gross per|per annum|pay range|pay is)\b/i;

/**
 * A paragraph of prose (an ad without bullet lists) mixes the employer's story with the duties:
 * each sentence is judged on its own. A sentence that speaks to the reader ("you'll be felling
 * …", "the successful candidate will have …") or says what is wanted ("is essential") carries
 * requirements as a bullet does.
 */
const PROSE_MIN_LENGTH = 160;
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“‘(]?[\p{Lu}\d])/u;
const ADDRESSES_READER =
	/\b(?:you(?:'ll|'d| will| would| need| must| should| can| have)?|your|the successful (?:candidate|applicant)|(?:is|are) (?:essential|desirable|required|expected|a must)|would be (?:a (?:big |real )?plus|an advantage|helpful|ideal))\b/i;

function sentences(text: string): string[] {
	return text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
}

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
		if (BULLET.test(folded) || folded.length < PROSE_MIN_LENGTH) {
			if (!BULLET.test(folded) && PAY_LINE.test(folded)) continue;
			const asks = REQUIREMENT_CUES.test(folded) || ADDRESSES_READER.test(folded);
			lines.push({ text, isRequirement: BULLET.test(folded) || asks });
			continue;
		}
		for (const sentence of sentences(text)) {
			const foldedSentence = foldText(sentence);
			if (PAY_LINE.test(foldedSentence)) continue;
			const asks = REQUIREMENT_CUES.test(foldedSentence) || ADDRESSES_READER.test(foldedSentence);
			lines.push({ text: sentence, isRequirement: asks });
		}
	}
	return lines;
}
