import { z } from 'zod';

/**
 * Where a CV item stands in the tailoring flow. "generating" is the only status with a request in
 * flight; after a reload it is never trusted (see `recoverInterruptedItems`).
 */
export const ITEM_STATUSES = ['pending', 'generating', 'to_review', 'accepted', 'failed'] as const;
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

const LEGAL_TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
	pending: ['generating', 'accepted'],
	// pending again when the user cancels; failed when the request fails for good.
	generating: ['to_review', 'failed', 'pending'],
	// generating again on "regenerate", pending when the user wants to start over.
	to_review: ['accepted', 'generating', 'pending'],
	// The user may reopen an accepted item to edit or regenerate it.
	accepted: ['to_review', 'generating', 'pending'],
	failed: ['generating', 'pending']
};

export const STATUS_LABELS: Record<ItemStatus, string> = {
	pending: 'Pending',
	generating: 'Generating',
	to_review: 'To review',
	accepted: 'Accepted',
	failed: 'Failed'
};

export class IllegalTransitionError extends Error {
	override name = 'IllegalTransitionError';
	constructor(
		readonly from: ItemStatus,
		readonly to: ItemStatus
	) {
		super(`An item that is "${STATUS_LABELS[from]}" cannot become "${STATUS_LABELS[to]}".`);
	}
}

export function canTransition(from: ItemStatus, to: ItemStatus): boolean {
	return LEGAL_TRANSITIONS[from].includes(to);
}

/** Throws IllegalTransitionError for a move the flow does not allow. */
export function assertTransition(from: ItemStatus, to: ItemStatus): void {
	if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
