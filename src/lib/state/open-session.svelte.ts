/**
 * The session being edited: the one object the session page reads and changes. Every change
 * goes through `update`, which records an undo step and schedules an autosave; the orchestrator
 * uses `commit`, which saves before it resolves, because each tailoring transition must be
 * stored before the next one begins.
 */
import {
	allItems,
	describeIssues,
	recoverInterruptedItems,
	SessionSchema,
	type ItemKind,
	withConfirmationsOf,
	type SectionKind,
	type Session
} from '$lib/domain';
import { syncCvItems } from '$lib/pipeline/sync-cv-items';
import { Autosaver } from '$lib/storage/autosaver';
import type { HistoryRepository } from '$lib/storage/history-repository';
import type { SessionChange, SessionChangeFeed } from '$lib/storage/session-change-feed';
import {
	deletedError,
	type SessionReadResult,
	type SessionRepository
} from '$lib/storage/session-repository';
import { StorageError, toStorageError } from '$lib/storage/storage-error';
import { registerPendingSave } from './pending-saves';
import { undoAreas, type UndoArea } from './undo-areas';
import { UndoHistory, type UndoStacks } from './undo-history';

const READ_FAILED =
	'This session could not be read from this browser’s storage. Reload the page to try again; if it keeps failing, the browser may be blocking storage for this site (for example in a private window).';

export type SaveState = 'saved' | 'saving' | 'error';

const SECTION_OF: Record<ItemKind, SectionKind> = {
	key_qualifications: 'key_qualifications',
	role: 'experience',
	project: 'projects',
	executive_summary: 'executive_summary',
	cover_letter: 'cover_letter'
};

function sectionOf(kind: ItemKind): SectionKind {
	return SECTION_OF[kind];
}

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
	#saveState = $state<SaveState>('saved');
	#saveError = $state('');
	/** The last failed save, rethrown by `commit` so callers can tell a full disk from a conflict. */
	#saveFailure: StorageError | undefined;
	/** Another tab saved this session while this one had changes of its own. */
	#conflict = $state(false);
	/** Another tab deleted this session; nothing is saved until the person decides. */
	#deletedElsewhere = $state(false);
	/** Set by `keepDeleted`: the next save stores the session anew instead of expecting a revision. */
	#recreate = false;
	#notice = $state('');
	#canUndo = $state(false);
	#canRedo = $state(false);
	#history = new UndoHistory<Session>();
	/** The undo stacks changed since they were last stored (they are large: write only then). */
	#historyDirty = false;
	/**
	 * Items stored as "generating" when the session was opened: a reload caught them mid-request.
	 * A cancelled item is stored as pending (or back in review), so it is never among them.
	 */
	#interrupted: string[] = [];
	/** The revision we last read or wrote; a different stored revision means another tab saved. */
	#knownRevision = 0;
	readonly #autosaver: Autosaver<Session>;
	readonly #now: () => number;

	constructor(private readonly dependencies: OpenSessionDependencies) {
		this.#now = dependencies.now ?? (() => Date.now());
		const unregister = registerPendingSave(() => this.flush());
		const unsubscribe = dependencies.changes?.subscribe((change) => this.#onOtherTabSaved(change));
		this.dispose = () => {
			unregister();
			unsubscribe?.();
		};
		this.#autosaver = new Autosaver<Session>(
			(session) => this.#write(session),
			(error) => this.#reportSaveError(error),
			dependencies.autosaveDelayMs ?? 400
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
		return this.#saveState;
	}
	get saveError(): string {
		return this.#saveError;
	}
	/** True when another tab saved this session over changes made here: the person must choose. */
	get conflict(): boolean {
		return this.#conflict;
	}
	get deletedElsewhere(): boolean {
		return this.#deletedElsewhere;
	}

	/** Saves this session again after another tab deleted it. */
	async keepDeleted(): Promise<void> {
		const current = this.#session;
		if (!current) return;
		this.#deletedElsewhere = false;
		this.#recreate = true;
		this.#apply($state.snapshot(current) as Session);
		await this.flush();
		if (this.#saveState === 'saved') this.#notice = 'The session is saved again.';
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

	/** Something the person should know that is not an error ("updated from another tab"). */
	get notice(): string {
		return this.#notice;
	}
	get canUndo(): boolean {
		return this.#canUndo;
	}
	get canRedo(): boolean {
		return this.#canRedo;
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
		const stacks = await this.#loadHistory(id);
		this.#knownRevision = result.session.revision;
		this.#interrupted = allItems(result.session.cv)
			.filter((item) => item.status === 'generating')
			.map((item) => item.id);
		// Nothing is in flight after a reload: "generating" items go back to pending.
		this.#session = {
			...result.session,
			cv: recoverInterruptedItems(result.session.cv, this.#now())
		};
		this.#history = new UndoHistory<Session>(50, 800, stacks);
		this.#syncUndoFlags();
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
		this.#knownRevision = result.session.revision;
		this.#session = result.session;
		this.#history = new UndoHistory<Session>(50, 800, await this.#loadHistory(id));
		this.#syncUndoFlags();
		return true;
	}

	/** Drops this tab's unsaved changes and shows what the other tab saved. */
	async takeTheirs(): Promise<void> {
		const id = this.#session?.id;
		if (!id) return;
		this.#autosaver.discard();
		this.#conflict = false;
		this.#saveState = 'saved';
		this.#saveError = '';
		this.#saveFailure = undefined;
		if (await this.#follow(id)) this.#notice = 'Showing the version saved in the other tab.';
	}

	/** Saves this tab's version over the other tab's. */
	async keepMine(): Promise<void> {
		const current = this.#session;
		if (!current) return;
		const stored = await this.dependencies.sessions.get(current.id);
		if (stored.ok) this.#knownRevision = stored.session.revision;
		this.#conflict = false;
		this.#apply($state.snapshot(current) as Session);
		await this.flush();
		if (this.#saveState === 'saved')
			this.#notice = 'Your version is saved; the other tab will show it.';
	}

	async #onOtherTabSaved(change: SessionChange): Promise<void> {
		const current = this.#session;
		if (!current || change.id !== current.id) return;
		if (change.deleted) {
			const unsaved = this.#autosaver.hasPendingChanges || this.#saveState !== 'saved';
			this.#autosaver.discard();
			this.#deletedElsewhere = true;
			// What waited to be saved never will be: say so instead of "Saving…" forever.
			if (unsaved) this.#reportSaveError(deletedError());
			return;
		}
		if (change.revision <= this.#knownRevision) return;
		if (this.#autosaver.hasPendingChanges || this.#saveState === 'error') {
			this.#conflict = true;
			return;
		}
		if (await this.#follow(current.id)) {
			this.#notice = 'Updated with changes saved in another tab.';
		}
	}

	/** Undo history is a convenience: when it cannot be read, the session still opens. */
	async #loadHistory(id: string): Promise<UndoStacks<Session>> {
		try {
			return await this.dependencies.history.load(id);
		} catch {
			return { past: [], future: [] };
		}
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
		this.#history.recordBeforeEdit($state.snapshot(current) as Session, this.#now());
		this.#historyDirty = true;
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
		if (options.undoStep && current) {
			this.#history.recordStep($state.snapshot(current) as Session);
			this.#historyDirty = true;
		}
		this.#apply({ ...valid.data, updatedAt: this.#now() });
		await this.flush();
		if (this.#saveState === 'error')
			throw this.#saveFailure ?? new StorageError(this.#saveError, 'unknown');
	}

	/**
	 * Undo and redo cover what the person typed in the forms (profile, job, name, export choices).
	 * The tailored CV is left as it is: its items keep their own versions, and an undo must never
	 * pull an item out from under a request in flight.
	 */
	undo(): void {
		const current = this.#session;
		if (!current) return;
		const snapshot = $state.snapshot(current) as Session;
		const previous = this.#history.undo(snapshot);
		this.#historyDirty ||= previous !== undefined;
		if (previous) this.#apply(this.#restoreForms(previous, snapshot));
	}

	/** What the next undo (or redo) would change, so a page can act only where that is seen. */
	pendingAreas(direction: 'undo' | 'redo'): UndoArea[] {
		const current = this.#session;
		const target = direction === 'undo' ? this.#history.previous : this.#history.next;
		if (!current || !target) return [];
		return undoAreas($state.snapshot(current) as Session, target);
	}

	redo(): void {
		const current = this.#session;
		if (!current) return;
		const snapshot = $state.snapshot(current) as Session;
		const next = this.#history.redo(snapshot);
		this.#historyDirty ||= next !== undefined;
		if (next) this.#apply(this.#restoreForms(next, snapshot));
	}

	#restoreForms(target: Session, current: Session): Session {
		const now = this.#now();
		// A claim counts as confirmed only while the profile holds it: whichever profile comes
		// back, each finding takes the confirmation it had in that state.
		current = { ...current, cv: withConfirmationsOf(target.cv, current.cv) };
		// Items the CV dropped since (their role was replaced by an import, say) come back with
		// their role; the rest of the CV stays as it is now.
		const known = allItems(current.cv).map((item) => item.id);
		const dropped = allItems(target.cv).filter((item) => !known.includes(item.id));
		const cv =
			dropped.length === 0
				? current.cv
				: syncCvItems(
						{
							sections: current.cv.sections.map((section) => ({
								...section,
								items: [
									...section.items,
									...dropped.filter((item) => sectionOf(item.kind) === section.kind)
								]
							}))
						},
						target.profile,
						now
					);
		return { ...target, cv, usage: current.usage, revision: current.revision, updatedAt: now };
	}

	/** Saves pending changes now (called on pagehide and before leaving the page). */
	flush(): Promise<void> {
		return this.#autosaver.flush();
	}

	#apply(next: Session): void {
		this.#session = next;
		this.#syncUndoFlags();
		this.#saveState = 'saving';
		this.#autosaver.schedule(next);
	}

	#syncUndoFlags(): void {
		this.#canUndo = this.#history.canUndo;
		this.#canRedo = this.#history.canRedo;
	}

	async #write(session: Session): Promise<void> {
		// Nothing is stored while the person decides what to do with a deleted session; `commit`
		// must hear that, not resolve as if the change were saved.
		if (this.#deletedElsewhere) throw deletedError();
		const saved = await this.dependencies.sessions.save(session, {
			expectedRevision: this.#recreate ? undefined : this.#knownRevision
		});
		this.#recreate = false;
		this.#knownRevision = saved.revision;
		if (this.#session && this.#session.id === saved.id) {
			// Keep the on-screen object, only move the revision forward.
			this.#session.revision = saved.revision;
		}
		try {
			if (this.#historyDirty) {
				this.#historyDirty = false;
				await this.dependencies.history.save(session.id, this.#history.stacks);
			}
		} catch {
			// The session itself is saved; losing undo steps must not report it as unsaved.
			this.#historyDirty = true;
		}
		this.#saveState = this.#autosaver.hasQueuedValue ? 'saving' : 'saved';
		this.#saveError = '';
		this.#saveFailure = undefined;
		this.dependencies.changes?.announce({ id: saved.id, revision: saved.revision });
	}

	#reportSaveError(error: unknown): void {
		const storageError = toStorageError(error);
		this.#saveState = 'error';
		this.#saveError = storageError.message;
		this.#saveFailure = storageError;
		if (storageError.kind === 'conflict') this.#conflict = true;
		if (storageError.kind === 'deleted') this.#deletedElsewhere = true;
	}
}
