import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from './database';
import { MemoryUsageRepository } from './testing/memory-usage-repository';
import { DexieUsageRepository, type UsageRepository } from './usage-repository';

let databaseCount = 0;
const openDatabases: AppDatabase[] = [];

function freshDatabase(): AppDatabase {
	const database = new AppDatabase(`usage-test-${++databaseCount}`, { indexedDB, IDBKeyRange });
	openDatabases.push(database);
	return database;
}

afterEach(async () => {
	for (const database of openDatabases.splice(0)) await database.delete();
});

const subjects: Array<[string, () => { repository: UsageRepository; database?: AppDatabase }]> = [
	[
		'DexieUsageRepository',
		() => {
			const database = freshDatabase();
			return { repository: new DexieUsageRepository(database), database };
		}
	],
	['MemoryUsageRepository', () => ({ repository: new MemoryUsageRepository() })]
];

describe.each(subjects)('%s', (_name, make) => {
	it('adds to what is stored, per model and day', async () => {
		const { repository } = make();
		await repository.update('m', 1, (current) => ({ ...current, requests: current.requests + 1 }));
		await repository.update('m', 1, (current) => ({
			requests: current.requests + 1,
			tokens: current.tokens + 500
		}));
		await repository.update('other', 1, (current) => ({
			...current,
			requests: current.requests + 7
		}));
		expect(await repository.read('m', 1)).toEqual({ requests: 2, tokens: 500 });
		expect(await repository.read('m', 2)).toEqual({ requests: 0, tokens: 0 });
		expect(await repository.read('other', 1)).toEqual({ requests: 7, tokens: 0 });
	});

	it('never stores negative figures', async () => {
		const { repository } = make();
		const result = await repository.update('m', 1, () => ({ requests: -1, tokens: -20 }));
		expect(result).toEqual({ requests: 0, tokens: 0 });
	});
});

describe('DexieUsageRepository', () => {
	it('reads a damaged record as unused instead of failing', async () => {
		const database = freshDatabase();
		await database.usage.put({ id: 'm|1', value: { requests: 'many' } });
		expect(await new DexieUsageRepository(database).read('m', 1)).toEqual({
			requests: 0,
			tokens: 0
		});
	});
});
