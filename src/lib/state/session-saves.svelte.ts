/**
 * Saving the open session, as the person sees it: "Saving…", "Saved", or why the last save
 * failed. A change is saved a short while after the last one (the Autosaver debounces), and at
 * once on `flush`; a failure stays on screen until a save succeeds.
 */
import type { Session } from '$lib/domain';
import { Autosaver } from '$lib/storage/autosaver';
import { StorageError, toStorageError } from '$lib/storage/storage-error';

export type SaveState = 'saved' | 'saving' | 'error';

export class SessionSaves {
	#state = $state<SaveState>('saved');
	#error = $state('');
	/** The last failed save, rethrown by `throwIfFailed` so a caller can tell a full disk from a conflict. */
	#failure: StorageError | undefined;
	readonly #autosaver: Autosaver<Session>;

	constructor(
		write: (session: Session) => Promise<void>,
		private readonly onFailure: (error: StorageError) => void,
		delayMs = 400
	) {
		this.#autosaver = new Autosaver<Session>(
			async (session) => {
				await write(session);
				this.#state = this.#autosaver.hasQueuedValue ? 'saving' : 'saved';
				this.#error = '';
				this.#failure = undefined;
			},
			(error) => this.fail(error),
			delayMs
		);
	}

	get state(): SaveState {
		return this.#state;
	}
	get error(): string {
		return this.#error;
	}
	/** A change waits for its save, or is being saved. */
	get pending(): boolean {
		return this.#autosaver.hasPendingChanges;
	}

	schedule(session: Session): void {
		this.#state = 'saving';
		this.#autosaver.schedule(session);
	}

	flush(): Promise<void> {
		return this.#autosaver.flush();
	}

	/** Forgets the changes waiting to be saved, and the last failure. */
	discard(): void {
		this.#autosaver.discard();
		this.#state = 'saved';
		this.#error = '';
		this.#failure = undefined;
	}

	fail(error: unknown): void {
		const storageError = toStorageError(error);
		this.#state = 'error';
		this.#error = storageError.message;
		this.#failure = storageError;
		this.onFailure(storageError);
	}

	/** After a flush: rejects with why the save failed, if it did. */
	throwIfFailed(): void {
		if (this.#state === 'error') throw this.#failure ?? new StorageError(this.#error, 'unknown');
	}
}
