/**
 * Reads a model's answer for one step as untrusted plain text: reasoning and tag-like markup are
 * removed wherever an answer is read (JSON strings, free text, a draft handed to the cleaner), and
 * the reader remembers whether any was, so the outcome can say so.
 */
import type { ItemContent, ParseResult } from '$lib/domain';
import { extractJson } from './extract-json';
import type { ContentRules } from './pipeline-settings';
import type { StepDefinition } from './steps';
import { stripMarkup, stripMarkupDeep } from './strip-markup';
import { stripReasoning } from './strip-reasoning';

export class AnswerReader {
	/** Whether markup the model wrote was removed from anything read so far. */
	markupRemoved = false;
	readonly #step: StepDefinition;
	readonly #rules: ContentRules;

	constructor(step: StepDefinition, rules: ContentRules) {
		this.#step = step;
		this.#rules = rules;
	}

	/** An answer's text without reasoning or markup; what every reading starts from. */
	plain(text: string): string {
		const result = stripMarkup(stripReasoning(text));
		if (result.removed) this.markupRemoved = true;
		return result.text;
	}

	/** The step's content from an answer that should hold JSON. */
	json(text: string): ParseResult<ItemContent> {
		const json = extractJson(text);
		if (!json.ok) return json;
		const value = stripMarkupDeep(json.value, () => (this.markupRemoved = true));
		return this.#step.fromJson(value, this.#rules);
	}

	/** The step's content from free text (lines, bullets, a paragraph). */
	text(text: string): ParseResult<ItemContent> {
		return this.#step.fromText(this.plain(text), this.#rules);
	}
}
