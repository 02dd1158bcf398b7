/**
 * The session being edited: the one object the session page reads and changes. Editing it
 * (`update`, `commit`, undo and redo) is EditableSession's part; this class opens it from storage,
 * writes each save back, and lives with other tabs through the cross-tab protocol.
 */
import { allItems, recoverInterruptedItems, type Session } from '$lib/domain';
import type { HistoryRepository } from '$lib/storage/history-repository';
import type { SessionChangeFeed } from '$lib/storage/session-change-feed';
import type { SessionReadResult, SessionRepository } from '$lib/storage/session-repository';
import type { StorageError } from '$lib/storage/storage-error';
import { CrossTabProtocol } from './cross-tab-protocol.svelte';
import { EditableSession } from './editable-session.svelte';
import { registerPendingSave } from './pending-saves';
import type { SaveState } from './session-saves.svelte';

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

export class OpenSession extends EditableSession {
	#loadError = $state('');
	#notice = $state('');
	/**
	 * Items stored as "generating" when the session was opened: a reload caught them mid-request.
	 * A cancelled item is stored as pending (or back in review), so it is never among them.
	 */
	#interrupted: string[] = [];
	readonly #tabs: CrossTabProtocol;

	constructor(private readonly dependencies: OpenSessionDependencies) {
		super(
			dependencies.history,
			dependencies.now ?? (() => Date.now()),
			dependencies.autosaveDelayMs
		);
		this.#tabs = new CrossTabProtocol({
			current: () => this.session,
			queued: () => this.saves.pending,
			saveState: () => this.saves.state,
			discardUnsaved: () => this.saves.discard(),
			reportSaveError: (error) => this.saves.fail(error),
			showStored: (id) => this.#follow(id),
			saveAgain: async () => {
				if (this.session) this.apply($state.snapshot(this.session) as Session);
				await this.flush();
				return this.saves.state;
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
	}

	/** Stops taking part in "save everything before reloading". */
	readonly dispose: () => void;

	get loadError(): string {
		return this.#loadError;
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
		this.show(undefined);
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
		await this.undoSteps.open(id);
		this.#tabs.read(result.session.revision);
		this.#interrupted = allItems(result.session.cv)
			.filter((item) => item.status === 'generating')
			.map((item) => item.id);
		// Nothing is in flight after a reload: "generating" items go back to pending.
		this.show({
			...result.session,
			cv: recoverInterruptedItems(result.session.cv, this.now())
		});
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
		if (!result.ok || this.session?.id !== id) return false;
		this.#tabs.read(result.session.revision);
		this.show(result.session);
		await this.undoSteps.open(id);
		return true;
	}

	protected async write(session: Session): Promise<void> {
		// Nothing is stored while the person decides what to do with a deleted session; `commit`
		// must hear that, not resolve as if the change were saved.
		const expectedRevision = this.#tabs.revisionToReplace();
		const saved = await this.dependencies.sessions.save(session, { expectedRevision });
		this.#tabs.wrote(saved.revision);
		const shown = this.session;
		if (shown && shown.id === saved.id) {
			// Keep the on-screen object, only move the revision forward.
			shown.revision = saved.revision;
		}
		await this.undoSteps.store(session.id);
		this.dependencies.changes?.announce({ id: saved.id, revision: saved.revision });
	}

	protected saveFailed(error: StorageError): void {
		this.#tabs.saveFailed(error);
	}
}
