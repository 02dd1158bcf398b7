/**
 * What makes a step's answer unusable, and the errors that say so: an empty answer (or one cut
 * off before it began), an answer refused as invalid, and a second failure after the repair.
 */
import type { LlmResult } from '$lib/llm/llm-client';
import { isLlmError, LlmError } from '$lib/llm/llm-error';
import { stripReasoning } from './strip-reasoning';

/** A refused answer worth a repair; one cut off even with twice the room is not (it failed for size). */
export function isInvalidOutput(error: unknown): error is LlmError {
	return isLlmError(error) && error.kind === 'invalid_output' && !error.cutOff;
}

export function looksLikeJson(text: string): boolean {
	return /^\s*[{[]|```json|\{\s*"/i.test(stripReasoning(text));
}

export function requireAnswer(result: LlmResult): void {
	if (stripReasoning(result.text) !== '') return;
	const cutOff = result.finishReason === 'length';
	throw new LlmError('invalid_output', {
		message: cutOff
			? 'The model used up its token allowance before it wrote an answer.'
			: 'The model returned an empty answer.',
		action: cutOff
			? 'Press Retry, or raise the maximum answer length for this step in Settings.'
			: 'Press Retry; a new answer usually works.'
	});
}

export function unusable(first: string, repair: string): LlmError {
	// The plain sentence comes first: it is all most people read. The details help whoever the
	// person asks for help.
	return new LlmError('invalid_output', {
		message: `The model answered twice in a form the app could not use. What was wrong: ${first} After the repair: ${repair}`,
		action:
			'Press Retry; a new answer usually works. If it keeps failing, pick another model in Settings.'
	});
}
