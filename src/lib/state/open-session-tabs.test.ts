/**
 * Two tabs on the same session: each page has its open session, both hear each other's saves,
 * and the session list (in either tab) can delete the session under them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CvItemSchema, exampleSession } from '$lib/domain';
import { MemorySessionChangeHub } from '$lib/storage/session-change-feed';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { OpenSession } from './open-session.svelte';
import { SessionList } from './session-list.svelte';

const noHistory: HistoryRepository = {
	load: async () => ({ past: [], future: [] }),
	save: async () => undefined
};

/**
 * The session stored once and opened in two tabs, with the session list that deletes it. Without
 * `broadcast`, no tab hears another's saves: a conflict can only be found on saving.
 */
async function twoTabs({ broadcast = true } = {}) {
	const sessions = new MemorySessionRepository();
	const hub = new MemorySessionChangeHub();
	const saved = await sessions.save(exampleSession(1));
	const changes = () => (broadcast ? hub.feed() : undefined);
	const open = () =>
		new OpenSession({ sessions, history: noHistory, changes: changes(), autosaveDelayMs: 400 });
	const first = open();
	const second = open();
	await first.load(saved.id);
	await second.load(saved.id);
	const list = new SessionList(sessions, () => 5, changes());
	return { sessions, list, first, second, id: saved.id };
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('OpenSession with two tabs', () => {
	it('follows a save made in the other tab when it has nothing unsaved', async () => {
		const { first, second } = await twoTabs();
		first.edit((draft) => void (draft.profile.header.headline = 'Staff Data Engineer'));
		await vi.advanceTimersByTimeAsync(500);
		await vi.waitFor(() =>
			expect(second.session?.profile.header.headline).toBe('Staff Data Engineer')
		);
		expect(second.notice).toContain('another tab');
		expect(second.conflict).toBe(false);
	});

	it('never overwrites the other tab: an unsaved change here becomes a conflict to resolve', async () => {
		const { sessions, first, second, id } = await twoTabs();
		second.edit((draft) => void (draft.profile.header.phone = 'mine'));
		first.edit((draft) => void (draft.profile.header.location = 'theirs'));
		await first.flush();
		await vi.advanceTimersByTimeAsync(500);
		await vi.waitFor(() => expect(second.conflict).toBe(true));
		const stored = await sessions.get(id);
		expect(stored.ok && stored.session.profile.header.location).toBe('theirs');
		expect(second.session?.profile.header.phone).toBe('mine');

		await second.keepMine();
		const kept = await sessions.get(id);
		expect(kept.ok && kept.session.profile.header.phone).toBe('mine');
		expect(second.conflict).toBe(false);
	});

	it('"show the other version" drops the unsaved change here', async () => {
		const { first, second } = await twoTabs();
		second.edit((draft) => void (draft.profile.header.phone = 'mine'));
		first.edit((draft) => void (draft.profile.header.location = 'theirs'));
		await first.flush();
		await vi.waitFor(() => expect(second.conflict).toBe(true));
		await second.takeTheirs();
		expect(second.session?.profile.header.location).toBe('theirs');
		expect(second.session?.profile.header.phone).not.toBe('mine');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(second.saveState).toBe('saved');
	});
});

describe('OpenSession following another tab', () => {
	it('keeps an item the other tab is writing as "generating" instead of resetting it', async () => {
		const { first, second } = await twoTabs();
		const generating = structuredClone(first.session!);
		generating.cv.sections[0]!.items.push(
			CvItemSchema.parse({ id: 'kq', kind: 'key_qualifications', status: 'generating' })
		);
		await first.commit(generating);
		await vi.waitFor(() =>
			expect(second.session?.cv.sections[0]?.items.map((item) => item.status)).toEqual([
				'generating'
			])
		);
	});
});

describe('OpenSession when another tab deletes the session', () => {
	it('stops saving when told, and keeps the session only if the person asks', async () => {
		const { sessions, list, first: open, id } = await twoTabs();

		open.edit((draft) => void (draft.profile.header.phone = 'typed here'));
		await list.remove(id);
		expect(open.deletedElsewhere).toBe(true);
		await vi.advanceTimersByTimeAsync(1_000);
		expect((await sessions.get(id)).ok).toBe(false);

		await open.keepDeleted();
		const kept = await sessions.get(id);
		expect(kept.ok && kept.session.profile.header.phone).toBe('typed here');
		expect(open.deletedElsewhere).toBe(false);
	});

	it('never re-creates a deleted session silently, even without the broadcast', async () => {
		const { sessions, first: open, id } = await twoTabs({ broadcast: false });
		await sessions.delete(id);

		open.edit((draft) => void (draft.profile.header.phone = 'typed here'));
		await open.flush();
		expect(open.deletedElsewhere).toBe(true);
		expect((await sessions.get(id)).ok).toBe(false);
	});

	it('rejects a commit made after the deletion and says it was not saved, instead of "Saving…" forever', async () => {
		const { sessions, list, first: open, id } = await twoTabs();
		await list.remove(id);

		const next = { ...structuredClone(open.session!), name: 'Renamed after the deletion' };
		await expect(open.commit(next)).rejects.toMatchObject({ kind: 'deleted' });
		expect(open.saveState).toBe('error');
		expect(open.saveError).toMatch(/deleted in another tab/);
		expect((await sessions.get(id)).ok).toBe(false);
	});

	it('stops showing "Saving…" for an edit the deletion discarded', async () => {
		const { list, first: open, id } = await twoTabs();

		open.edit((draft) => void (draft.profile.header.phone = 'typed here'));
		expect(open.saveState).toBe('saving');
		await list.remove(id);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(open.saveState).toBe('error');
		expect(open.saveError).toMatch(/was not saved/);
	});
});
