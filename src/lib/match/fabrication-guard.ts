import type { Finding, FindingKind } from '$lib/domain/finding';
import type { ItemContent } from '$lib/domain/structured-cv';
import { findMentions, type TermMention } from './find-mentions';
import { findInflation } from './find-inflation';
import { findNamedEntities } from './find-named-entities';
import { findQuantities, type Quantity } from './find-quantities';
import type { GuardSources } from './guard-sources';
import {
	buildSupportIndex,
	normalizePhrase,
	supportsDurationMonths,
	supportsCredential,
	supportsPercentage,
	supportsPhrase,
	supportsRatio,
	supportsValue,
	type SupportIndex
} from './support-index';

/**
 * The fabrication guard: every number, percentage, amount of money, date, organization, product,
 * tool and certification in generated CV text that the person's own data does not back.
 *
 * Faithful rewording passes: "about 12 a week" → "~12", "two" → "2", "60 million" → "60M",
 * "3,000" → "3000", "18 months" → "a year and a half", "Postgres" → "PostgreSQL", a year of the
 * role's own dates. A figure the person did not state is flagged even when it could be computed
 * from theirs ("12 → 1" written as "cut failures by 90%"): the person decides whether to keep it.
 */
interface Claim {
	kind: FindingKind;
	start: number;
	end: number;
	supported: (index: SupportIndex) => boolean;
}

const MAX_FINDING_TEXT = 200;
const QUALIFIED_SUFFIX = /-(?:qualified|certified|registered|accredited|trained|approved|level)$/i;
const SPOKEN_AS_YEARS_OF_EXPERIENCE = /^[^.;]{0,40}\bexperience\b/i;

function termClaim(mention: TermMention, segment: string): Claim | undefined {
	const { entry } = mention;
	if (entry.kind === 'tool') {
		return {
			kind: 'tool',
			start: mention.start,
			end: mention.end,
			supported: (index) =>
				index.terms.has(entry.canonical.toLowerCase()) || supportsPhrase(index, mention.text)
		};
	}
	const isCredential =
		entry.kind === 'certification' ||
		(entry.kind === 'qualification' && entry.context === 'anywhere');
	if (!isCredential) return undefined;
	// "… Data Engineer certification": the finding covers the whole name the reader sees.
	const trailing = /^[\s-]+(?:certification|certificate)\b/i.exec(segment.slice(mention.end));
	return {
		kind: 'certification',
		start: mention.start,
		end: mention.end + (trailing?.[0].length ?? 0),
		supported: (index) => supportsCredential(index, entry.canonical, mention.text)
	};
}

function quantityClaim(quantity: Quantity, segment: string): Claim {
	const { start, end, value } = quantity;
	switch (quantity.kind) {
		case 'percentage':
			return {
				kind: 'percentage',
				start,
				end,
				supported: (index) => supportsPercentage(index, value)
			};
		case 'money':
			return { kind: 'money', start, end, supported: (index) => supportsValue(index, value) };
		case 'date':
			return {
				kind: 'date',
				start,
				end,
				supported: (index) => {
					const date = quantity.date ?? String(value);
					if (date.includes('-Q')) return index.quarters.has(date);
					if (date.includes('-')) return index.months.has(date);
					return index.years.has(date);
				}
			};
		case 'duration': {
			const aboutExperience =
				quantity.atLeast === true || SPOKEN_AS_YEARS_OF_EXPERIENCE.test(segment.slice(end));
			return {
				kind: 'number',
				start,
				end,
				supported: (index) =>
					supportsValue(index, value) ||
					(quantity.months !== undefined && supportsDurationMonths(index, quantity.months)) ||
					(aboutExperience &&
						quantity.months !== undefined &&
						index.experienceYears > 0 &&
						quantity.months <= index.experienceYears * 12)
			};
		}
		default:
			return { kind: 'number', start, end, supported: (index) => supportsValue(index, value) };
	}
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/** "Python 3.11", "Java 17": a version right after a tool is part of the tool's name. */
function isToolVersion(quantity: Quantity, mentions: TermMention[], segment: string): boolean {
	return mentions.some(
		(mention) =>
			mention.entry.kind === 'tool' &&
			mention.end <= quantity.start &&
			/^\s?v?$/.test(segment.slice(mention.end, quantity.start))
	);
}

/**
 * Vocabulary mentions that end a capitalised name. A capitalised skill glued to a name is part
 * of it ("DHL Supply Chain", "Zürich Data Engineering meetup"), so it does not.
 */
function namesBreakingMentions(mentions: TermMention[], segment: string): TermMention[] {
	return mentions.filter((mention) => {
		const titleCase = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(mention.text);
		if (mention.entry.kind !== 'skill' || !titleCase) return true;
		const textBefore = segment.slice(0, mention.start);
		const previousWord = /\p{Lu}[\p{L}\p{N}]* $/u.exec(textBefore);
		if (!previousWord) return true;
		// A capitalised first word is a verb or a heading ("Reduced CAC"), not part of a name.
		const earlier = textBefore.slice(0, previousWord.index);
		return earlier.trim() === '' || /[.!?:;]\s*$/.test(earlier);
	});
}

function claimsIn(segment: string): Claim[] {
	const mentions = findMentions(segment);
	const inflations = findInflation(segment);
	// "by two thirds" is one claim, judged as a ratio: its "two" is not a count of its own.
	const quantities = findQuantities(segment).filter(
		(quantity) =>
			!mentions.some((mention) => overlaps(mention, quantity)) &&
			!inflations.some((inflation) => overlaps(inflation, quantity)) &&
			!isToolVersion(quantity, mentions, segment)
	);
	const claims: Claim[] = [
		...mentions
			.map((mention) => termClaim(mention, segment))
			.filter((claim) => claim !== undefined),
		...quantities.map((quantity) => quantityClaim(quantity, segment))
	];
	for (const entity of findNamedEntities(segment, [
		...namesBreakingMentions(mentions, segment),
		...quantities
	])) {
		claims.push({
			kind: entity.kind,
			start: entity.start,
			end: entity.end,
			supported: (index) => {
				if (supportsPhrase(index, entity.text)) return true;
				// "MCIPD-qualified": the person's own credential with a suffix.
				const bare = entity.text.replace(QUALIFIED_SUFFIX, '');
				if (
					bare !== entity.text &&
					(supportsPhrase(index, bare) || supportsCredential(index, bare, bare))
				)
					return true;
				// "Answer in JSON", "SYSTEM:": the model repeating its instructions, not a claim.
				if (
					entity.kind !== 'certification' &&
					entity.words.every((word) => index.instructionWords.has(normalizePhrase(word)))
				) {
					return true;
				}
				const words = entity.words
					.filter(
						(word) =>
							!/^(?:of|de|du|der|la|van|von|certification|certificate|certified)$/i.test(word)
					)
					.map(normalizePhrase);
				if (entity.kind === 'certification') {
					return supportsCredential(index, words.join(' '), words.join(' '));
				}
				// Title Case phrases ("Cloud Data Platforms") made of the person's own words.
				return words.length > 1 && words.every((word) => index.words.has(word));
			}
		});
	}
	for (const inflation of inflations) {
		claims.push({
			kind: 'inflation',
			start: inflation.start,
			end: inflation.end,
			// "the top 5%" written by the person is theirs to keep; the article is not the claim.
			supported: (index) =>
				supportsPhrase(index, inflation.text) ||
				supportsPhrase(index, inflation.text.replace(/^(?:a|the|as)\s+/i, '')) ||
				inflation.ratios.some((ratio) => supportsRatio(index, ratio, inflation.hedged))
		});
	}
	return claims.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findingsIn(segment: string, bulletIndex: number, index: SupportIndex): Finding[] {
	return claimsIn(segment)
		.filter((claim) => !claim.supported(index))
		.map((claim) => ({
			kind: claim.kind,
			text: segment.slice(claim.start, claim.end).slice(0, MAX_FINDING_TEXT),
			bulletIndex,
			start: claim.start,
			end: claim.end,
			confirmed: false
		}));
}

/**
 * The unsupported claims in one generated item, paragraph first (bulletIndex -1), then each
 * bullet, left to right. Deterministic: the same content and sources give the same findings.
 * A claim made twice ("Terraform" in two bullets) is listed once, where it first appears: the
 * person answers for the claim, and confirming or removing it covers every mention.
 */
export function findUnsupportedClaims(generated: ItemContent, sources: GuardSources): Finding[] {
	const index = buildSupportIndex(sources);
	const findings = [
		...(generated.text.trim() === '' ? [] : findingsIn(generated.text, -1, index)),
		...generated.bullets.flatMap((bullet, bulletIndex) => findingsIn(bullet, bulletIndex, index))
	];
	const seen = new Set<string>();
	return findings.filter((finding) => {
		const key = normalizePhrase(finding.text);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Keeps the user's "true, I forgot to mention it" on findings that survive a re-check, so a
 * confirmed claim is not raised again while the profile catches up.
 */
export function keepConfirmations(previous: Finding[], next: Finding[]): Finding[] {
	const confirmed = new Set(
		previous
			.filter((finding) => finding.confirmed)
			.map((finding) => `${finding.kind}\u0000${finding.bulletIndex}\u0000${finding.text}`)
	);
	return next.map((finding) =>
		confirmed.has(`${finding.kind}\u0000${finding.bulletIndex}\u0000${finding.text}`)
			? { ...finding, confirmed: true }
			: finding
	);
}
