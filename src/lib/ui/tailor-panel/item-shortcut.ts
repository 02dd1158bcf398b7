import type { CvItem } from '$lib/domain';

/** What a single key does on a focused item card: A accept, E edit, R regenerate. */
export type ItemShortcut = 'accept' | 'edit' | 'regenerate';

/** The parts of a key press that decide whether it is a shortcut. */
export type ShortcutKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Which shortcut a key press on an item card means, if any. Keys typed into a field, keys with
 * a modifier (the browser's own shortcuts) and keys while the editor is open are left alone;
 * A needs an item to review, E and R an item with a version to work on (not kept as written).
 */
export function itemShortcut(
	press: ShortcutKey,
	/** The tag name of the element the key was pressed in ("TEXTAREA", "H3"…). */
	targetTag: string,
	item: Pick<CvItem, 'status' | 'excluded'>,
	editing: boolean
): ItemShortcut | undefined {
	if (editing || press.ctrlKey || press.metaKey || press.altKey) return undefined;
	if (TYPING_TAGS.has(targetTag)) return undefined;
	const reviewable = item.status === 'to_review' || item.status === 'accepted';
	const key = press.key.toLowerCase();
	if (key === 'a' && item.status === 'to_review') return 'accept';
	if (key === 'e' && reviewable && !item.excluded) return 'edit';
	if (key === 'r' && reviewable && !item.excluded) return 'regenerate';
	return undefined;
}
