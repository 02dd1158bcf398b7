/**
 * Whether an answer is as long as its prompt asked: every key qualification asked for, at
 * least the fewest bullets a role or project asks for, a summary of whole sentences. Checked
 * after parsing, in every mode, since tidying drops duplicates and a model may simply write less.
 */
import type { ItemContent, ItemKind } from '$lib/domain';
import type { ContentRules } from './pipeline-settings';

/** The executive summary prompt asks for this many sentences. */
export const SUMMARY_SENTENCES = { min: 3, max: 4 } as const;

export interface AnswerShortfall {
	/** How much is missing, to tell a better repair from a worse one. */
	missing: number;
	/** For the person, on the card: "4 of 10 qualifications". */
	message: string;
	/** For the model, in the repair ask. */
	ask: string;
}

/** Sentences end with . ! or ? before a capital, a digit or the end ("e.g. this" is one). */
export function countSentences(text: string): number {
	const trimmed = text.trim();
	if (trimmed === '') return 0;
	return trimmed.split(/(?<=[.!?])\s+(?=["“(]?[\p{Lu}\d])/u).length;
}

function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => word !== '').length;
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

export function checkAnswerSize(
	kind: ItemKind,
	content: ItemContent,
	rules: ContentRules
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
	}
}
