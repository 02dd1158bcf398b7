import type { TermMention } from './find-mentions';
import { foldText } from './fold-text';
import { isSchoolSubject } from './sense-checks';

/**
 * Whether the line asks for a term the vocabulary named: a degree where the line speaks of
 * studies, a language where it speaks of speaking it, nothing the line waives ("not required").
 */
const DEGREE_CONTEXT =
	/\b(?:degree|bachelor|master|msc|bsc|ba|ma|mba|phd|diploma|graduate|graduated|studies|major|background in)\b/i;
const LANGUAGE_CONTEXT =
	/\b(?:fluent|fluency|language|languages|speak|speaking|spoken|written|native|proficien\w*|bilingual|communication|plus|advantage|required|level|good|very good|excellent|strong|professional|business|working|basic|conversational|mother tongue|command of|[abc][12])\b/i;
/** Words after a language name that keep it a language ("German and English", "German (C1)"). */
const AFTER_A_LANGUAGE =
	/^(?:$|[^\p{L}]|(?:and|or|as|is|are|at|to|a|an|would|will|both|skills|language|languages|speaker|speakers|speaking|spoken|written|level|proficiency|fluency|required|preferred|desirable|essential|mandatory|plus|nice|beneficial|native|mother)\b)/iu;
/** "We are hiring", "St. Mary's is now recruiting": the employer speaking, not a requirement. */
const ANNOUNCES_OPENING = /\b(?:is|are|we're|now|currently)\s+$/i;
/** "German is not required", "Kubernetes not needed": named, but not asked for. */
const NOT_ASKED =
	/^[^.;,]{0,12}\bnot (?:required|necessary|needed|a must|essential|expected|mandatory)\b/i;

export function contextAllows(mention: TermMention, line: string): boolean {
	const after = foldText(line.slice(mention.end));
	if (NOT_ASKED.test(after)) return false;
	if (
		mention.entry.canonical === 'hiring' &&
		ANNOUNCES_OPENING.test(line.slice(0, mention.start))
	) {
		return false;
	}
	if (mention.entry.context === 'degree') return DEGREE_CONTEXT.test(line);
	if (mention.entry.context === 'language') {
		if (isSchoolSubject(line)) return false;
		// "German labour law", "a French company": the name of a language used as an adjective.
		return LANGUAGE_CONTEXT.test(line) && AFTER_A_LANGUAGE.test(after.trimStart());
	}
	return true;
}
