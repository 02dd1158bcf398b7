import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, exampleSession, type Session } from '$lib/domain';
import { AppDatabase } from './database';
import { DexieHistoryRepository } from './history-repository';
import { DexieSessionRepository, type SessionRepository } from './session-repository';
import { StorageError } from './storage-error';
import { MemorySessionRepository } from './testing/memory-session-repository';

let databaseCount = 0;
const openDatabases: AppDatabase[] = [];

function freshDatabase(): AppDatabase {
	const database = new AppDatabase(`session-repository-test-${++databaseCount}`, {
		indexedDB,
		IDBKeyRange
	});
	openDatabases.push(database);
	return database;
}

afterEach(async () => {
	for (const database of openDatabases.splice(0)) await database.delete();
});

interface Subject {
	repository: SessionRepository;
	/** Writes a record as it is, bypassing validation, like an old or damaged database would hold. */
	putRaw(record: unknown): Promise<void>;
}

const implementations: Array<[string, () => Subject]> = [
	[
		'DexieSessionRepository on IndexedDB',
		() => {
			const database = freshDatabase();
			return {
				repository: new DexieSessionRepository(database),
				putRaw: async (record) => {
					await database.sessions.put(record);
				}
			};
		}
	],
	[
		'MemorySessionRepository (the test twin)',
		() => {
			const repository = new MemorySessionRepository();
			return {
				repository,
				putRaw: async (record) => {
					repository.records.set((record as { id: string }).id, record);
				}
			};
		}
	]
];

describe.each(implementations)('%s', (_, make) => {
	it('gives back exactly what was saved, with the revision moved on', async () => {
		const { repository } = make();
		const session = exampleSession(1_000);
		const saved = await repository.save(session);
		expect(saved.revision).toBe(1);
		const read = await repository.get(session.id);
		expect(read).toEqual({ ok: true, session: { ...session, revision: 1 } });
	});

	it('increments the revision on every save', async () => {
		const { repository } = make();
		const session = createSession('Data Engineer', 1);
		const first = await repository.save(session);
		const second = await repository.save({ ...first, name: 'Renamed' });
		const third = await repository.save(second, { expectedRevision: 2 });
		expect([first.revision, second.revision, third.revision]).toEqual([1, 2, 3]);
		const read = await repository.get(session.id);
		expect(read.ok && read.session).toMatchObject({ name: 'Renamed', revision: 3 });
	});

	it('refuses to overwrite a session another tab saved since we read it', async () => {
		const { repository } = make();
		const original = await repository.save(createSession('Shared', 1));
		// Another tab saves its edit first.
		await repository.save({ ...original, name: 'Edited in tab B' }, { expectedRevision: 1 });

		const stale = repository.save(
			{ ...original, name: 'Edited in tab A' },
			{ expectedRevision: original.revision }
		);
		await expect(stale).rejects.toBeInstanceOf(StorageError);
		await expect(stale).rejects.toMatchObject({
			kind: 'conflict',
			message: expect.stringContaining('changed in another tab or window')
		});
		const read = await repository.get(original.id);
		expect(read.ok && read.session).toMatchObject({ name: 'Edited in tab B', revision: 2 });
	});

	it('lists summaries, most recently changed first', async () => {
		const { repository } = make();
		// Ids and insertion order both differ from the expected order, so only sorting passes.
		const old = { ...createSession('Old application', 1_000), id: 'session-b' };
		const recent = { ...exampleSession(3_000), id: 'session-c' };
		const middle = { ...createSession('Middle application', 2_000), id: 'session-a' };
		for (const session of [old, recent, middle]) await repository.save(session);

		const listing = await repository.list();
		expect(listing.unreadable).toEqual([]);
		expect(listing.sessions.map((summary) => summary.name)).toEqual([
			'Lead Data Engineer – Acme Mobility',
			'Middle application',
			'Old application'
		]);
		expect(listing.sessions[0]).toEqual({
			id: recent.id,
			name: 'Lead Data Engineer – Acme Mobility',
			updatedAt: 3_000,
			personName: 'Zoë Łukasiewicz-Müller',
			jobTitle: 'Lead Data Engineer',
			company: 'Acme Mobility'
		});
	});

	it('lists a corrupt record as unreadable with the reason, while the others still list and open', async () => {
		const { repository, putRaw } = make();
		const good = await repository.save(createSession('Good one', 1));
		const damaged = {
			...createSession('Damaged', 2),
			profile: { roles: [{ id: 'r', start: 'soon' }] }
		};
		await putRaw(damaged);

		const listing = await repository.list();
		expect(listing.sessions.map((summary) => summary.id)).toEqual([good.id]);
		expect(listing.unreadable).toEqual([
			{
				id: damaged.id,
				message:
					'This session is damaged and cannot be opened:\nProfile › Role #1 › start: Use a date like 2021-03 (year and month) or 2021.'
			}
		]);

		expect((await repository.get(good.id)).ok).toBe(true);
		const opened = await repository.get(damaged.id);
		expect(opened.ok).toBe(false);
		expect(!opened.ok && opened.message).toMatch(/^This session is damaged and cannot be opened:/);
		expect('missing' in opened).toBe(false);
	});

	it('says a session that is not there does not exist', async () => {
		const { repository } = make();
		const result = await repository.get('no-such-id');
		expect(result).toMatchObject({ ok: false, missing: true });
		expect(!result.ok && result.message).toMatch(/does not exist/);
	});

	it('deletes a session', async () => {
		const { repository } = make();
		const kept = await repository.save(createSession('Kept', 1));
		const gone = await repository.save(createSession('Gone', 2));
		await repository.delete(gone.id);
		expect((await repository.list()).sessions.map((summary) => summary.id)).toEqual([kept.id]);
		expect(await repository.get(gone.id)).toMatchObject({ ok: false, missing: true });
	});

	it('stores a copy: changing the object after saving does not change the stored session', async () => {
		const { repository } = make();
		const session = createSession('Original', 1);
		const saved = await repository.save(session);
		session.name = 'Changed after save';
		saved.job.title = 'Changed after save';
		const read = await repository.get(session.id);
		expect(read.ok && read.session.name).toBe('Original');
		expect(read.ok && read.session.job.title).toBe('');
	});
});

describe('DexieSessionRepository specifics', () => {
	it('deletes the session’s undo history together with the session', async () => {
		const database = freshDatabase();
		const sessions = new DexieSessionRepository(database);
		const history = new DexieHistoryRepository(database);
		const session = await sessions.save(createSession('With history', 1));
		const other = await sessions.save(createSession('Other', 2));
		await history.save(session.id, { past: [session], future: [] });
		await history.save(other.id, { past: [other], future: [] });

		await sessions.delete(session.id);
		expect(await database.history.get(session.id)).toBeUndefined();
		expect((await history.load(other.id)).past).toHaveLength(1);
	});

	it('turns a full disk into a quota error with a message the user can act on, saving nothing', async () => {
		const database = freshDatabase();
		const repository = new DexieSessionRepository(database);
		const session = createSession('Too big', 1);
		vi.spyOn(database.sessions, 'put').mockRejectedValueOnce(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError')
		);
		const save = repository.save(session);
		await expect(save).rejects.toMatchObject({
			name: 'StorageError',
			kind: 'quota',
			message: expect.stringContaining('storage for this site is full')
		});
		expect(await repository.get(session.id)).toMatchObject({ ok: false, missing: true });
	});

	it('keeps sessions across a reopen of the database', async () => {
		const name = `session-repository-reopen-${++databaseCount}`;
		const first = new AppDatabase(name, { indexedDB, IDBKeyRange });
		const session: Session = exampleSession(5);
		await new DexieSessionRepository(first).save(session);
		first.close();

		const second = new AppDatabase(name, { indexedDB, IDBKeyRange });
		openDatabases.push(second);
		const read = await new DexieSessionRepository(second).get(session.id);
		expect(read).toEqual({ ok: true, session: { ...session, revision: 1 } });
	});
});
