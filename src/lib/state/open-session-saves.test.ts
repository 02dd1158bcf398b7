/** Changing the open session: edits saved after a pause, commits saved at once, failed saves. */
import { describe, expect, it, vi } from 'vitest';
import { CvItemSchema, createSession, findItem, transitionItem } from '$lib/domain';
import { StorageError } from '$lib/storage/storage-error';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { OpenSession } from './open-session.svelte';
import {
	AUTOSAVE_MS,
	MemoryHistoryRepository,
	openWith,
	plainCopy,
	QUOTA_MESSAGE,
	saveCalls,
	stored,
	useFakeClock
} from './testing/open-session-harness';

describe('OpenSession', () => {
	useFakeClock();

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
});
