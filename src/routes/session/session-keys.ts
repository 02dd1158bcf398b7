/**
 * The session page's keys: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) for the app's undo and redo,
 * outside text fields only, and the ARIA tabs pattern on the tab strip.
 */

/** Input types that are not typed into: there the app's undo applies, not the field's. */
const NOT_TYPED = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range'];

/** Where typing happens: there the browser's own undo of what was typed is the right one. */
export function isTextField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
	return target instanceof HTMLInputElement && !NOT_TYPED.includes(target.type);
}

/** Whether a key press asks for the app's undo or redo (Ctrl or ⌘, never with Alt). */
export function undoDirection(
	press: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>
): 'undo' | 'redo' | undefined {
	if (!(press.ctrlKey || press.metaKey) || press.altKey) return undefined;
	const key = press.key.toLowerCase();
	if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
	return key === 'y' ? 'redo' : undefined;
}

/** The tab an arrow, Home or End moves to from `index` (arrows wrap); -1 for any other key. */
export function tabKeyTarget(key: string, index: number, count: number): number {
	if (key === 'ArrowRight') return (index + 1) % count;
	if (key === 'ArrowLeft') return (index - 1 + count) % count;
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return -1;
}
