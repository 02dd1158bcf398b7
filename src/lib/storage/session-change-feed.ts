/**
 * Tells other tabs of this browser that a session was saved, so a tab with the same session
 * open shows the newer version instead of later overwriting it. BroadcastChannel in the
 * browser; an in-memory hub for tests.
 */
export interface SessionChange {
	id: string;
	revision: number;
	/** The session was deleted (revision is then meaningless). */
	deleted?: boolean;
}

export interface SessionChangeFeed {
	announce(change: SessionChange): void;
	subscribe(listener: (change: SessionChange) => void): () => void;
}

function isSessionChange(value: unknown): value is SessionChange {
	const change = value as Partial<SessionChange> | null;
	return (
		typeof change?.id === 'string' &&
		typeof change.revision === 'number' &&
		(change.deleted === undefined || typeof change.deleted === 'boolean')
	);
}

export class BroadcastSessionChangeFeed implements SessionChangeFeed {
	readonly #channel: BroadcastChannel | undefined;

	constructor(name = 'aicvgen-sessions') {
		this.#channel =
			typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
	}

	announce(change: SessionChange): void {
		this.#channel?.postMessage(change);
	}

	subscribe(listener: (change: SessionChange) => void): () => void {
		const channel = this.#channel;
		if (!channel) return () => undefined;
		const handler = (event: MessageEvent) => {
			if (isSessionChange(event.data)) listener(event.data);
		};
		channel.addEventListener('message', handler);
		return () => channel.removeEventListener('message', handler);
	}
}

/** Tabs in a test: each `feed()` is one tab; an announcement reaches every other tab. */
export class MemorySessionChangeHub {
	readonly #listeners = new Map<object, Set<(change: SessionChange) => void>>();

	feed(): SessionChangeFeed {
		const tab = {};
		const listeners = new Set<(change: SessionChange) => void>();
		this.#listeners.set(tab, listeners);
		return {
			announce: (change) => {
				for (const [other, set] of this.#listeners) {
					if (other !== tab) for (const listener of set) listener(change);
				}
			},
			subscribe: (listener) => {
				listeners.add(listener);
				return () => listeners.delete(listener);
			}
		};
	}
}
