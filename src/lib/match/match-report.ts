import type { Job } from '$lib/domain/job';
import type { Profile } from '$lib/domain/profile';
import type { StructuredCv } from '$lib/domain/structured-cv';
import { coverage, termFinder, type Coverage } from './coverage';
import { acceptedCvText, profileText } from './cv-text';
import { extractTerms, type Term } from './extract-terms';

/** What the match panel shows: the job's key terms and how the CV covers them. */
export interface MatchReport {
	terms: Term[];
	/** The profile as written, before any tailoring. */
	before: Coverage;
	/** The accepted CV items plus the sections exported as written. */
	after: Coverage;
	/** Missing from the CV but named in the person's own data: worth asking the next regenerate for. */
	suggestions: Term[];
	/** Missing from the CV and from the person's data: shown as gaps, never pushed into the CV. */
	gaps: Term[];
}

export function matchReport(job: Job, profile: Profile, cv: StructuredCv): MatchReport {
	const terms = extractTerms(job);
	const ownText = profileText(profile);
	const before = coverage(terms, ownText);
	const after = coverage(terms, acceptedCvText(cv, profile));
	const personNames = termFinder(ownText);
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
