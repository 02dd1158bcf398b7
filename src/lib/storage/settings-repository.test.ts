import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from './database';
import { defaultLlmSettings } from '$lib/llm/llm-settings';
import { DexieSettingsRepository } from './settings-repository';

let databaseCount = 0;
const openDatabases: AppDatabase[] = [];

function freshDatabase(): AppDatabase {
	const database = new AppDatabase(`settings-test-${++databaseCount}`, { indexedDB, IDBKeyRange });
	openDatabases.push(database);
	return database;
}

afterEach(async () => {
	for (const database of openDatabases.splice(0)) await database.delete();
});

describe('DexieSettingsRepository', () => {
	it('returns the defaults when nothing is stored, and what was saved afterwards', async () => {
		const repository = new DexieSettingsRepository(freshDatabase());
		expect(await repository.loadLlmSettings()).toEqual({ settings: defaultLlmSettings() });
		const changed = {
			...defaultLlmSettings(),
			baseUrl: 'http://127.0.0.1:8787',
			modelForStep: { generation: 'openai/gpt-oss-20b', cleaning: 'openai/gpt-oss-20b' }
		};
		await repository.saveLlmSettings(changed);
		expect(await repository.loadLlmSettings()).toEqual({ settings: changed });
	});

	it('reports damaged settings and uses the defaults instead', async () => {
		const database = freshDatabase();
		await database.settings.put({ key: 'llm', value: { baseUrl: 42 } });
		const loaded = await new DexieSettingsRepository(database).loadLlmSettings();
		expect(loaded.settings).toEqual(defaultLlmSettings());
		expect(loaded.problem).toMatch(/could not be read/);
	});

	it('reads settings saved before the reasoning effort existed as low effort', async () => {
		const database = freshDatabase();
		const { tailoring, ...older } = defaultLlmSettings();
		await database.settings.put({
			key: 'llm',
			value: { ...older, tailoring: { twoPass: true, prefetchNext: false } }
		});
		const loaded = await new DexieSettingsRepository(database).loadLlmSettings();
		expect(loaded.problem).toBeUndefined();
		expect(loaded.settings.tailoring).toEqual({
			...tailoring,
			twoPass: true,
			reasoningEffort: 'low'
		});
	});

	it('keeps the learned answer budgets in their own record', async () => {
		const database = freshDatabase();
		const repository = new DexieSettingsRepository(database);
		expect(await repository.loadAnswerBudgets()).toBeUndefined();
		const record = { samples: { 'role|openai/gpt-oss-120b|low': [210, 250] } };
		await repository.saveAnswerBudgets(record);
		expect(await new DexieSettingsRepository(database).loadAnswerBudgets()).toEqual(record);
		expect((await repository.loadLlmSettings()).settings).toEqual(defaultLlmSettings());
	});

	it('stores the key only when asked, and forgets it', async () => {
		const database = freshDatabase();
		const repository = new DexieSettingsRepository(database);
		expect(await repository.loadApiKey()).toBeUndefined();
		await repository.saveApiKey('gsk_kept_on_device');
		expect(await repository.loadApiKey()).toBe('gsk_kept_on_device');
		await repository.forgetApiKey();
		expect(await repository.loadApiKey()).toBeUndefined();
		expect(await database.settings.count()).toBe(0);
	});
});
