import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	CvItemSchema,
	createSession,
	exampleSession,
	findItem,
	transitionItem,
	type Session
} from '$lib/domain';
import { AppDatabase } from '$lib/storage/database';
import { DexieHistoryRepository, type HistoryRepository } from '$lib/storage/history-repository';
import { DexieSessionRepository } from '$lib/storage/session-repository';
import { StorageError } from '$lib/storage/storage-error';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import type { UndoStacks } from './undo-history';
import { OpenSession } from './open-session.svelte';

/** Undo stacks kept in memory, as IndexedDB would keep them (copies, not shared objects). */
class MemoryHistoryRepository implements HistoryRepository {
	readonly stored = new Map<string, UndoStacks<Session>>();
	saves = 0;

	async load(sessionId: string): Promise<UndoStacks<Session>> {
		return structuredClone(this.stored.get(sessionId) ?? { past: [], future: [] });
	}

	async save(sessionId: string, stacks: UndoStacks<Session>): Promise<void> {
		this.saves++;
		this.stored.set(sessionId, structuredClone(stacks));
	}
}

const QUOTA_MESSAGE =
	'Your browser’s storage for this site is full, so the last change was not saved. Export your session as a file, then delete old sessions or clear the response cache in Settings.';
const AUTOSAVE_MS = 400;
/** Longer than the undo burst, so the next edit is its own undo step. */
const PAUSE_MS = 1_000;

function stored(sessions: MemorySessionRepository, id: string): Session {
	return sessions.records.get(id) as Session;
}

function saveCalls(sessions: MemorySessionRepository): string[] {
	return sessions.calls.filter((call) => call.startsWith('save'));
}

async function openWith(session: Session) {
	const sessions = new MemorySessionRepository();
	const history = new MemoryHistoryRepository();
	const saved = await sessions.save(session);
	sessions.calls.length = 0;
	const open = new OpenSession({
		sessions,
		history,
		now: () => Date.now(),
		autosaveDelayMs: AUTOSAVE_MS
	});
	await open.load(saved.id);
	return { sessions, history, open, id: saved.id };
}

describe('OpenSession', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	describe('load', () => {
		it('opens the stored session with nothing to undo and nothing unsaved', async () => {
			const { open, sessions } = await openWith(exampleSession(5));
			expect(open.session?.name).toBe('Lead Data Engineer – Acme Mobility');
			expect(open.session?.profile.roles).toHaveLength(5);
			expect(open.loadError).toBe('');
			expect(open.saveState).toBe('saved');
			expect(open.canUndo).toBe(false);
			expect(open.canRedo).toBe(false);
			expect(saveCalls(sessions)).toEqual([]);
		});

		it('puts items interrupted by a reload back to pending', async () => {
			const session = createSession('Interrupted', 5);
			session.cv.sections[0]!.items.push(
				CvItemSchema.parse({
					id: 'kq',
					kind: 'key_qualifications',
					status: 'generating',
					content: { text: '', bullets: ['Kafka', 'Airflow'] }
				})
			);
			const { open } = await openWith(session);
			expect(findItem(open.session!.cv, 'kq')).toMatchObject({
				status: 'pending',
				content: { bullets: ['Kafka', 'Airflow'] }
			});
		});

		it('explains why a missing or damaged session cannot be opened', async () => {
			const { open, sessions } = await openWith(createSession('Fine', 1));
			await open.load('deleted-id');
			expect(open.session).toBeUndefined();
			expect(open.loadError).toMatch(/does not exist/);

			sessions.records.set('broken', { ...createSession('Broken', 1), id: 'broken', cv: 'x' });
			await open.load('broken');
			expect(open.session).toBeUndefined();
			expect(open.loadError).toMatch(/^This session is damaged and cannot be opened:\nCV: /);
		});
	});

	describe('load when storage fails', () => {
		it('says the session could not be read instead of loading forever', async () => {
			const sessions = new MemorySessionRepository();
			sessions.get = () =>
				Promise.reject(new Error('UnknownError: Internal error opening backing store'));
			const open = new OpenSession({ sessions, history: new MemoryHistoryRepository() });
			await expect(open.load('any')).resolves.toBeUndefined();
			expect(open.session).toBeUndefined();
			expect(open.loadError).toMatch(
				/^This session could not be read from this browser’s storage\. Reload the page/
			);
		});

		it('still opens the session when only its undo history cannot be read', async () => {
			const sessions = new MemorySessionRepository();
			const saved = await sessions.save(createSession('Readable', 1));
			const history = new MemoryHistoryRepository();
			history.load = () => Promise.reject(new Error('read failed'));
			const open = new OpenSession({ sessions, history });
			await open.load(saved.id);
			expect(open.loadError).toBe('');
			expect(open.session?.name).toBe('Readable');
			expect(open.canUndo).toBe(false);
		});
	});

	describe('update', () => {
		it('shows the change at once and saves it after the autosave delay', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			open.edit((draft) => {
				draft.job.title = 'Lead Data Engineer';
			});
			expect(open.session?.job.title).toBe('Lead Data Engineer');
			expect(open.session?.updatedAt).toBe(Date.now());
			expect(open.saveState).toBe('saving');

			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
			expect(saveCalls(sessions)).toEqual([]);
			await vi.advanceTimersByTimeAsync(1);
			expect(saveCalls(sessions)).toEqual([`save ${id}`]);
			expect(stored(sessions, id).job.title).toBe('Lead Data Engineer');
			expect(open.saveState).toBe('saved');
			expect(open.session?.revision).toBe(stored(sessions, id).revision);
		});

		it('saves a burst of typing once, with the last text', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			for (const title of ['L', 'Le', 'Lea', 'Lead']) {
				open.edit((draft) => {
					draft.job.title = title;
				});
				await vi.advanceTimersByTimeAsync(100);
			}
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(saveCalls(sessions)).toHaveLength(1);
			expect(stored(sessions, id).job.title).toBe('Lead');
		});

		it('refuses a change that would make the session invalid, saving nothing', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			const before = stored(sessions, id);
			open.edit((draft) => {
				draft.profile.roles.push({
					id: 'r1',
					organization: 'Acme',
					title: 'Engineer',
					location: '',
					start: 'last spring',
					end: '',
					current: false,
					description: '',
					accomplishments: []
				});
			});
			expect(open.editError).toBe(
				'Profile › Role #1 › start: Use a date like 2021-03 (year and month) or 2021.'
			);
			expect(open.session?.profile.roles).toEqual([]);
			expect(open.canUndo).toBe(false);
			expect(open.saveState).toBe('saved');
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 5);
			expect(saveCalls(sessions)).toEqual([]);
			expect(stored(sessions, id)).toEqual(before);

			open.edit((draft) => {
				draft.job.company = 'Acme';
			});
			expect(open.editError).toBe('');
		});

		it('does nothing before a session is loaded', () => {
			const open = new OpenSession({
				sessions: new MemorySessionRepository(),
				history: new MemoryHistoryRepository()
			});
			open.edit((draft) => {
				draft.name = 'x';
			});
			expect(open.session).toBeUndefined();
			expect(open.saveState).toBe('saved');
		});
	});

	describe('commit', () => {
		it('has saved the session by the time it resolves, without waiting for the autosave delay', async () => {
			const session = createSession('Tailor', 1);
			session.cv.sections[1]!.items.push(CvItemSchema.parse({ id: 'role-1', kind: 'role' }));
			const { open, sessions, id } = await openWith(session);

			const current = plainCopy(open.session!);
			const next = {
				...current,
				cv: transitionItem(current.cv, 'role-1', 'generating', Date.now())
			};
			await open.commit(next);
			expect(findItem(stored(sessions, id).cv, 'role-1')?.status).toBe('generating');
			expect(open.saveState).toBe('saved');
		});

		it('rejects with the storage error when the save fails, so the next step does not run', async () => {
			const { open, sessions } = await openWith(createSession('Tailor', 1));
			sessions.failNextSave = new DOMException('full', 'QuotaExceededError');
			const commit = open.commit({ ...plainCopy(open.session!), name: 'Renamed' });
			await expect(commit).rejects.toBeInstanceOf(StorageError);
			await expect(commit).rejects.toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
		});
	});

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

	describe('a failing save', () => {
		it('shows the quota message and keeps the edit on screen', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			sessions.failNextSave = new DOMException(
				'The quota has been exceeded.',
				'QuotaExceededError'
			);
			open.edit((draft) => {
				draft.job.description = 'A long job ad the user just pasted.';
			});
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(open.saveState).toBe('error');
			expect(open.saveError).toBe(QUOTA_MESSAGE);
			expect(open.session?.job.description).toBe('A long job ad the user just pasted.');
			expect(stored(sessions, id).job.description).toBe('');

			// Once there is room again, the next change saves everything on screen.
			open.edit((draft) => {
				draft.job.company = 'Acme';
			});
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(open.saveState).toBe('saved');
			expect(open.saveError).toBe('');
			expect(stored(sessions, id).job).toMatchObject({
				company: 'Acme',
				description: 'A long job ad the user just pasted.'
			});
		});

		it('reports a change made in another tab instead of overwriting it', async () => {
			const { open, sessions, id } = await openWith(createSession('Job', 1));
			// Another tab saves this session first.
			await sessions.save({ ...stored(sessions, id), name: 'Renamed in tab B' });
			open.edit((draft) => {
				draft.job.title = 'Edited here';
			});
			await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
			expect(open.saveState).toBe('error');
			expect(open.saveError).toMatch(/changed in another tab or window/);
			expect(stored(sessions, id).name).toBe('Renamed in tab B');
			expect(open.session?.job.title).toBe('Edited here');
		});
	});

	it('saves pending edits before opening another session', async () => {
		const { open, sessions, id } = await openWith(createSession('First session', 1));
		const other = await sessions.save(createSession('Second session', 2));
		open.edit((draft) => {
			draft.job.title = 'Typed just before leaving';
		});
		await open.load(other.id);
		expect(stored(sessions, id).job.title).toBe('Typed just before leaving');
		expect(open.session?.name).toBe('Second session');
		expect(open.canUndo).toBe(false);
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

/** A plain copy of the on-screen session, as the orchestrator passes it to `commit`. */
function plainCopy(session: Session): Session {
	return JSON.parse(JSON.stringify(session)) as Session;
}
