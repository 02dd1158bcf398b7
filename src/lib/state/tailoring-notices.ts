/**
 * What the Tailor tab tells the person after a step of the tailoring flow: how a generation
 * ended, why an action was refused, or that a request waits for the network. Each says what
 * happened and what to do next.
 */
import { LlmError } from '$lib/llm/llm-error';
import { TailoringActionError, type GenerateOutcome } from '$lib/pipeline/orchestrator';

/** An item stopped because the connection went away; it goes again by itself. */
export const OFFLINE_HOLD =
	'You are offline, so this item was stopped. It is written as soon as the connection is back; nothing you accepted is lost.';

export const CANCELLED = 'Cancelled. Press Retry or Continue to generate this item again.';

/** Why an action that needs the model was not even sent while offline. */
export const OFFLINE_REFUSAL = {
	continue: 'You are offline. Tailoring continues when you are back online.',
	regenerate: 'You are offline. Regenerate when you are back online.',
	retry: 'You are offline. Retry when you are back online.',
	write: 'You are offline. Write the cover letter when you are back online.'
} as const;

/**
 * The notice for how a generation ended. `heldForNetwork` is the item stopped because the
 * browser went offline: its cancellation is the offline hold, not the person's Cancel.
 */
export function outcomeNotice(
	outcome: GenerateOutcome,
	heldForNetwork: string | undefined
): string {
	switch (outcome.kind) {
		case 'generated':
			return '';
		case 'failed':
			return `${outcome.error.message} ${outcome.error.action}`.trim();
		case 'cancelled':
			return heldForNetwork === outcome.itemId ? OFFLINE_HOLD : CANCELLED;
		case 'review':
			return 'This item waits for your review: accept, edit or regenerate it first.';
		case 'busy':
			return 'An item is being written right now.';
		case 'not_ready':
			return outcome.reason;
		case 'done':
			return 'Every item is done. Open the CV tab to preview and export.';
	}
}

/**
 * The notice for an action that threw: a refused action, an LLM error or a failed save says
 * its own message; anything else is a bug, and the person is told their work is safe.
 */
export function failureNotice(error: unknown): string {
	if (error instanceof TailoringActionError || error instanceof LlmError) return error.message;
	if (error instanceof Error && error.name === 'StorageError') return error.message;
	return 'Something went wrong. Your accepted items are saved; reload the page.';
}
