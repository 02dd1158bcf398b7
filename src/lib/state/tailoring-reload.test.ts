/**
 * A reload in the middle of tailoring: the page's open session and tailoring flow are made anew
 * over the same storage, as the browser does. An item the reload caught mid-request is written
 * again by itself; one the person cancelled waits for them.
 */
import { describe, expect, it } from 'vitest';
import { allItems, exampleSession, type CvItem } from '$lib/domain';
import { defaultPipelineSettings } from '$lib/pipeline/pipeline-settings';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import { FakeLlmClient } from '$lib/pipeline/testing/fake-llm-client';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { MemoryWritingMark } from '$lib/storage/writing-mark-store';
import { OpenSession } from './open-session.svelte';
import { Tailoring } from './tailoring.svelte';

const noHistory: HistoryRepository = {
	load: async () => ({ past: [], future: [] }),
	save: async () => undefined
};

/** One page load in a tab: a fresh open session and tailoring flow over the stored session. */
async function openPage(
	sessions: MemorySessionRepository,
	id: string,
	llm: FakeLlmClient,
	tab = new MemoryWritingMark()
) {
	const store = new OpenSession({ sessions, history: noHistory, autosaveDelayMs: 0 });
	await store.load(id);
	const tailoring = new Tailoring(store, {
		llm: async () => llm,
		pipelineSettings: defaultPipelineSettings,
		prompts: bundledPrompts,
		online: () => true,
		writingMark: tab
	});
	return { store, tailoring, tab };
}

function qualifications(store: OpenSession): CvItem {
	return allItems(store.session!.cv).find((item) => item.kind === 'key_qualifications')!;
}

async function pageWritingTheFirstItem() {
	const sessions = new MemorySessionRepository();
	const { id } = await sessions.save(exampleSession(1));
	const before = new FakeLlmClient();
	before.hold();
	const tab = new MemoryWritingMark();
	const first = await openPage(sessions, id, before, tab);
	await first.tailoring.prepare();
	const writing = first.tailoring.continue();
	await before.waitForCalls(1);
	expect(qualifications(first.store).status).toBe('generating');
	return { sessions, id, first, writing, before, tab };
}

describe('a reload during tailoring', () => {
	it('writes the interrupted item again by itself, without waiting for Continue', async () => {
		const { sessions, id, tab } = await pageWritingTheFirstItem();

		const after = new FakeLlmClient();
		const reloaded = await openPage(sessions, id, after, tab);
		await reloaded.tailoring.prepare();

		expect(after.calls).toHaveLength(1);
		expect(qualifications(reloaded.store).status).toBe('to_review');
	});

	it('leaves the item to a second tab opened meanwhile, which may find it "generating"', async () => {
		const { sessions, id } = await pageWritingTheFirstItem();

		const other = new FakeLlmClient();
		const secondTab = await openPage(sessions, id, other, new MemoryWritingMark());
		await secondTab.tailoring.prepare();

		expect(other.calls).toHaveLength(0);
	});

	it('leaves a cancelled item for the person: a reload after Cancel sends nothing', async () => {
		const { sessions, id, first, writing, tab } = await pageWritingTheFirstItem();
		await first.tailoring.cancel();
		await writing;
		await first.store.flush();

		const after = new FakeLlmClient();
		const reloaded = await openPage(sessions, id, after, tab);
		await reloaded.tailoring.prepare();

		expect(after.calls).toHaveLength(0);
		expect(qualifications(reloaded.store).status).toBe('pending');
	});
});

/** Storage that can be made slow: saves wait for `release` while `hold` is on. */
class SlowSessionRepository extends MemorySessionRepository {
	#gate: Promise<void> | undefined;
	#open: (() => void) | undefined;

	hold(): void {
		this.#gate = new Promise((resolve) => (this.#open = resolve));
	}
	release(): void {
		this.#open?.();
		this.#gate = undefined;
	}
	override async save(...args: Parameters<MemorySessionRepository['save']>) {
		await this.#gate;
		return super.save(...args);
	}
}

describe('an item whose answer is in while its save is still running', () => {
	it('is no longer shown as being written, and Accept waits for the save instead of failing', async () => {
		const sessions = new SlowSessionRepository();
		const { id } = await sessions.save(exampleSession(1));
		const llm = new FakeLlmClient();
		llm.hold();
		const { store, tailoring } = await openPage(sessions, id, llm);
		await tailoring.prepare();
		const writing = tailoring.continue();
		await llm.waitForCalls(1);
		expect(tailoring.writing?.itemId).toBe(qualifications(store).id);

		sessions.hold();
		llm.release();
		await expect.poll(() => qualifications(store).status).toBe('to_review');
		// The answer is on screen for review; only the save is left.
		expect(tailoring.inFlight).toBeDefined();
		expect(tailoring.writing).toBeUndefined();

		const accepting = tailoring.accept(qualifications(store).id);
		sessions.release();
		await Promise.all([writing, accepting]);
		expect(qualifications(store).status).toBe('accepted');
		expect(tailoring.notice).toBe('');
	});
});
