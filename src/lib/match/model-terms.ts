import { foldText } from './fold-text';

function wholeTerm(term: string): RegExp {
	const escaped = foldText(term)
		.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
		.replace(/ /g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Whether the ad says the term as a whole word or phrase. */
export function adSays(ad: string, term: string): boolean {
	return wholeTerm(term).test(foldText(ad));
}

/**
 * The key terms the key-qualifications answer names (issue 17), kept only where the ads say
 * them: the model reads any profession's ad well, but may not add a term the ad never wrote.
 * Matching is on whole words, ignoring case and accents; the ad's own spelling is returned.
 */
export function modelTermsInAds(modelTerms: readonly string[], ads: readonly string[]): string[] {
	const folded = ads.map((ad) => foldText(ad));
	const kept = new Map<string, string>();
	for (const raw of modelTerms) {
		const term = raw.trim().replace(/\s+/g, ' ');
		if (term.length < 2 || term.length > 60) continue;
		const pattern = wholeTerm(term);
		for (const ad of folded) {
			const match = pattern.exec(ad);
			if (!match) continue;
			const asWritten = match[0].replace(/\s+/g, ' ');
			if (!kept.has(asWritten.toLowerCase())) kept.set(asWritten.toLowerCase(), asWritten);
			break;
		}
	}
	return [...kept.values()];
}
