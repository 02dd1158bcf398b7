import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleSession, findItem, type CvItem, type Session } from '$lib/domain';
import { LlmError } from '$lib/llm/llm-error';
import { defaultPipelineSettings } from '$lib/pipeline/pipeline-settings';
import type { PromptSource } from '$lib/pipeline/prompt-source';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { OpenSession } from './open-session.svelte';
import { Tailoring } from './tailoring.svelte';

const noHistory: HistoryRepository = {
	load: async () => ({ past: [], future: [] }),
	save: async () => undefined
};

const BULLET = 'Cut cloud spend by 40% with Terraform';

function reviewedRole(session: Session): CvItem {
	const role = session.profile.roles[0]!;
	return {
		id: 'item-role',
		kind: 'role',
		sourceId: role.id,
		status: 'to_review',
		content: { text: '', bullets: [BULLET] },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [
			{ kind: 'percentage', text: '40%', bulletIndex: 0, start: 19, end: 22, confirmed: false }
		],
		updatedAt: 1
	};
}

async function confirmSetup() {
	const sessions = new MemorySessionRepository();
	const session = exampleSession(1);
	session.cv.sections.find((section) => section.kind === 'experience')!.items = [
		reviewedRole(session)
	];
	const saved = await sessions.save(session);
	const store = new OpenSession({ sessions, history: noHistory, autosaveDelayMs: 400 });
	await store.load(saved.id);
	const tailoring = new Tailoring(store, {
		llm: () => Promise.reject(new LlmError('no_key')),
		pipelineSettings: defaultPipelineSettings,
		// Never read: no item is generated here.
		prompts: {} as PromptSource,
		online: () => true
	});
	return { store, tailoring, roleId: session.profile.roles[0]!.id };
}

function claimInProfile(store: OpenSession, roleId: string): boolean {
	const role = store.session!.profile.roles.find((entry) => entry.id === roleId)!;
	return role.accomplishments.includes(BULLET);
}

function confirmed(store: OpenSession): boolean {
	return findItem(store.session!.cv, 'item-role')!.findings[0]!.confirmed;
}

describe('confirming a claim and undo', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 });
	});
	afterEach(() => vi.useRealTimers());

	it('is one undo step: undo takes the claim out of the profile and flags it again, redo both back', async () => {
		const { store, tailoring, roleId } = await confirmSetup();
		await tailoring.confirmFinding('item-role', 0);
		expect([claimInProfile(store, roleId), confirmed(store)]).toEqual([true, true]);

		expect(store.canUndo).toBe(true);
		store.undo();
		expect([claimInProfile(store, roleId), confirmed(store)]).toEqual([false, false]);
		store.redo();
		expect([claimInProfile(store, roleId), confirmed(store)]).toEqual([true, true]);
	});

	it('never leaves a claim confirmed whose profile undo took back, even across earlier edits', async () => {
		const { store, tailoring, roleId } = await confirmSetup();
		store.edit((draft) => void (draft.job.title = 'Typed before the confirm'));
		await vi.advanceTimersByTimeAsync(1_000);
		await tailoring.confirmFinding('item-role', 0);

		store.undo();
		store.undo();
		expect(store.session!.job.title).not.toBe('Typed before the confirm');
		expect([claimInProfile(store, roleId), confirmed(store)]).toEqual([false, false]);
	});
});
