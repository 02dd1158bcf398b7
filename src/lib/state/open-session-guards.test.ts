import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CvItemSchema, exampleSession, newId, type Session } from '$lib/domain';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { OpenSession } from './open-session.svelte';

const noHistory: HistoryRepository = {
	load: async () => ({ past: [], future: [] }),
	save: async () => undefined
};

async function open(session: Session) {
	const sessions = new MemorySessionRepository();
	const saved = await sessions.save(session);
	const store = new OpenSession({ sessions, history: noHistory, autosaveDelayMs: 400 });
	await store.load(saved.id);
	return { sessions, store, id: saved.id };
}

function withTailoredRoles(session: Session): Session {
	const next = structuredClone(session);
	next.cv.sections = [
		{ kind: 'key_qualifications', items: [] },
		{
			kind: 'experience',
			items: next.profile.roles.map((role) =>
				CvItemSchema.parse({
					id: `item-${role.id}`,
					kind: 'role',
					sourceId: role.id,
					status: 'accepted',
					content: { text: '', bullets: [`Tailored ${role.title}`] }
				})
			)
		},
		{ kind: 'projects', items: [] },
		{ kind: 'executive_summary', items: [] }
	];
	return next;
}

describe('OpenSession guards', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
	afterEach(() => vi.useRealTimers());

	it('refuses to commit a session the next load would call damaged, and stores nothing', async () => {
		const { store, sessions, id } = await open(exampleSession(1));
		const broken = structuredClone(store.session!);
		const item = CvItemSchema.parse({ id: 'kq', kind: 'key_qualifications' });
		item.findings = Array.from({ length: 201 }, () => ({
			kind: 'number' as const,
			text: '1',
			bulletIndex: 0,
			start: 0,
			end: 1,
			confirmed: false
		}));
		broken.cv.sections[0]!.items.push(item);
		await expect(store.commit(broken)).rejects.toThrow('would damage the session');
		const stored = await sessions.get(id);
		expect(stored.ok && stored.session.cv.sections[0]?.items).toEqual([]);
	});

	it('undoing a profile import brings the tailored roles of the old profile back', async () => {
		const { store } = await open(withTailoredRoles(exampleSession(1)));
		const before = structuredClone(store.session!);
		// An import replaces every role (new ids); the CV then drops the old roles' items.
		store.edit((draft) => {
			draft.profile.roles = draft.profile.roles.map((role) => ({ ...role, id: newId() }));
		});
		const synced = structuredClone(store.session!);
		synced.cv.sections[1]!.items = [];
		await store.commit(synced);
		expect(store.session?.cv.sections[1]?.items).toEqual([]);

		store.undo();
		expect(store.session?.profile.roles.map((role) => role.id)).toEqual(
			before.profile.roles.map((role) => role.id)
		);
		expect(store.session?.cv.sections[1]?.items.map((item) => item.content.bullets[0])).toEqual(
			before.profile.roles.map((role) => `Tailored ${role.title}`)
		);
		expect(store.session?.cv.sections[1]?.items.every((item) => item.status === 'accepted')).toBe(
			true
		);
	});

	it('undo never winds back what tailoring cost', async () => {
		const { store } = await open(exampleSession(1));
		store.edit((draft) => void (draft.job.title = 'Changed'));
		await vi.advanceTimersByTimeAsync(1_000);
		const counted = structuredClone(store.session!);
		counted.usage.requests = 5;
		await store.commit(counted);
		store.undo();
		expect(store.session?.job.title).toBe('Lead Data Engineer');
		expect(store.session?.usage.requests).toBe(5);
	});

	it('writes the (large) undo history only when an undo step changed it, not on every save', async () => {
		const sessions = new MemorySessionRepository();
		const saved = await sessions.save(exampleSession(1));
		let historyWrites = 0;
		const store = new OpenSession({
			sessions,
			history: { load: noHistory.load, save: async () => void historyWrites++ },
			autosaveDelayMs: 400
		});
		await store.load(saved.id);
		store.edit((draft) => void (draft.job.title = 'Typed'));
		await store.flush();
		expect(historyWrites).toBe(1);
		for (let step = 0; step < 3; step++) {
			const next = structuredClone(store.session!);
			next.usage.requests += 1;
			await store.commit(next);
		}
		expect(historyWrites).toBe(1);
		store.undo();
		await store.flush();
		expect(historyWrites).toBe(2);
	});
});
