/**
 * Undo/redo over whole snapshots. Bursts of edits (typing a sentence) become one step: the
 * snapshot before the burst is recorded, and the burst ends after `burstMs` without an edit.
 */
import type { UndoStacks } from '$lib/domain/undo-stacks';

export type { UndoStacks };

export class UndoHistory<T> {
	#past: T[];
	#future: T[];
	#burstEndsAt = 0;

	constructor(
		readonly limit = 50,
		readonly burstMs = 800,
		stacks: UndoStacks<T> = { past: [], future: [] }
	) {
		this.#past = stacks.past.slice(-limit);
		this.#future = stacks.future.slice(-limit);
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}

	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/** The state `undo` would go back to, without going there. */
	get previous(): T | undefined {
		return this.#past.at(-1);
	}

	/** The state `redo` would bring back. */
	get next(): T | undefined {
		return this.#future.at(-1);
	}

	get stacks(): UndoStacks<T> {
		return { past: [...this.#past], future: [...this.#future] };
	}

	/** Call before applying an edit, with the state as it was before the edit. */
	recordBeforeEdit(before: T, now: number): void {
		if (now >= this.#burstEndsAt) {
			this.#past.push(before);
			if (this.#past.length > this.limit) this.#past.shift();
			this.#future = [];
		}
		this.#burstEndsAt = now + this.burstMs;
	}

	/** Records one step of its own (an action, not typing): it never joins a burst. */
	recordStep(before: T): void {
		this.#burstEndsAt = 0;
		this.recordBeforeEdit(before, 0);
	}

	/** Returns the state to go back to, or undefined when there is nothing to undo. */
	undo(current: T): T | undefined {
		const previous = this.#past.pop();
		if (previous === undefined) return undefined;
		this.#future.push(current);
		this.#burstEndsAt = 0;
		return previous;
	}

	redo(current: T): T | undefined {
		const next = this.#future.pop();
		if (next === undefined) return undefined;
		this.#past.push(current);
		this.#burstEndsAt = 0;
		return next;
	}
}
