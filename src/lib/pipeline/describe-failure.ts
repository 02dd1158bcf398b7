import { LIMITS, type ItemError } from '$lib/domain';
import { isLlmError } from '$lib/llm/llm-error';
import { MissingSourceError } from './item-context';
import { PromptTemplateError } from './prompt-source';

function bounded(text: string): string {
	return text.length <= LIMITS.paragraph ? text : `${text.slice(0, LIMITS.paragraph - 1)}…`;
}

/**
 * What a failed item tells the person. LlmError messages are written for users and never carry
 * the key; other errors may contain anything, so only our own error classes pass their text on
 * and the rest get a plain sentence.
 */
export function describeFailure(error: unknown): ItemError {
	if (isLlmError(error)) return { message: bounded(error.message), action: bounded(error.action) };
	if (error instanceof MissingSourceError) {
		return {
			message: error.message,
			action: 'Exclude this item or add the entry back to the profile.'
		};
	}
	if (error instanceof PromptTemplateError) {
		return {
			message: bounded(`The app's prompt templates are broken: ${error.message}`),
			action: 'Reload the page. If it keeps failing, report it: this is a bug in the app.'
		};
	}
	return {
		message: 'Something went wrong while writing this item.',
		action: 'Press Retry. If it keeps failing, reload the page.'
	};
}
