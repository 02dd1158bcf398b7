/**
 * Undo and redo for the open session. They cover what the person typed in the forms (profile,
 * job, name, export choices); the tailored CV stays as it is (see restore-forms.ts). The
 * history is kept per session, so undo still works after a reload, and written only when it
 * changed: its stacks of whole snapshots are large.
 */
import type { Session } from '$lib/domain';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { restoreForms } from './restore-forms';
import { undoAreas, type UndoArea } from './undo-areas';
import { UndoHistory, type UndoStacks } from './undo-history';

export class SessionUndo {
	#history = new UndoHistory<Session>();
	#canUndo = $state(false);
	#canRedo = $state(false);
	/** The stacks changed since they were last stored. */
	#dirty = false;

	constructor(private readonly repository: HistoryRepository) {}

	get canUndo(): boolean {
		return this.#canUndo;
	}
	get canRedo(): boolean {
		return this.#canRedo;
	}

	/** Takes up a session's stored history; when it cannot be read, undo starts empty. */
	async open(id: string): Promise<void> {
		let stacks: UndoStacks<Session>;
		try {
			stacks = await this.repository.load(id);
		} catch {
			// Undo history is a convenience: without it, the session still opens.
			stacks = { past: [], future: [] };
		}
		this.#history = new UndoHistory<Session>(50, 800, stacks);
		this.#sync();
	}

	/** Before a person's edit: a burst of edits (typing a sentence) becomes one step. */
	beforeEdit(current: Session, now: number): void {
		this.#history.recordBeforeEdit(current, now);
		this.#dirty = true;
		this.#sync();
	}

	/** Before a change that is one step of its own, however soon after the last edit. */
	step(current: Session): void {
		this.#history.recordStep(current);
		this.#dirty = true;
		this.#sync();
	}

	/** The session one step back, or `undefined` when there is nothing to undo. */
	undo(current: Session, now: number): Session | undefined {
		const previous = this.#history.undo(current);
		return this.#moved(previous, current, now);
	}

	redo(current: Session, now: number): Session | undefined {
		const next = this.#history.redo(current);
		return this.#moved(next, current, now);
	}

	/** What the next undo (or redo) would change, so a page can act only where that is seen. */
	pendingAreas(current: Session, direction: 'undo' | 'redo'): UndoArea[] {
		const target = direction === 'undo' ? this.#history.previous : this.#history.next;
		return target ? undoAreas(current, target) : [];
	}

	/** Stores the history if it changed; a failed write is tried again with the next save. */
	async store(id: string): Promise<void> {
		try {
			if (this.#dirty) {
				this.#dirty = false;
				await this.repository.save(id, this.#history.stacks);
			}
		} catch {
			// The session itself is saved; losing undo steps must not report it as unsaved.
			this.#dirty = true;
		}
	}

	#moved(target: Session | undefined, current: Session, now: number): Session | undefined {
		this.#dirty ||= target !== undefined;
		this.#sync();
		return target && restoreForms(target, current, now);
	}

	#sync(): void {
		this.#canUndo = this.#history.canUndo;
		this.#canRedo = this.#history.canRedo;
	}
}
