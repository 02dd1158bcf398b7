/**
 * Whether an answer is as long as its prompt asked: every key qualification asked for, at
 * least the fewest bullets a role or project asks for, a summary of whole sentences, a cover
 * letter within its word range (the one answer that can also be too long). Checked after
 * parsing, in every mode, since tidying drops duplicates and a model may simply write less.
 */
import { countWords, type ItemContent, type ItemKind } from '$lib/domain';
import type { ContentRules } from './pipeline-settings';
import { askedLetterWords } from './steps/cover-letter';

/** The executive summary prompt asks for this many sentences. */
export const SUMMARY_SENTENCES = { min: 3, max: 4 } as const;

export interface AnswerShortfall {
	/** How much is missing, to tell a better repair from a worse one. */
	missing: number;
	/** For the person, on the card: "4 of 10 qualifications". */
	message: string;
	/** For the model, in the repair ask. */
	ask: string;
	/** Longer than asked rather than shorter (a cover letter). */
	tooLong?: boolean;
}

/** Sentences end with . ! or ? before a capital, a digit or the end ("e.g. this" is one). */
export function countSentences(text: string): number {
	const trimmed = text.trim();
	if (trimmed === '') return 0;
	return trimmed.split(/(?<=[.!?])\s+(?=["“(]?[\p{Lu}\d])/u).length;
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

function shortList(got: number, min: number, max: number, unit: string): AnswerShortfall {
	const asked = min === max ? String(min) : `${min} to ${max}`;
	return {
		missing: min - got,
		message: min === max ? `${got} of ${min} ${unit}` : `${got} ${unit}; ${asked} were asked`,
		ask: `The earlier version has only ${got} ${unit}; ${asked} were asked for. Write ${asked} ${unit}, each one distinct.`
	};
}

/**
 * `values` are the prompt's own values: the letter's word range is read from them, so the check
 * holds the answer to exactly what its prompt asked.
 */
export function checkAnswerSize(
	kind: ItemKind,
	content: ItemContent,
	rules: ContentRules,
	values: Readonly<Record<string, string>> = {}
): AnswerShortfall | undefined {
	const count = content.bullets.length;
	switch (kind) {
		case 'key_qualifications': {
			const asked = rules.keyQualificationCount;
			return count < asked ? shortList(count, asked, asked, 'qualifications') : undefined;
		}
		case 'role': {
			const min = Math.min(rules.minRoleBullets, rules.maxRoleBullets);
			return count < min ? shortList(count, min, rules.maxRoleBullets, 'bullets') : undefined;
		}
		case 'project': {
			const min = Math.min(rules.minProjectBullets, rules.maxProjectBullets);
			return count < min ? shortList(count, min, rules.maxProjectBullets, 'bullets') : undefined;
		}
		case 'executive_summary': {
			const sentences = countSentences(content.text);
			if (sentences >= SUMMARY_SENTENCES.min) return undefined;
			const asked = `${SUMMARY_SENTENCES.min}–${SUMMARY_SENTENCES.max} sentences`;
			return {
				missing: SUMMARY_SENTENCES.min - sentences,
				message: `summary is ${plural(countWords(content.text), 'word', 'words')} (${plural(sentences, 'sentence', 'sentences')}); ${asked} were asked`,
				ask: `The earlier version is ${plural(sentences, 'sentence', 'sentences')} long; ${asked} were asked for. Write a full paragraph of ${asked}.`
			};
		}
		case 'cover_letter':
			return letterSize(content, values);
	}
}

function letterSize(
	content: ItemContent,
	values: Readonly<Record<string, string>>
): AnswerShortfall | undefined {
	const range = askedLetterWords(values);
	if (!range) return undefined;
	const words = countWords(content.text);
	if (words >= range.min && words <= range.max) return undefined;
	const tooLong = words > range.max;
	const asked = `about ${range.target} words (${range.min}–${range.max})`;
	return {
		missing: tooLong ? words - range.max : range.min - words,
		message: `the letter is ${plural(words, 'word', 'words')}; ${asked} were asked`,
		ask: `The earlier version is ${plural(words, 'word', 'words')} long; ${asked} were asked for. Write the body again at ${asked}, keeping its facts.`,
		...(tooLong ? { tooLong } : {})
	};
}
