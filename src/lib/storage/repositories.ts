/** The app's repositories on the shared IndexedDB database, created on first use. */
import { appDatabase } from './database';
import { DexieHistoryRepository, type HistoryRepository } from './history-repository';
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
