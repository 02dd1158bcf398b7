/** The in-memory twin of BroadcastSessionChangeFeed: every subscriber hears every announcement. */
import type { SessionChange, SessionChangeFeed } from '../session-change-feed';

export class MemorySessionChangeFeed implements SessionChangeFeed {
	readonly #listeners = new Set<(change: SessionChange) => void>();
	readonly announced: SessionChange[] = [];

	announce(change: SessionChange): void {
		this.announced.push(change);
		for (const listener of this.#listeners) listener(change);
	}

	subscribe(listener: (change: SessionChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}
}
