import { describe, expect, it } from 'vitest';
import { MemoryHistoryRepository } from '$lib/storage/testing/memory-history-repository';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { MemorySessionChangeFeed } from '$lib/storage/testing/memory-session-change-feed';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { MemorySettingsRepository } from '$lib/storage/testing/memory-settings-repository';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { MemoryTabKeyStore } from '$lib/storage/tab-key-store';
import { MemoryWritingMark } from '$lib/storage/writing-mark-store';
import { createAppServices } from './app-services';
import { settingsOf } from './app-settings';
import { openSessionOf } from './session-services';

/** The app's own wiring, on in-memory stores: what the pages get from the root layout. */
function appOnMemory() {
	const ports = {
		sessions: new MemorySessionRepository(),
		history: new MemoryHistoryRepository(),
		changes: new MemorySessionChangeFeed(),
		settings: new MemorySettingsRepository(),
		cache: new MemoryLlmCacheRepository(),
		usage: new MemoryUsageRepository(),
		tabKey: new MemoryTabKeyStore(),
		writingMark: new MemoryWritingMark(),
		requestPersistence: async () => 'persisted' as const,
		now: () => 1_000
	};
	return { ports, services: createAppServices(ports) };
}

describe('the composition root', () => {
	it('opens, edits and saves a session the start page created, and the list sees the change', async () => {
		const { ports, services } = appOnMemory();
		const list = services.sessionList();
		const created = await list.create('Data role');
		expect(created.ok).toBe(true);
		const id = list.sessions[0]?.id ?? '';

		const store = openSessionOf(services);
		await store.load(id);
		store.edit((draft) => {
			draft.name = 'Data role, Zürich';
		});
		await store.flush();
		store.dispose();

		await list.refresh();
		expect(list.sessions.map((session) => session.name)).toEqual(['Data role, Zürich']);
		expect(ports.changes.announced.map((change) => change.id)).toContain(id);
	});

	it('gives every page the same settings, kept in the settings store the root was given', async () => {
		const { ports, services } = appOnMemory();
		await settingsOf(services).setApiKey('gsk_test', true);
		expect(await ports.settings.loadApiKey()).toBe('gsk_test');
		expect(settingsOf(services).hasKey).toBe(true);
	});
});
