/** Opening a stored session: what the page shows, and what it says when it cannot. */
import { describe, expect, it } from 'vitest';
import { CvItemSchema, createSession, exampleSession, findItem } from '$lib/domain';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { OpenSession } from './open-session.svelte';
import {
	MemoryHistoryRepository,
	openWith,
	saveCalls,
	stored,
	useFakeClock
} from './testing/open-session-harness';

describe('OpenSession', () => {
	useFakeClock();

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
