/**
 * The app's real stores: one IndexedDB database (opened on first use, not at import), the
 * BroadcastChannel between tabs, the tab's sessionStorage, and the browser's storage manager.
 */
import { appDatabase } from '$lib/storage/database';
import { DexieHistoryRepository } from '$lib/storage/history-repository';
import { DexieLlmCacheRepository } from '$lib/storage/llm-cache-repository';
import { requestPersistentStorage } from '$lib/storage/request-persistence';
import { BroadcastSessionChangeFeed } from '$lib/storage/session-change-feed';
import { DexieSessionRepository } from '$lib/storage/session-repository';
import { DexieSettingsRepository } from '$lib/storage/settings-repository';
import { BrowserTabKeyStore } from '$lib/storage/tab-key-store';
import { DexieUsageRepository } from '$lib/storage/usage-repository';
import { SessionStorageWritingMark } from '$lib/storage/writing-mark-store';
import { createAppServices, type AppServices } from './app-services';

export function browserAppServices(): AppServices {
	// Dexie opens the database on the first read or write, not here.
	const database = appDatabase();
	return createAppServices({
		sessions: new DexieSessionRepository(database),
		history: new DexieHistoryRepository(database),
		changes: new BroadcastSessionChangeFeed(),
		settings: new DexieSettingsRepository(database),
		cache: new DexieLlmCacheRepository(database),
		usage: new DexieUsageRepository(database),
		tabKey: new BrowserTabKeyStore(),
		writingMark: new SessionStorageWritingMark(),
		requestPersistence: () => requestPersistentStorage()
	});
}
