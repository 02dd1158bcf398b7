import type { Job } from '$lib/domain/job';
import { adLines } from './ad-lines';
import { collapseTerms } from './collapse-terms';
import { dutyPhrases } from './duty-phrases';
import { findMentions } from './find-mentions';
import { phrasesBeside, type Span } from './find-phrases';
import { findUnknownTerms } from './find-unknown-terms';
import { contextAllows } from './mention-context';
import { adSays, modelTermsInAds } from './model-terms';
import { currentTagger, type Tagger } from './phrase-tagger';
import { singularPhrase } from './plural-forms';
import { senseAllows } from './sense-checks';
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

interface Occurrence {
	canonical: string;
	surface: string;
	kind: TermKind;
	/** Found as a noun phrase by the tagger, not named by the vocabulary or by its shape. */
	phrase?: boolean;
}

/** A term the key-qualifications answer named, as the ad writes it (vocabulary name if it has one). */
function modelOccurrence(term: string): Occurrence {
	const whole = findMentions(term).find(
		(mention) => mention.start === 0 && mention.end === term.length
	);
	return whole
		? { canonical: whole.entry.canonical, surface: term, kind: whole.entry.kind }
		: { canonical: term.toLowerCase(), surface: term, kind: 'skill' };
}

/** Phrases of a requirement line beside what the vocabulary and tool-like names found. */
function phrasesIn(line: string, taken: Span[], tagger: Tagger) {
	return [...phrasesBeside(line, taken, tagger), ...dutyPhrases(line, tagger)].map((phrase) => ({
		canonical: singularPhrase(phrase.text.toLowerCase()),
		surface: phrase.text,
		kind: 'skill' as const,
		phrase: true
	}));
}

/**
 * The Tailor tab extracts again on every change of the session, over the same ads: each ad is
 * read once per tagger (the vocabulary alone before the tagger loads, then with it).
 */
const readAds = new WeakMap<Tagger | typeof VOCABULARY_ONLY, Map<string, Occurrence[]>>();
const VOCABULARY_ONLY = {};
const MAX_REMEMBERED_ADS = 200;

function occurrencesIn(ad: string, tagger: Tagger | null): Occurrence[] {
	const memo = readAds.get(tagger ?? VOCABULARY_ONLY) ?? new Map<string, Occurrence[]>();
	readAds.set(tagger ?? VOCABULARY_ONLY, memo);
	const remembered = memo.get(ad);
	if (remembered) return remembered;
	if (memo.size >= MAX_REMEMBERED_ADS) memo.clear();
	const found = readAd(ad, tagger);
	memo.set(ad, found);
	return found;
}

function readAd(ad: string, tagger: Tagger | null): Occurrence[] {
	return adLines(ad).flatMap((line) => {
		const sensible = (
			found: { start: number; end: number; text?: string; surface?: string },
			canonical: string
		) =>
			senseAllows({
				ad,
				line: line.text,
				isRequirement: line.isRequirement,
				start: found.start,
				end: found.end,
				canonical,
				surface: found.surface ?? found.text ?? ''
			});
		const named = findMentions(line.text);
		const mentions = named.filter((mention) => sensible(mention, mention.entry.canonical));
		const unknown = (line.isRequirement ? findUnknownTerms(line.text, mentions) : []).filter(
			(term) => sensible(term, term.canonical)
		);
		return [
			...mentions
				.filter((mention) => contextAllows(mention, line.text))
				.map((mention) => ({
					canonical: mention.entry.canonical,
					surface: mention.text,
					kind: mention.entry.kind
				})),
			...unknown,
			...(line.isRequirement && tagger ? phrasesIn(line.text, [...named, ...unknown], tagger) : [])
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
 * A named entry or tool counts in full; a phrase found by the tagger counts less, the more so the
 * shorter it is ("monitoring" is vaguer than "investigator site file").
 */
function specificity(occurrence: Occurrence): number {
	if (!occurrence.phrase) return 1;
	return 0.6 + 0.1 * Math.min(occurrence.surface.split(/\s+/).length, 3);
}

/**
 * The key terms of a job, heaviest first. A term counts once per ad it appears in, plus one for
 * being in the main ad, plus a little for repetition (capped, so an ad that repeats a word ten
 * times does not drown the rest). Terms only in similar ads are kept when at least two of them
 * agree: that is the market speaking, even if this ad forgot to say it.
 */
export function extractTerms(
	job: Pick<Job, 'description' | 'similarDescriptions'>,
	/** null: the vocabulary and shapes alone (as in the app before the tagger has loaded). */
	tagger: Tagger | null = currentTagger() ?? null,
	/** Key terms from the key-qualifications answer; only those the ads say are used. */
	modelTerms: readonly string[] = []
): Term[] {
	const ads = [job.description, ...job.similarDescriptions].filter((ad) => ad.trim() !== '');
	const tallies = new Map<string, Tally>();
	ads.forEach((ad, adIndex) => {
		const seenInThisAd = new Set<string>();
		for (const occurrence of occurrencesIn(ad, tagger)) {
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
	for (const term of modelTermsInAds(modelTerms, ads)) {
		const occurrence = modelOccurrence(term);
		const key = occurrence.canonical.toLowerCase();
		const known = tallies.get(key);
		if (known) {
			// Named by the model as well: it counts as fully as a named entry.
			known.occurrence = { ...known.occurrence, phrase: false };
			continue;
		}
		const inAds = ads.map((ad) => adSays(ad, term));
		tallies.set(key, {
			occurrence,
			inMain: inAds[0] === true && job.description.trim() !== '',
			ads: inAds.filter(Boolean).length,
			mentions: inAds.filter(Boolean).length
		});
	}
	const terms = [...tallies.values()]
		.filter((tally) => tally.inMain || tally.ads >= 2)
		.map((tally) => ({
			term: tally.occurrence.surface,
			canonical: tally.occurrence.canonical,
			kind: tally.occurrence.kind,
			adsContaining: tally.ads,
			weight:
				specificity(tally.occurrence) *
				(tally.ads + (tally.inMain ? 1 : 0) + 0.25 * Math.min(tally.mentions - tally.ads, 4))
		}))
		.sort((a, b) => b.weight - a.weight || a.canonical.localeCompare(b.canonical));
	return collapseTerms(terms);
}
