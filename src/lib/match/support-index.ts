import { findMentions } from './find-mentions';
import { findQuantities } from './find-quantities';
import { foldText } from './fold-text';
import type { GuardSources } from './guard-sources';

/**
 * Everything in a person's sources a generated claim can be checked against, computed once per
 * item: the numbers they stated (in any spelling), their percentages, durations, dates, the
 * vocabulary terms they named and their words.
 */
export interface SupportIndex {
	values: number[];
	/** Ratios of neighbouring figures in one source ("from 12% to 21%": 1.75 and 0.57). */
	ratios: number[];
	percentages: number[];
	durationMonths: number[];
	years: Set<string>;
	months: Set<string>;
	quarters: Set<string>;
	/** Canonical names of the tools and certificates the sources name, lower case. */
	terms: Set<string>;
	/** All source text, folded, lower case, single-spaced, with sentinels between sources. */
	text: string;
	/** Certificates, degrees and schools: they back a credential anywhere, nothing else. */
	credentialTerms: Set<string>;
	credentialText: string;
	words: Set<string>;
	experienceYears: number;
	/** Words of the prompts' own instructions, lower case. */
	instructionWords: ReadonlySet<string>;
}

export function normalizePhrase(text: string): string {
	return foldText(text)
		.toLowerCase()
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}+#&./-]+/gu, ' ')
		.trim();
}

export function buildSupportIndex(sources: GuardSources): SupportIndex {
	const own = sources.texts;
	const index: SupportIndex = {
		values: [],
		ratios: [],
		percentages: [],
		durationMonths: [],
		years: new Set(),
		months: new Set(),
		quarters: new Set(),
		terms: new Set(),
		text: '',
		credentialTerms: new Set(),
		credentialText: '',
		words: new Set(),
		experienceYears: sources.experienceYears,
		instructionWords: sources.instructionWords ?? new Set()
	};
	for (const date of sources.dates) {
		const match = /^(\d{4})(?:-(\d{2}))?$/.exec(date);
		if (!match?.[1]) continue;
		index.years.add(match[1]);
		if (match[2]) index.months.add(date);
	}
	for (const text of own) {
		const quantities = findQuantities(text, { includeOne: true });
		quantities.forEach((quantity, position) => {
			const next = quantities[position + 1];
			if (
				next &&
				next.kind !== 'date' &&
				quantity.kind !== 'date' &&
				quantity.value > 0 &&
				next.value > 0
			) {
				index.ratios.push(next.value / quantity.value, quantity.value / next.value);
			}
		});
		for (const quantity of quantities) {
			index.values.push(quantity.value);
			if (quantity.kind === 'percentage') index.percentages.push(quantity.value);
			if (quantity.months !== undefined) index.durationMonths.push(quantity.months);
			if (quantity.kind === 'date' && quantity.date) {
				index.years.add(String(quantity.value));
				if (quantity.date.includes('-Q')) index.quarters.add(quantity.date);
				else if (quantity.date.includes('-')) index.months.add(quantity.date);
			}
			// A year mentioned as a plain number ("in 2023 we…") still dates the work.
			if (quantity.kind === 'number' && Number.isInteger(quantity.value)) {
				index.years.add(String(quantity.value));
			}
		}
		for (const mention of findMentions(text))
			index.terms.add(mention.entry.canonical.toLowerCase());
	}
	for (const text of sources.credentials) {
		for (const mention of findMentions(text)) {
			index.credentialTerms.add(mention.entry.canonical.toLowerCase());
		}
	}
	index.credentialText = ` ${sources.credentials.map(normalizePhrase).join(' | ')} `;
	const phrases = [...own, ...sources.names].map(normalizePhrase);
	index.text = ` ${phrases.join(' | ')} `;
	for (const word of index.text.split(/[\s|]+/)) if (word !== '') index.words.add(word);
	return index;
}

function contains(values: number[], value: number): boolean {
	return values.some(
		(candidate) => Math.abs(candidate - value) <= 1e-9 * Math.max(1, Math.abs(value))
	);
}

export function supportsValue(index: SupportIndex, value: number): boolean {
	return contains(index.values, value);
}

export function supportsPercentage(index: SupportIndex, value: number): boolean {
	return contains(index.percentages, value);
}

export function supportsDurationMonths(index: SupportIndex, months: number): boolean {
	return contains(index.durationMonths, months);
}

/** Whole-phrase match on word boundaries: "Helvetia Freight" is backed by "Helvetia Freight AG". */
export function supportsPhrase(
	index: SupportIndex,
	phrase: string,
	within: 'own' | 'credentials' = 'own'
): boolean {
	const normalized = normalizePhrase(phrase);
	if (normalized === '') return true;
	const escaped = normalized.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
	const text = within === 'own' ? index.text : index.credentialText;
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** A certificate or degree is backed by the person's records or by the sources of the item. */
export function supportsCredential(
	index: SupportIndex,
	canonical: string,
	phrase: string
): boolean {
	const key = canonical.toLowerCase();
	return (
		index.terms.has(key) ||
		index.credentialTerms.has(key) ||
		supportsPhrase(index, phrase) ||
		supportsPhrase(index, phrase, 'credentials')
	);
}

/**
 * "Doubled" over the person's "from 40 to 81": a change by a factor is backed when two
 * neighbouring figures of one of the person's sources stand in that ratio (within a tenth);
 * "nearly doubled" also by a ratio up to a quarter below it ("from 12% to 21%"), and any
 * change by one a little beyond it ("halved" for "from 14 to 6"). Narrow, since a pair of the
 * person's figures counts in either direction.
 */
export function supportsRatio(index: SupportIndex, ratio: number, hedged = false): boolean {
	return index.ratios.some((candidate) => {
		const away = Math.abs(candidate - ratio) / ratio;
		const below = Math.abs(candidate - 1) < Math.abs(ratio - 1);
		// "Halved" for 14 to 6 says less than the figures: an understatement is not inflation.
		const beyond = (candidate - 1) * (ratio - 1) > 0 && !below;
		return away <= 0.1 || (hedged && below && away <= 0.25) || (beyond && away <= 0.15);
	});
}
