/** The app's repositories on the shared IndexedDB database, created on first use. */
import { appDatabase } from './database';
import { DexieHistoryRepository, type HistoryRepository } from './history-repository';
import { BroadcastSessionChangeFeed, type SessionChangeFeed } from './session-change-feed';
import { DexieSessionRepository, type SessionRepository } from './session-repository';

let sessions: SessionRepository | undefined;
let history: HistoryRepository | undefined;

export function sessionRepository(): SessionRepository {
	sessions ??= new DexieSessionRepository(appDatabase());
	return sessions;
}

export function historyRepository(): HistoryRepository {
	history ??= new DexieHistoryRepository(appDatabase());
	return history;
}

let changes: SessionChangeFeed | undefined;

/** Saves announced to, and heard from, the app's other tabs. */
export function sessionChangeFeed(): SessionChangeFeed {
	changes ??= new BroadcastSessionChangeFeed();
	return changes;
}
