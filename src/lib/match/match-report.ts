import type { Session } from '$lib/domain';
import { coverage, termFinder, type Coverage } from './coverage';
import { extractTerms, type Term } from './extract-terms';
import { profileText } from './profile-text';

/**
 * What the match panel shows: the job's key terms and how the CV covers them. Both figures
 * measure the same thing, the CV as the export writes it, so they can be compared: a draft
 * counts as the person's own text in both, as it is exported.
 */
export interface MatchReport {
	terms: Term[];
	/** The CV with nothing tailored: the person's own text for every role and project. */
	before: Coverage;
	/** The CV as it would be exported now: accepted items tailored, the rest as written. */
	after: Coverage;
	/** Missing from the CV but named in the person's own data: worth asking the next regenerate for. */
	suggestions: Term[];
	/** Missing from the CV and from the person's data: shown as gaps, never pushed into the CV. */
	gaps: Term[];
}

/** The ads' key terms the key-qualifications answer named, if it has been generated. */
function modelTerms(session: Session): string[] {
	return session.cv.sections
		.flatMap((section) => section.items)
		.filter((item) => item.kind === 'key_qualifications')
		.flatMap((item) => item.content.keyTerms ?? []);
}

/**
 * The CV's words twice, as the export writes them (export/cv-plain-text.ts): untailored, and as
 * it would be exported now. The report compares them; it does not build the CV itself.
 */
export interface CvTexts {
	untailored: string;
	exported: string;
}

export function matchReport(session: Session, cv: CvTexts): MatchReport {
	const terms = extractTerms(session.job, undefined, modelTerms(session));
	const before = coverage(terms, cv.untailored);
	const after = coverage(terms, cv.exported);
	const personNames = termFinder(profileText(session.profile));
	return {
		terms,
		before,
		after,
		suggestions: after.missing.filter(personNames),
		gaps: after.missing.filter((term) => !personNames(term))
	};
}

/** Feedback text for a regenerate that asks for the suggested terms, only where they are true. */
export function suggestionFeedback(suggestions: Term[]): string {
	if (suggestions.length === 0) return '';
	const names = suggestions.map((term) => term.term);
	return `Where my own experience supports it, mention: ${names.join(', ')}.`;
}
