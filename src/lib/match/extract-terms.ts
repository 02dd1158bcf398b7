import type { Job } from '$lib/domain/job';
import { findMentions, type TermMention } from './find-mentions';
import { foldText } from './fold-text';
import type { TermKind } from './vocabulary';

/** A key term of the job: a skill, tool or qualification, weighted by how much the ads stress it. */
export interface Term {
	/** As the main ad spells it ("Postgres"), or the first similar ad that names it. */
	term: string;
	/** The vocabulary's name for it ("PostgreSQL"); for a term found by shape, as written. */
	canonical: string;
	weight: number;
	/** How many of the ads (main and similar) name it. */
	adsContaining: number;
	kind: TermKind;
}

const DEGREE_CONTEXT =
	/\b(?:degree|bachelor|master|msc|bsc|ba|ma|mba|phd|diploma|graduate|graduated|studies|major|background in)\b/i;
const LANGUAGE_CONTEXT =
	/\b(?:fluent|fluency|language|languages|speak|speaking|spoken|written|native|proficien\w*|bilingual|communication|plus|advantage|required|level|[abc][12])\b/i;
const REQUIREMENT_CUES =
	/\b(?:experience (?:with|in)|knowledge of|familiar\w*|proficien\w*|hands-on|expertise|skills?|tools?|stack|technologies|you (?:have|bring|know)|must|nice to have|is a plus|background)\b/i;
const BULLET = /^\s*(?:[-•*·▪–]|\d+[.)])\s+/;
/** Codes that look like tools by shape but are not things a CV is screened for. */
const NOT_TERMS = new Set(
	'API EU US USA UK CEO CTO CFO COO CIO CMO VP HR IT OR AND FTE PTO WFH HQ NYC APAC EMEA DACH LATAM ETA ASAP CV TBD FAQ AM PM ID OK PS NB USD EUR CHF GBP'.split(
		' '
	)
);

interface Occurrence {
	canonical: string;
	surface: string;
	kind: TermKind;
}

function contextAllows(mention: TermMention, line: string): boolean {
	if (mention.entry.context === 'degree') return DEGREE_CONTEXT.test(line);
	if (mention.entry.context === 'language') return LANGUAGE_CONTEXT.test(line);
	return true;
}

/**
 * Tool-like names the vocabulary does not know, taken only from requirement lines: CamelCase
 * ("ClickUp"), letters with digits ("H100"), ".js"/".io" names, and short all-capital codes.
 */
function unknownTools(line: string, mentions: TermMention[]): Occurrence[] {
	const folded = foldText(line);
	if (!BULLET.test(folded) && !REQUIREMENT_CUES.test(folded)) return [];
	const found: Occurrence[] = [];
	for (const match of folded.matchAll(/(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{N}.+#]*[\p{L}\p{N}+#]/gu)) {
		const start = match.index;
		const end = start + match[0].length;
		if (mentions.some((mention) => start < mention.end && end > mention.start)) continue;
		const token = match[0];
		const camelCase = /^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*$/u.test(token);
		const lettersAndDigits = /\p{L}/u.test(token) && /\d/.test(token) && !/^\d/.test(token);
		const dottedName = /\.(?:js|io|ai|net)$/i.test(token);
		const code = /^\p{Lu}{2,6}s?$/u.test(token) && !NOT_TERMS.has(token.replace(/s$/, ''));
		if (camelCase || lettersAndDigits || dottedName || code) {
			found.push({ canonical: token.replace(/(?<=\p{Lu})s$/u, ''), surface: token, kind: 'tool' });
		}
	}
	return found;
}

function occurrencesIn(ad: string): Occurrence[] {
	return ad.split(/\r?\n/).flatMap((line) => {
		const mentions = findMentions(line);
		return [
			...mentions
				.filter((mention) => contextAllows(mention, line))
				.map((mention) => ({
					canonical: mention.entry.canonical,
					surface: mention.text,
					kind: mention.entry.kind
				})),
			...unknownTools(line, mentions)
		];
	});
}

interface Tally {
	occurrence: Occurrence;
	inMain: boolean;
	ads: number;
	mentions: number;
}

/**
 * The key terms of a job, heaviest first. A term counts once per ad it appears in, plus one for
 * being in the main ad, plus a little for repetition (capped, so an ad that repeats a word ten
 * times does not drown the rest). Terms only in similar ads are kept when at least two of them
 * agree: that is the market speaking, even if this ad forgot to say it.
 */
export function extractTerms(job: Pick<Job, 'description' | 'similarDescriptions'>): Term[] {
	const ads = [job.description, ...job.similarDescriptions].filter((ad) => ad.trim() !== '');
	const tallies = new Map<string, Tally>();
	ads.forEach((ad, adIndex) => {
		const seenInThisAd = new Set<string>();
		for (const occurrence of occurrencesIn(ad)) {
			const key = occurrence.canonical.toLowerCase();
			const tally = tallies.get(key) ?? { occurrence, inMain: false, ads: 0, mentions: 0 };
			tally.mentions += 1;
			if (!seenInThisAd.has(key)) {
				seenInThisAd.add(key);
				tally.ads += 1;
				if (adIndex === 0 && job.description.trim() !== '') {
					tally.inMain = true;
					tally.occurrence = { ...tally.occurrence, surface: occurrence.surface };
				}
			}
			tallies.set(key, tally);
		}
	});
	return [...tallies.values()]
		.filter((tally) => tally.inMain || tally.ads >= 2)
		.map((tally) => ({
			term: tally.occurrence.surface,
			canonical: tally.occurrence.canonical,
			kind: tally.occurrence.kind,
			adsContaining: tally.ads,
			weight: tally.ads + (tally.inMain ? 1 : 0) + 0.25 * Math.min(tally.mentions - tally.ads, 4)
		}))
		.sort((a, b) => b.weight - a.weight || a.canonical.localeCompare(b.canonical));
}
