/** Undo and redo on the open session: the forms go back, the tailored CV stays, the history survives a reload. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createSession, exampleSession, type Session } from '$lib/domain';
import { AppDatabase } from '$lib/storage/database';
import { DexieHistoryRepository } from '$lib/storage/history-repository';
import { DexieSessionRepository } from '$lib/storage/session-repository';
import { OpenSession } from './open-session.svelte';
import {
	AUTOSAVE_MS,
	openWith,
	PAUSE_MS,
	stored,
	useFakeClock
} from './testing/open-session-harness';

describe('OpenSession', () => {
	useFakeClock();

	describe('undo and redo', () => {
		it('restore earlier states and save them', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			open.edit((draft) => {
				draft.job.title = 'First';
			});
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			open.edit((draft) => {
				draft.job.title = 'Second';
			});
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			expect(open.canUndo).toBe(true);

			open.undo();
			expect(open.session?.job.title).toBe('First');
			expect(open.canRedo).toBe(true);
			open.undo();
			expect(open.session?.job.title).toBe('');
			expect(open.canUndo).toBe(false);
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(stored(sessions, id).job.title).toBe('');

			open.redo();
			expect(open.session?.job.title).toBe('First');
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(stored(sessions, id).job.title).toBe('First');
			expect(open.saveState).toBe('saved');
		});

		it('never touch the tailored CV, which a request in flight may be writing', async () => {
			const { open } = await openWith(exampleSession(1));
			open.edit((draft) => {
				draft.job.title = 'Typed title';
			});
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			const withItem = structuredClone(open.session) as Session;
			withItem.cv.sections[0]!.items.push({
				id: 'kq',
				kind: 'key_qualifications',
				sourceId: '',
				status: 'generating',
				content: { text: '', bullets: [] },
				versions: [],
				feedback: '',
				excluded: false,
				findings: [],
				updatedAt: 1
			});
			await open.commit(withItem);

			open.undo();
			expect(open.session?.job.title).toBe('Lead Data Engineer');
			expect(open.session?.cv.sections[0]?.items.map((item) => item.status)).toEqual([
				'generating'
			]);
			open.redo();
			expect(open.session?.job.title).toBe('Typed title');
			expect(open.session?.cv.sections[0]?.items).toHaveLength(1);
		});

		it('keeps the revision moving forward, so undoing never looks like a conflict', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			open.edit((draft) => {
				draft.job.title = 'First';
			});
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			open.undo();
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(open.saveState).toBe('saved');
			expect(open.saveError).toBe('');
			expect(stored(sessions, id).revision).toBe(3);
		});

		it('persist the history, so undo still works after a reload', async () => {
			const { open, sessions, history, id } = await openWith(createSession('Job', 1));
			open.edit((draft) => {
				draft.job.title = 'First';
			});
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			open.edit((draft) => {
				draft.job.title = 'Second';
			});
			await open.flush();
			expect(history.stored.get(id)?.past.map((session) => session.job.title)).toEqual([
				'',
				'First'
			]);

			const reopened = new OpenSession({ sessions, history, autosaveDelayMs: AUTOSAVE_MS });
			await reopened.load(id);
			expect(reopened.session?.job.title).toBe('Second');
			expect(reopened.canUndo).toBe(true);
			reopened.undo();
			expect(reopened.session?.job.title).toBe('First');
			await reopened.flush();
			expect(stored(sessions, id).job.title).toBe('First');
			expect(history.stored.get(id)?.future.map((session) => session.job.title)).toEqual([
				'Second'
			]);
		});
	});
});

describe('OpenSession on IndexedDB', () => {
	it('keeps edits and undo history across a reload', async () => {
		const database = new AppDatabase('open-session-test', { indexedDB, IDBKeyRange });
		try {
			const sessions = new DexieSessionRepository(database);
			const history = new DexieHistoryRepository(database);
			const session = await sessions.save(exampleSession(1));
			let clock = 10_000;
			const dependencies = { sessions, history, now: () => clock, autosaveDelayMs: 5 };

			const open = new OpenSession(dependencies);
			await open.load(session.id);
			open.edit((draft) => {
				draft.profile.header.name = 'Зоя Лукасевич';
			});
			clock += PAUSE_MS;
			open.edit((draft) => {
				draft.job.company = 'Acme Mobilität GmbH';
			});
			await open.flush();

			const reopened = new OpenSession(dependencies);
			await reopened.load(session.id);
			expect(reopened.session?.profile.header.name).toBe('Зоя Лукасевич');
			expect(reopened.session?.job.company).toBe('Acme Mobilität GmbH');
			reopened.undo();
			expect(reopened.session?.job.company).toBe('Acme Mobility');
			expect(reopened.session?.profile.header.name).toBe('Зоя Лукасевич');
			await reopened.flush();
			expect(reopened.saveState).toBe('saved');
			const read = await sessions.get(session.id);
			expect(read.ok && read.session.job.company).toBe('Acme Mobility');
		} finally {
			await database.delete();
		}
	});
});
