import {
	findItem,
	transitionItem,
	updateItem,
	withVersion,
	type ItemContent,
	type ItemError,
	type ItemNote,
	type StructuredCv
} from '$lib/domain';
import { hasContent, itemIn, sameContent, withNotes } from './item-edits';

/**
 * How one generation moves an item through its statuses, as pure changes to the CV: started,
 * finished with new content, or stopped without it. The orchestrator saves each one.
 */

export function isGenerating(cv: StructuredCv, itemId: string): boolean {
	return findItem(cv, itemId)?.status === 'generating';
}

/** The item is being written; the content being replaced stays available to go back to. */
export function startGenerating(
	cv: StructuredCv,
	itemId: string,
	now: number,
	changes: { feedback?: string }
): StructuredCv {
	const kept = updateItem(cv, itemId, (entry) =>
		hasContent(entry.content) &&
		!entry.versions.some((version) => sameContent(version.content, entry.content))
			? withVersion(entry, 'edited', now)
			: entry
	);
	return transitionItem(kept, itemId, 'generating', now, changes);
}

/** The new content waits for review, kept as a generated version with the answer's notes. */
export function finishGenerating(
	cv: StructuredCv,
	itemId: string,
	now: number,
	content: ItemContent,
	notes: readonly ItemNote[]
): StructuredCv {
	const next = transitionItem(cv, itemId, 'to_review', now, { content });
	return updateItem(next, itemId, (entry) =>
		withNotes(withVersion(entry, 'generated', now, entry.feedback), notes)
	);
}

/**
 * A request that ended without a new version. An item that already had content (a
 * regenerate) goes back to review with that content, so an accepted item is never lost from
 * the CV by a failed or cancelled regenerate; the failure is shown on it. An item with
 * nothing yet becomes failed (or pending when cancelled).
 */
export function stopGenerating(
	cv: StructuredCv,
	itemId: string,
	now: number,
	failure?: ItemError
): StructuredCv {
	if (!isGenerating(cv, itemId)) return cv;
	if (hasContent(itemIn(cv, itemId).content)) {
		const back = transitionItem(cv, itemId, 'to_review', now);
		return failure ? updateItem(back, itemId, (entry) => ({ ...entry, error: failure })) : back;
	}
	return failure
		? transitionItem(cv, itemId, 'failed', now, { error: failure })
		: transitionItem(cv, itemId, 'pending', now);
}
