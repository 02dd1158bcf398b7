/**
 * The person's own changes to an item's content, as pure operations on the CV: edit, accept,
 * go back to an earlier version. Versions record every content an item has had (generated or
 * edited), newest last, so any of them can be brought back.
 */
import {
	describeIssues,
	findItem,
	ItemContentSchema,
	transitionItem,
	updateItem,
	withVersion,
	type CvItem,
	type ItemContent,
	type ItemNote,
	type StructuredCv
} from '$lib/domain';

/** A user action the flow does not allow right now; the message says what to do instead. */
export class TailoringActionError extends Error {
	override name = 'TailoringActionError';
}

export function hasContent(content: ItemContent): boolean {
	return content.text.trim() !== '' || content.bullets.length > 0;
}

export function sameContent(a: ItemContent, b: ItemContent): boolean {
	return (
		a.text === b.text &&
		a.bullets.length === b.bullets.length &&
		a.bullets.every((bullet, index) => bullet === b.bullets[index])
	);
}

/** Content typed by the person, held to the same limits as stored content. */
export function validContent(content: ItemContent): ItemContent {
	const parsed = ItemContentSchema.safeParse(content);
	if (!parsed.success) throw new TailoringActionError(describeIssues(parsed.error, 2));
	return parsed.data;
}

export function itemIn(cv: StructuredCv, itemId: string): CvItem {
	const item = findItem(cv, itemId);
	if (!item) throw new TailoringActionError('This item is no longer in the CV.');
	return item;
}

/**
 * The notes on a generated answer describe that answer only: they are replaced by the next
 * one's, and go when the content becomes the person's own (an edit, an earlier version).
 */
export function withNotes(item: CvItem, notes: readonly ItemNote[]): CvItem {
	const next: CvItem = { ...item, notes: [...notes] };
	if (notes.length === 0) delete next.notes;
	return next;
}

/** Replaces the content with the person's text, kept as an 'edited' version; a failed item is pending again. */
export function editContent(
	cv: StructuredCv,
	itemId: string,
	content: ItemContent,
	now: number
): StructuredCv {
	const item = itemIn(cv, itemId);
	if (sameContent(item.content, content)) return cv;
	const last = item.versions.at(-1);
	// Editing one's own edit refines it: replace that version rather than pile up keystrokes.
	const refining = last?.origin === 'edited' && sameContent(last.content, item.content);
	let next = updateItem(cv, itemId, (entry) => {
		const versions = refining ? entry.versions.slice(0, -1) : entry.versions;
		return withNotes(
			withVersion({ ...entry, versions, content, updatedAt: now }, 'edited', now),
			[]
		);
	});
	if (item.status === 'failed') next = transitionItem(next, itemId, 'pending', now);
	return next;
}

/** Accepts the item as it is, or with the person's edited content first. */
export function acceptContent(
	cv: StructuredCv,
	itemId: string,
	now: number,
	edited?: ItemContent
): StructuredCv {
	let next = edited ? editContent(cv, itemId, edited, now) : cv;
	const item = itemIn(next, itemId);
	if (!hasContent(item.content)) {
		throw new TailoringActionError(
			'There is nothing to accept yet: generate or write this item first.'
		);
	}
	if (item.status === 'failed') next = transitionItem(next, itemId, 'pending', now);
	if (item.status !== 'accepted') next = transitionItem(next, itemId, 'accepted', now);
	return next;
}

/** Brings back an earlier version; an accepted item goes back to review, a failed one to pending. */
export function restoreContent(
	cv: StructuredCv,
	itemId: string,
	versionIndex: number,
	now: number
): StructuredCv {
	const item = itemIn(cv, itemId);
	const version = item.versions[versionIndex];
	if (!version) throw new TailoringActionError('That earlier version no longer exists.');
	let next = cv;
	// Content that is not among the versions (written before versions were kept) is kept first.
	if (
		hasContent(item.content) &&
		!item.versions.some((entry) => sameContent(entry.content, item.content))
	) {
		next = updateItem(next, itemId, (entry) => withVersion(entry, 'edited', now));
	}
	next = updateItem(next, itemId, (entry) =>
		withNotes({ ...entry, content: version.content, updatedAt: now }, [])
	);
	if (item.status === 'accepted') next = transitionItem(next, itemId, 'to_review', now);
	if (item.status === 'failed') next = transitionItem(next, itemId, 'pending', now);
	return next;
}
