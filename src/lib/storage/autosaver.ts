/**
 * Saves the latest value a short while after the last change (debounced), and at once on
 * `flush()` (the page calls it on `pagehide`). One save runs at a time; a change made while a
 * save runs is saved right after it, so the newest value always lands last.
 */
export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class Autosaver<T> {
	#pending: { value: T } | undefined;
	#timer: unknown;
	#running: Promise<void> | undefined;

	constructor(
		private readonly save: (value: T) => Promise<void>,
		private readonly onError: (error: unknown) => void,
		private readonly delayMs = 400,
		private readonly timers: Timers = systemTimers
	) {}

	/** A newer value waits to be saved after the one being saved now. */
	get hasQueuedValue(): boolean {
		return this.#pending !== undefined;
	}

	get hasPendingChanges(): boolean {
		return this.#pending !== undefined || this.#running !== undefined;
	}

	schedule(value: T): void {
		this.#pending = { value };
		if (this.#timer !== undefined) this.timers.clearTimeout(this.#timer);
		this.#timer = this.timers.setTimeout(() => {
			this.#timer = undefined;
			void this.flush();
		}, this.delayMs);
	}

	/** Forgets the value waiting to be saved (the person chose another tab's version). */
	discard(): void {
		if (this.#timer !== undefined) this.timers.clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#pending = undefined;
	}

	/** Saves what is pending now; resolves when everything scheduled so far is saved. */
	async flush(): Promise<void> {
		if (this.#timer !== undefined) {
			this.timers.clearTimeout(this.#timer);
			this.#timer = undefined;
		}
		while (this.#running || this.#pending) {
			if (this.#running) {
				await this.#running;
				continue;
			}
			const { value } = this.#pending!;
			this.#pending = undefined;
			this.#running = this.save(value)
				.catch((error: unknown) => this.onError(error))
				.finally(() => {
					this.#running = undefined;
				});
		}
	}
}
