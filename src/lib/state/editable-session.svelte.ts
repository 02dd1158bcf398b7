/**
 * The open session as something to edit: the person's edits (`update`, one undo step per burst,
 * saved shortly after), the orchestrator's transitions (`commit`, saved before it resolves), undo
 * and redo, and the save state. Nothing is ever applied that the next load would refuse. Where
 * the session comes from and how a save reaches storage is OpenSession's part.
 */
import { describeIssues, SessionSchema, type Session } from '$lib/domain';
import { StorageError } from '$lib/storage/storage-error';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { SessionSaves, type SaveState } from './session-saves.svelte';
import { SessionUndo } from './session-undo.svelte';
import type { UndoArea } from './undo-areas';

export abstract class EditableSession {
	#session = $state<Session | undefined>(undefined);
	#editError = $state('');
	protected readonly undoSteps: SessionUndo;
	protected readonly saves: SessionSaves;
	protected readonly now: () => number;

	constructor(history: HistoryRepository, now: () => number, autosaveDelayMs?: number) {
		this.now = now;
		this.undoSteps = new SessionUndo(history);
		this.saves = new SessionSaves(
			(session) => this.write(session),
			(error) => this.saveFailed(error),
			autosaveDelayMs
		);
	}

	/** Stores one session (the autosave and `commit` both end here). */
	protected abstract write(session: Session): Promise<void>;
	/** A save failed: the protocol with other tabs decides what that means. */
	protected abstract saveFailed(error: StorageError): void;

	get session(): Session | undefined {
		return this.#session;
	}
	/** Why the last edit was refused (it would have made the session invalid). */
	get editError(): string {
		return this.#editError;
	}
	get saveState(): SaveState {
		return this.saves.state;
	}
	get saveError(): string {
		return this.saves.error;
	}
	get canUndo(): boolean {
		return this.undoSteps.canUndo;
	}
	get canRedo(): boolean {
		return this.undoSteps.canRedo;
	}

	/** Shows a session without saving it (just read from storage). */
	protected show(session: Session | undefined): void {
		this.#session = session;
	}

	/** Applies a user edit: one undo step per burst of edits, saved shortly after. */
	update(change: (session: Session) => Session): void {
		const current = this.#session;
		if (!current) return;
		const next = SessionSchema.safeParse(change($state.snapshot(current) as Session));
		if (!next.success) {
			// Inputs enforce the limits themselves; this guards against a change that would leave a
			// session the next load refuses.
			this.#editError = describeIssues(next.error, 2);
			return;
		}
		this.#editError = '';
		this.undoSteps.beforeEdit($state.snapshot(current) as Session, this.now());
		this.apply({ ...next.data, updatedAt: this.now() });
	}

	/** `update` for code that mutates a draft: `edit((draft) => { draft.job.title = 'CTO'; })`. */
	edit(mutate: (draft: Session) => void): void {
		this.update((draft) => {
			mutate(draft);
			return draft;
		});
	}

	/**
	 * Replaces the session and saves it before resolving (tailoring transitions). With
	 * `undoStep`, the change is also one undo step of its own: for a person's action that changes
	 * their profile from the Tailor tab (confirming a claim), so undo takes back the whole action.
	 */
	async commit(next: Session, options: { undoStep?: boolean } = {}): Promise<void> {
		const valid = SessionSchema.safeParse(next);
		if (!valid.success) {
			// Never store what the next load would refuse: the caller's step fails instead.
			throw new StorageError(
				`This change was not saved because it would damage the session: ${describeIssues(valid.error, 2)}`,
				'unknown'
			);
		}
		const current = this.#session;
		if (options.undoStep && current) this.undoSteps.step($state.snapshot(current) as Session);
		this.apply({ ...valid.data, updatedAt: this.now() });
		await this.flush();
		this.saves.throwIfFailed();
	}

	/** Takes back the last change to the forms; the tailored CV stays as it is. */
	undo(): void {
		this.#travel('undo');
	}

	redo(): void {
		this.#travel('redo');
	}

	/** What the next undo (or redo) would change, so a page can act only where that is seen. */
	pendingAreas(direction: 'undo' | 'redo'): UndoArea[] {
		const current = this.#session;
		return current
			? this.undoSteps.pendingAreas($state.snapshot(current) as Session, direction)
			: [];
	}

	#travel(direction: 'undo' | 'redo'): void {
		const current = this.#session;
		if (!current) return;
		const snapshot = $state.snapshot(current) as Session;
		const target = this.undoSteps[direction](snapshot, this.now());
		if (target) this.apply(target);
	}

	/** Saves pending changes now (called on pagehide and before leaving the page). */
	flush(): Promise<void> {
		return this.saves.flush();
	}

	protected apply(next: Session): void {
		this.#session = next;
		this.saves.schedule(next);
	}
}
