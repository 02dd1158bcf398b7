/**
 * Something a page needs only once the person asks for it (most often code: a tab's panel and
 * its controllers), fetched on first use instead of with the page, so the page's first screen
 * does not wait for it. Its state (loading, ready, failed) is what the page shows meanwhile; a
 * failure (offline before the service worker cached the code, or a version replaced on the
 * server) becomes a message the person can act on, and asking again retries.
 */

export type OnDemandState<T> =
	| { status: 'idle' }
	| { status: 'loading' }
	| { status: 'ready'; value: T }
	| { status: 'failed'; message: string };

export const LOAD_FAILED =
	'This part of the app could not be loaded, most likely because the connection dropped or a new version was published. Try again, or reload the page (your work is saved).';

/** What a page shows about something loading, whatever it is. */
export type LoadingPart = Pick<OnDemand<unknown>, 'state' | 'get'>;

export class OnDemand<T> {
	#state = $state.raw<OnDemandState<T>>({ status: 'idle' });
	#pending: Promise<T | undefined> | undefined;
	#disposed = false;

	/**
	 * @param make fetches and builds the value; called again only after a failure.
	 * @param release undoes what `make` started (listeners, requests), when the page goes.
	 */
	constructor(
		private readonly make: () => Promise<T>,
		private readonly release: (value: T) => void = () => {}
	) {}

	get state(): OnDemandState<T> {
		return this.#state;
	}

	/** The value once it is ready. */
	get value(): T | undefined {
		return this.#state.status === 'ready' ? this.#state.value : undefined;
	}

	/**
	 * Starts loading, once; resolves with the value, or with undefined if it failed (the state
	 * says why) or the page went meanwhile. Never rejects, so callers need no catch.
	 */
	get(): Promise<T | undefined> {
		if (this.#pending) return this.#pending;
		this.#state = { status: 'loading' };
		const pending = this.make().then(
			(value) => {
				if (this.#disposed) {
					this.release(value);
					return undefined;
				}
				this.#state = { status: 'ready', value };
				return value;
			},
			(error: unknown) => {
				// The next call tries again (a dropped connection is often back by then).
				this.#pending = undefined;
				if (!this.#disposed) this.#state = { status: 'failed', message: LOAD_FAILED };
				console.warn('Loading on demand failed:', error);
				return undefined;
			}
		);
		this.#pending = pending;
		return pending;
	}

	/** The page is going: releases the value, now or when it arrives. */
	dispose(): void {
		this.#disposed = true;
		const value = this.value;
		if (value !== undefined) this.release(value);
	}
}
