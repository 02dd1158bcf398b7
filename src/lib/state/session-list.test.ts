import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
	CvItemSchema,
	createSession,
	exampleSession,
	findItem,
	serializeSessionFile,
	SESSION_SCHEMA_VERSION,
	type Session
} from '$lib/domain';
import { AppDatabase } from '$lib/storage/database';
import { DexieSessionRepository } from '$lib/storage/session-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { SessionList } from './session-list.svelte';

function setup(start = 1_000) {
	let clock = start;
	const repository = new MemorySessionRepository();
	const list = new SessionList(repository, () => clock);
	return {
		repository,
		list,
		tick(ms = 1_000) {
			clock += ms;
		}
	};
}

function storedSession(repository: MemorySessionRepository, id: string): Session {
	return repository.records.get(id) as Session;
}

function idOf(result: { ok: true; id: string } | { ok: false; message: string }): string {
	if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
	return result.id;
}

describe('SessionList', () => {
	it('creates a session that starts from an imported, reviewed profile', async () => {
		const { repository, list } = setup();
		const profile = exampleSession(1).profile;
		const id = idOf(await list.createWithProfile('Ward Manager', profile));
		expect(storedSession(repository, id)).toMatchObject({ name: 'Ward Manager', profile });
		expect(list.sessions.map((session) => session.name)).toEqual(['Ward Manager']);
	});

	it('shows stored sessions, newest first, once refreshed', async () => {
		const { repository, list } = setup();
		expect(list.loaded).toBe(false);
		await repository.save(createSession('Older', 1));
		await repository.save(createSession('Newer', 2));
		await list.refresh();
		expect(list.loaded).toBe(true);
		expect(list.loadError).toBe('');
		expect(list.sessions.map((summary) => summary.name)).toEqual(['Newer', 'Older']);
	});

	it('lists a damaged session separately, with the reason, next to the good ones', async () => {
		const { repository, list } = setup();
		await repository.save(createSession('Good', 1));
		repository.records.set('bad', { id: 'bad', name: 'Bad' });
		await list.refresh();
		expect(list.sessions.map((summary) => summary.name)).toEqual(['Good']);
		expect(list.unreadable).toHaveLength(1);
		expect(list.unreadable[0]!.id).toBe('bad');
		expect(list.unreadable[0]!.message).toMatch(/^This session is damaged and cannot be opened:/);
	});

	it('says so when the browser’s storage cannot be read at all', async () => {
		const { repository, list } = setup();
		repository.list = async () => {
			throw new Error('The database connection is closing.');
		};
		await list.refresh();
		expect(list.loaded).toBe(true);
		expect(list.loadError).toMatch(
			/^Your sessions could not be read from this browser’s storage\./
		);
	});

	it('answers with a message, not a crash, when a session cannot be read for an action', async () => {
		const { repository, list } = setup();
		const id = idOf(await list.create('Stored'));
		repository.get = () => Promise.reject(new Error('UnknownError: backing store'));
		const expected = {
			ok: false,
			message:
				'This session could not be read from this browser’s storage. Reload the page and try again.'
		};
		expect(await list.duplicate(id)).toEqual(expected);
		expect(await list.rename(id, 'New')).toEqual(expected);
		expect(repository.records.size).toBe(1);

		// An import cannot tell whether the id is taken, so it never risks overwriting: a copy.
		const file = createSession('File', 1);
		const imported = idOf(await list.importFile(serializeSessionFile(file)));
		expect(imported).not.toBe(file.id);
		expect(storedSession(repository, id).name).toBe('Stored');
	});

	it('creates a named session and shows it', async () => {
		const { repository, list } = setup(5_000);
		const id = idOf(await list.create('  Platform Engineer at Nordwind  '));
		expect(storedSession(repository, id)).toMatchObject({
			name: 'Platform Engineer at Nordwind',
			createdAt: 5_000,
			revision: 1
		});
		expect(list.sessions.map((summary) => summary.id)).toEqual([id]);
	});

	it('loads the example as a ready-to-try session', async () => {
		const { repository, list } = setup();
		const id = idOf(await list.loadExample());
		const session = storedSession(repository, id);
		expect(session.profile.roles).toHaveLength(5);
		expect(session.profile.projects).toHaveLength(4);
		expect(list.sessions[0]).toMatchObject({ id, company: 'Acme Mobility' });
	});

	it('duplicates a session for the next application, leaving the original as it was', async () => {
		const { repository, list, tick } = setup();
		const sourceId = idOf(await list.loadExample());
		const before = structuredClone(storedSession(repository, sourceId));
		tick();
		const copyId = idOf(await list.duplicate(sourceId));

		expect(copyId).not.toBe(sourceId);
		const copy = storedSession(repository, copyId);
		expect(copy.name).toBe('Lead Data Engineer – Acme Mobility (copy)');
		expect(copy.profile).toEqual(before.profile);
		expect(copy.createdAt).toBe(2_000);
		expect(storedSession(repository, sourceId)).toEqual(before);
		expect(list.sessions.map((summary) => summary.id)).toEqual([copyId, sourceId]);
	});

	it('cannot duplicate a session that is gone', async () => {
		const { list } = setup();
		const result = await list.duplicate('missing');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/does not exist/);
	});

	it('renames a session, trimming the name', async () => {
		const { repository, list, tick } = setup();
		const id = idOf(await list.create('Old name'));
		tick(500);
		expect(await list.rename(id, '  New name  ')).toEqual({ ok: true, id });
		expect(storedSession(repository, id)).toMatchObject({ name: 'New name', updatedAt: 1_500 });
		expect(list.sessions[0]!.name).toBe('New name');
	});

	it('refuses an empty name and keeps the old one', async () => {
		const { repository, list } = setup();
		const id = idOf(await list.create('Keep me'));
		const callsBefore = repository.calls.length;
		expect(await list.rename(id, '   ')).toEqual({ ok: false, message: 'A session needs a name.' });
		expect(storedSession(repository, id).name).toBe('Keep me');
		expect(repository.calls.slice(callsBefore)).toEqual([]);
	});

	it('removes a session from storage and from the list', async () => {
		const { repository, list } = setup();
		const kept = idOf(await list.create('Kept'));
		const gone = idOf(await list.create('Gone'));
		expect(await list.remove(gone)).toEqual({ ok: true, id: gone });
		expect(repository.records.has(gone)).toBe(false);
		expect(list.sessions.map((summary) => summary.id)).toEqual([kept]);
	});

	it('reports a full disk when a session cannot be stored', async () => {
		const { repository, list } = setup();
		repository.failNextSave = new DOMException('full', 'QuotaExceededError');
		const result = await list.create('Will not fit');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/storage for this site is full/);
		expect(repository.records.size).toBe(0);
	});

	describe('importFile', () => {
		it('imports an exported session, with interrupted items back to pending', async () => {
			const { repository, list } = setup(9_000);
			const exported = exampleSession(1);
			exported.revision = 12;
			exported.cv.sections[0]!.items.push(
				CvItemSchema.parse({ id: 'kq', kind: 'key_qualifications', status: 'generating' })
			);
			const id = idOf(await list.importFile(serializeSessionFile(exported)));
			expect(id).toBe(exported.id);
			const imported = storedSession(repository, id);
			expect(imported.profile).toEqual(exported.profile);
			expect(imported.revision).toBe(1);
			expect(findItem(imported.cv, 'kq')?.status).toBe('pending');
			expect(list.sessions.map((summary) => summary.id)).toEqual([id]);
		});

		it('imports a session whose id already exists as a copy, leaving the existing one alone', async () => {
			const { repository, list, tick } = setup();
			const id = idOf(await list.create('Mine'));
			const existing = structuredClone(storedSession(repository, id));
			const file = serializeSessionFile({
				...existing,
				job: { ...existing.job, title: 'From file' }
			});
			tick();

			const copyId = idOf(await list.importFile(file));
			expect(copyId).not.toBe(id);
			expect(storedSession(repository, id)).toEqual(existing);
			expect(storedSession(repository, copyId)).toMatchObject({
				name: 'Mine (imported)',
				job: { title: 'From file' },
				revision: 1
			});
			expect(list.sessions).toHaveLength(2);
		});

		it('never overwrites a damaged record that has the same id', async () => {
			const { repository, list } = setup();
			const exported = createSession('Backup', 1);
			const damaged = { ...exported, cv: 'garbled' };
			repository.records.set(exported.id, damaged);

			const id = idOf(await list.importFile(serializeSessionFile(exported)));
			expect(id).not.toBe(exported.id);
			expect(repository.records.get(exported.id)).toEqual(damaged);
			expect(list.sessions.map((summary) => summary.name)).toEqual(['Backup (imported)']);
			expect(list.unreadable.map((entry) => entry.id)).toEqual([exported.id]);
		});

		it.each([
			['not JSON', 'hello', /^This file is not valid JSON/],
			['a JSON Resume', '{"basics":{"name":"Richard"}}', /^This is not an aicvgen session file\./],
			[
				'a file from a newer app',
				JSON.stringify({
					format: 'aicvgen-session',
					session: { ...createSession('x', 1), schemaVersion: SESSION_SCHEMA_VERSION + 1 }
				}),
				/newer version of aicvgen/
			],
			[
				'a session with a bad field',
				JSON.stringify({
					format: 'aicvgen-session',
					session: { ...createSession('x', 1), name: '' }
				}),
				/^This session file has problems:\nname: Give the session a name/
			]
		])('refuses %s with a message and changes nothing', async (_, text, message) => {
			const { repository, list } = setup();
			idOf(await list.create('Existing'));
			const before = new Map(repository.records);
			const result = await list.importFile(text);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.message).toMatch(message);
			expect(repository.records).toEqual(before);
			expect(list.sessions.map((summary) => summary.name)).toEqual(['Existing']);
		});
	});

	it('works the same on IndexedDB: import, duplicate, rename, remove', async () => {
		const database = new AppDatabase('session-list-test', { indexedDB, IDBKeyRange });
		try {
			const repository = new DexieSessionRepository(database);
			let clock = 1;
			const list = new SessionList(repository, () => clock++);
			const exported = exampleSession(0);
			const imported = idOf(await list.importFile(serializeSessionFile(exported)));
			const copy = idOf(await list.duplicate(imported));
			await list.rename(copy, 'Für die nächste Bewerbung');
			await list.importFile(serializeSessionFile(exported));
			expect(list.sessions.map((summary) => summary.name)).toEqual([
				'Lead Data Engineer – Acme Mobility (imported)',
				'Für die nächste Bewerbung',
				'Lead Data Engineer – Acme Mobility'
			]);
			await list.remove(imported);
			expect(list.sessions).toHaveLength(2);
			expect((await repository.get(imported)).ok).toBe(false);
		} finally {
			await database.delete();
		}
	});
});
