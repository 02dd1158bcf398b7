import { describe, expect, it } from 'vitest';
import { tabKeyTarget, undoDirection } from './session-keys';

const press = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: false };

describe('undoDirection', () => {
	it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, ⌘ like Ctrl', () => {
		expect(undoDirection({ ...press, key: 'z' })).toBe('undo');
		expect(undoDirection({ ...press, key: 'Z', shiftKey: true })).toBe('redo');
		expect(undoDirection({ ...press, key: 'y' })).toBe('redo');
		expect(undoDirection({ ...press, ctrlKey: false, metaKey: true, key: 'z' })).toBe('undo');
	});

	it('leaves plain keys, Alt combinations and other shortcuts alone', () => {
		expect(undoDirection({ ...press, ctrlKey: false, key: 'z' })).toBeUndefined();
		expect(undoDirection({ ...press, altKey: true, key: 'z' })).toBeUndefined();
		expect(undoDirection({ ...press, key: 's' })).toBeUndefined();
	});
});

describe('tabKeyTarget', () => {
	it('moves to the neighbour with the arrows, wrapping, and to the ends with Home and End', () => {
		expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0);
		expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3);
		expect(tabKeyTarget('ArrowRight', 1, 4)).toBe(2);
		expect(tabKeyTarget('Home', 2, 4)).toBe(0);
		expect(tabKeyTarget('End', 0, 4)).toBe(3);
		expect(tabKeyTarget('Enter', 1, 4)).toBe(-1);
	});
});
