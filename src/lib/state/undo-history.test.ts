import { describe, expect, it } from 'vitest';
import { UndoHistory } from './undo-history';

/** Simulates an editor: each edit records the state before it, at a given time. */
function editor(history: UndoHistory<string>, initial = '') {
	let state = initial;
	return {
		get state() {
			return state;
		},
		type(next: string, at: number) {
			history.recordBeforeEdit(state, at);
			state = next;
		},
		undo() {
			const previous = history.undo(state);
			if (previous !== undefined) state = previous;
			return previous !== undefined;
		},
		redo() {
			const next = history.redo(state);
			if (next !== undefined) state = next;
			return next !== undefined;
		}
	};
}

describe('UndoHistory', () => {
	it('has nothing to undo or redo at first', () => {
		const history = new UndoHistory<string>();
		expect(history.canUndo).toBe(false);
		expect(history.canRedo).toBe(false);
		expect(history.undo('now')).toBeUndefined();
		expect(history.redo('now')).toBeUndefined();
	});

	it('turns a burst of typing into one undo step', () => {
		const history = new UndoHistory<string>(50, 800);
		const text = editor(history);
		text.type('H', 0);
		text.type('He', 300);
		text.type('Hel', 900);
		text.type('Hello', 1_600);
		expect(history.stacks.past).toEqual(['']);
		text.undo();
		expect(text.state).toBe('');
		expect(history.canUndo).toBe(false);
	});

	it('starts a new step after a pause longer than the burst', () => {
		const history = new UndoHistory<string>(50, 800);
		const text = editor(history);
		text.type('Hello', 0);
		text.type('Hello world', 800);
		text.type('Hello world!', 5_000);
		text.undo();
		expect(text.state).toBe('Hello world');
		text.undo();
		expect(text.state).toBe('Hello');
		text.undo();
		expect(text.state).toBe('');
	});

	it('redoes what was undone, in order', () => {
		const history = new UndoHistory<string>(50, 800);
		const text = editor(history);
		text.type('a', 0);
		text.type('ab', 1_000);
		text.undo();
		text.undo();
		expect(history.canRedo).toBe(true);
		text.redo();
		expect(text.state).toBe('a');
		text.redo();
		expect(text.state).toBe('ab');
		expect(history.canRedo).toBe(false);
	});

	it('clears redo when the user makes a new edit after undoing', () => {
		const history = new UndoHistory<string>(50, 800);
		const text = editor(history);
		text.type('a', 0);
		text.type('ab', 1_000);
		text.undo();
		// Right after the undo, inside what would have been the old burst: still a new step.
		text.type('ax', 1_100);
		expect(history.canRedo).toBe(false);
		expect(text.redo()).toBe(false);
		text.undo();
		expect(text.state).toBe('a');
	});

	it('keeps only the newest steps up to the limit', () => {
		const history = new UndoHistory<string>(3, 10);
		const text = editor(history, 's0');
		for (let step = 1; step <= 6; step++) text.type(`s${step}`, step * 100);
		expect(history.stacks.past).toEqual(['s3', 's4', 's5']);
		while (text.undo());
		expect(text.state).toBe('s3');
	});

	it('resumes from saved stacks, trimmed to the limit, and hands out copies', () => {
		const history = new UndoHistory<string>(2, 800, { past: ['a', 'b', 'c'], future: ['z'] });
		expect(history.stacks).toEqual({ past: ['b', 'c'], future: ['z'] });
		const stacks = history.stacks;
		stacks.past.push('tampered');
		expect(history.stacks.past).toEqual(['b', 'c']);
		expect(history.undo('d')).toBe('c');
		expect(history.redo('c')).toBe('d');
	});
});
