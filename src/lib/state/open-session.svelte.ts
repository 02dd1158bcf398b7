/**
 * The session being edited: the one object the session page reads and changes. Every change
 * goes through `update`, which records an undo step and schedules an autosave; the orchestrator
 * uses `commit`, which saves before it resolves, because each tailoring transition must be
 * stored before the next one begins. Living with other tabs is the cross-tab protocol's part;
 * undo and redo are SessionUndo's.
 */
import {
	allItems,
	describeIssues,
	recoverInterruptedItems,
	SessionSchema,
	type Session
} from '$lib/domain';
import type { HistoryRepository } from '$lib/storage/history-repository';
import type { SessionChangeFeed } from '$lib/storage/session-change-feed';
import type { SessionReadResult, SessionRepository } from '$lib/storage/session-repository';
import { StorageError } from '$lib/storage/storage-error';
import { CrossTabProtocol } from './cross-tab-protocol.svelte';
import { registerPendingSave } from './pending-saves';
import { SessionSaves, type SaveState } from './session-saves.svelte';
import { SessionUndo } from './session-undo.svelte';
import type { UndoArea } from './undo-areas';

export type { SaveState };

const READ_FAILED =
	'This session could not be read from this browser’s storage. Reload the page to try again; if it keeps failing, the browser may be blocking storage for this site (for example in a private window).';

export interface OpenSessionDependencies {
	sessions: SessionRepository;
	history: HistoryRepository;
	now?: () => number;
	autosaveDelayMs?: number;
	/** Other tabs' saves; without it, a conflict is still caught when saving. */
	changes?: SessionChangeFeed;
}

export class OpenSession {
	#session = $state<Session | undefined>(undefined);
	#loadError = $state('');
	#editError = $state('');
	#notice = $state('');
	/**
	 * Items stored as "generating" when the session was opened: a reload caught them mid-request.
	 * A cancelled item is stored as pending (or back in review), so it is never among them.
	 */
	#interrupted: string[] = [];
	readonly #undo: SessionUndo;
	readonly #tabs: CrossTabProtocol;
	readonly #saves: SessionSaves;
	readonly #now: () => number;

	constructor(private readonly dependencies: OpenSessionDependencies) {
		this.#now = dependencies.now ?? (() => Date.now());
		this.#undo = new SessionUndo(dependencies.history);
		this.#tabs = new CrossTabProtocol({
			current: () => this.#session,
			queued: () => this.#saves.pending,
			saveState: () => this.#saves.state,
			discardUnsaved: () => this.#saves.discard(),
			reportSaveError: (error) => this.#saves.fail(error),
			showStored: (id) => this.#follow(id),
			saveAgain: async () => {
				if (this.#session) this.#apply($state.snapshot(this.#session) as Session);
				await this.flush();
				return this.#saves.state;
			},
			read: (id) => dependencies.sessions.get(id),
			tell: (notice) => (this.#notice = notice)
		});
		const unregister = registerPendingSave(() => this.flush());
		const unsubscribe = dependencies.changes?.subscribe((change) => this.#tabs.onChange(change));
		this.dispose = () => {
			unregister();
			unsubscribe?.();
		};
		this.#saves = new SessionSaves(
			(session) => this.#write(session),
			(error) => this.#tabs.saveFailed(error),
			dependencies.autosaveDelayMs
		);
	}

	/** Stops taking part in "save everything before reloading". */
	readonly dispose: () => void;

	get session(): Session | undefined {
		return this.#session;
	}
	get loadError(): string {
		return this.#loadError;
	}
	/** Why the last edit was refused (it would have made the session invalid). */
	get editError(): string {
		return this.#editError;
	}
	get saveState(): SaveState {
		return this.#saves.state;
	}
	get saveError(): string {
		return this.#saves.error;
	}
	/** True when another tab saved this session over changes made here: the person must choose. */
	get conflict(): boolean {
		return this.#tabs.conflict;
	}
	get deletedElsewhere(): boolean {
		return this.#tabs.deletedElsewhere;
	}
	/** Something the person should know that is not an error ("updated from another tab"). */
	get notice(): string {
		return this.#notice;
	}
	get canUndo(): boolean {
		return this.#undo.canUndo;
	}
	get canRedo(): boolean {
		return this.#undo.canRedo;
	}

	/** Saves this session again after another tab deleted it. */
	keepDeleted(): Promise<void> {
		return this.#tabs.keepDeleted();
	}
	/** Drops this tab's unsaved changes and shows what the other tab saved. */
	takeTheirs(): Promise<void> {
		return this.#tabs.takeTheirs();
	}
	/** Saves this tab's version over the other tab's. */
	keepMine(): Promise<void> {
		return this.#tabs.keepMine();
	}

	/**
	 * The items a reload interrupted while they were being written, once: the tailoring flow
	 * takes them to write them again by itself.
	 */
	takeInterrupted(): string[] {
		const interrupted = this.#interrupted;
		this.#interrupted = [];
		return interrupted;
	}

	async load(id: string): Promise<void> {
		await this.flush();
		this.#notice = '';
		this.#session = undefined;
		this.#loadError = '';
		let result: SessionReadResult;
		try {
			result = await this.dependencies.sessions.get(id);
		} catch {
			// The page awaits nothing else, so a rejection here would leave it loading forever.
			this.#loadError = READ_FAILED;
			return;
		}
		if (!result.ok) {
			this.#loadError = result.message;
			return;
		}
		await this.#undo.open(id);
		this.#tabs.read(result.session.revision);
		this.#interrupted = allItems(result.session.cv)
			.filter((item) => item.status === 'generating')
			.map((item) => item.id);
		// Nothing is in flight after a reload: "generating" items go back to pending.
		this.#session = {
			...result.session,
			cv: recoverInterruptedItems(result.session.cv, this.#now())
		};
	}

	/**
	 * Shows the stored version in place (another tab saved it). Unlike `load`, the session stays
	 * on screen meanwhile and "generating" items are kept: the other tab may be writing them, and
	 * this tab's own request in flight must find its item still generating.
	 */
	async #follow(id: string): Promise<boolean> {
		let result: SessionReadResult;
		try {
			result = await this.dependencies.sessions.get(id);
		} catch {
			return false;
		}
		if (!result.ok || this.#session?.id !== id) return false;
		this.#tabs.read(result.session.revision);
		this.#session = result.session;
		await this.#undo.open(id);
		return true;
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
		this.#undo.beforeEdit($state.snapshot(current) as Session, this.#now());
		this.#apply({ ...next.data, updatedAt: this.#now() });
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
		if (options.undoStep && current) this.#undo.step($state.snapshot(current) as Session);
		this.#apply({ ...valid.data, updatedAt: this.#now() });
		await this.flush();
		this.#saves.throwIfFailed();
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
		return current ? this.#undo.pendingAreas($state.snapshot(current) as Session, direction) : [];
	}

	#travel(direction: 'undo' | 'redo'): void {
		const current = this.#session;
		if (!current) return;
		const snapshot = $state.snapshot(current) as Session;
		const target = this.#undo[direction](snapshot, this.#now());
		if (target) this.#apply(target);
	}

	/** Saves pending changes now (called on pagehide and before leaving the page). */
	flush(): Promise<void> {
		return this.#saves.flush();
	}

	#apply(next: Session): void {
		this.#session = next;
		this.#saves.schedule(next);
	}

	async #write(session: Session): Promise<void> {
		// Nothing is stored while the person decides what to do with a deleted session; `commit`
		// must hear that, not resolve as if the change were saved.
		const expectedRevision = this.#tabs.revisionToReplace();
		const saved = await this.dependencies.sessions.save(session, { expectedRevision });
		this.#tabs.wrote(saved.revision);
		if (this.#session && this.#session.id === saved.id) {
			// Keep the on-screen object, only move the revision forward.
			this.#session.revision = saved.revision;
		}
		await this.#undo.store(session.id);
		this.dependencies.changes?.announce({ id: saved.id, revision: saved.revision });
	}
}
