/**
 * How an open session lives with other tabs on the same session. A save made elsewhere is
 * followed at once when this tab has nothing unsaved; over unsaved changes it is a conflict the
 * person settles (show theirs, or keep mine). A session deleted elsewhere is never saved again
 * silently: saving stops until the person keeps it, and it is then stored anew. Every save
 * names the revision it expects to replace, so a conflict is caught even without the broadcast.
 */
import type { Session } from '$lib/domain';
import type { SessionChange } from '$lib/storage/session-change-feed';
import { deletedError, type SessionReadResult } from '$lib/storage/session-repository';
import type { StorageError } from '$lib/storage/storage-error';
import type { SaveState } from './session-saves.svelte';

/** What the protocol needs from the open session it guards. */
export interface CrossTabHost {
	/** The session on screen. */
	current(): Session | undefined;
	/** A change made here waits for its autosave. */
	queued(): boolean;
	saveState(): SaveState;
	/** Forgets the changes waiting to be saved, and the last failed save. */
	discardUnsaved(): void;
	reportSaveError(error: unknown): void;
	/** Shows the stored version in place; false when it could not be read. */
	showStored(id: string): Promise<boolean>;
	/** Saves what is on screen now; resolves to how the save went. */
	saveAgain(): Promise<SaveState>;
	read(id: string): Promise<SessionReadResult>;
	tell(notice: string): void;
}

export class CrossTabProtocol {
	/** Another tab saved this session while this one had changes of its own. */
	#conflict = $state(false);
	/** Another tab deleted this session; nothing is saved until the person decides. */
	#deletedElsewhere = $state(false);
	/** Set by `keepDeleted`: the next save stores the session anew instead of expecting a revision. */
	#recreate = false;
	/** The revision we last read or wrote; a different stored revision means another tab saved. */
	#knownRevision = 0;

	constructor(private readonly host: CrossTabHost) {}

	/** True when another tab saved this session over changes made here: the person must choose. */
	get conflict(): boolean {
		return this.#conflict;
	}
	get deletedElsewhere(): boolean {
		return this.#deletedElsewhere;
	}

	/** This tab read the stored session at `revision`. */
	read(revision: number): void {
		this.#knownRevision = revision;
	}

	/**
	 * The revision the next save expects to replace (none when the session is stored anew). It
	 * throws while the session is deleted elsewhere: `commit` must hear that nothing was stored.
	 */
	revisionToReplace(): number | undefined {
		if (this.#deletedElsewhere) throw deletedError();
		return this.#recreate ? undefined : this.#knownRevision;
	}

	/** A save stored the session at `revision`. */
	wrote(revision: number): void {
		this.#recreate = false;
		this.#knownRevision = revision;
	}

	/** A save failed: a conflict or a deletion found on saving asks the person, as a broadcast would. */
	saveFailed(error: StorageError): void {
		if (error.kind === 'conflict') this.#conflict = true;
		if (error.kind === 'deleted') this.#deletedElsewhere = true;
	}

	/** Another tab saved or deleted a session. */
	async onChange(change: SessionChange): Promise<void> {
		const current = this.host.current();
		if (!current || change.id !== current.id) return;
		if (change.deleted) {
			const unsaved = this.host.queued() || this.host.saveState() !== 'saved';
			this.host.discardUnsaved();
			this.#deletedElsewhere = true;
			// What waited to be saved never will be: say so instead of "Saving…" forever.
			if (unsaved) this.host.reportSaveError(deletedError());
			return;
		}
		if (change.revision <= this.#knownRevision) return;
		if (this.host.queued() || this.host.saveState() === 'error') {
			this.#conflict = true;
			return;
		}
		if (await this.host.showStored(current.id)) {
			this.host.tell('Updated with changes saved in another tab.');
		}
	}

	/** Drops this tab's unsaved changes and shows what the other tab saved. */
	async takeTheirs(): Promise<void> {
		const id = this.host.current()?.id;
		if (!id) return;
		this.host.discardUnsaved();
		this.#conflict = false;
		if (await this.host.showStored(id))
			this.host.tell('Showing the version saved in the other tab.');
	}

	/** Saves this tab's version over the other tab's. */
	async keepMine(): Promise<void> {
		const current = this.host.current();
		if (!current) return;
		const stored = await this.host.read(current.id);
		if (stored.ok) this.#knownRevision = stored.session.revision;
		this.#conflict = false;
		if ((await this.host.saveAgain()) === 'saved') {
			this.host.tell('Your version is saved; the other tab will show it.');
		}
	}

	/** Saves this session again after another tab deleted it. */
	async keepDeleted(): Promise<void> {
		if (!this.host.current()) return;
		this.#deletedElsewhere = false;
		this.#recreate = true;
		if ((await this.host.saveAgain()) === 'saved') this.host.tell('The session is saved again.');
	}
}
