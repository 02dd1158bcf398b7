import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '$lib/domain';
import { AppDatabase } from './database';
import { DexieHistoryRepository } from './history-repository';

let databaseCount = 0;
let database: AppDatabase | undefined;

function freshRepository() {
	database = new AppDatabase(`history-repository-test-${++databaseCount}`, {
		indexedDB,
		IDBKeyRange
	});
	return { database, history: new DexieHistoryRepository(database) };
}

afterEach(async () => {
	await database?.delete();
});

describe('DexieHistoryRepository', () => {
	it('gives empty stacks for a session without history', async () => {
		const { history } = freshRepository();
		expect(await history.load('never-edited')).toEqual({ past: [], future: [] });
	});

	it('round-trips undo and redo stacks per session', async () => {
		const { history } = freshRepository();
		const before = createSession('Before', 1);
		const after = { ...before, name: 'After', updatedAt: 2 };
		const redo = { ...before, name: 'Redo', updatedAt: 3 };
		await history.save(before.id, { past: [before, after], future: [redo] });
		await history.save('other', { past: [], future: [] });

		expect(await history.load(before.id)).toEqual({ past: [before, after], future: [redo] });
		expect(await history.load('other')).toEqual({ past: [], future: [] });
	});

	it('drops a damaged snapshot but keeps the good ones, so undo still works', async () => {
		const { database, history } = freshRepository();
		const good = createSession('Good', 1);
		await database.history.put({
			sessionId: good.id,
			past: [good, { name: 'not a session' }, 42],
			future: 'not a list' as unknown as unknown[]
		});
		expect(await history.load(good.id)).toEqual({ past: [good], future: [] });
	});

	it('replaces the stored stacks on save', async () => {
		const { history } = freshRepository();
		const session = createSession('S', 1);
		await history.save(session.id, { past: [session, session], future: [] });
		await history.save(session.id, { past: [], future: [session] });
		expect(await history.load(session.id)).toEqual({ past: [], future: [session] });
	});
});
