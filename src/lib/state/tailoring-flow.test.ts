/**
 * The Tailor tab's flow through its environment port, as the person drives it: start, accept
 * (which starts the next item), regenerate with feedback, and cancel a request in flight.
 */
import { describe, expect, it } from 'vitest';
import { allItems, exampleSession, type CvItem } from '$lib/domain';
import { defaultPipelineSettings } from '$lib/pipeline/pipeline-settings';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import { FakeLlmClient } from '$lib/pipeline/testing/fake-llm-client';
import { MemoryHistoryRepository } from '$lib/storage/testing/memory-history-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { MemoryWritingMark } from '$lib/storage/writing-mark-store';
import { OpenSession } from './open-session.svelte';
import { Tailoring } from './tailoring.svelte';

async function tailorTab(llm = new FakeLlmClient()) {
	const sessions = new MemorySessionRepository();
	const { id } = await sessions.save(exampleSession(1));
	const store = new OpenSession({
		sessions,
		history: new MemoryHistoryRepository(),
		autosaveDelayMs: 0
	});
	await store.load(id);
	const tailoring = new Tailoring(store, {
		llm: async () => llm,
		pipelineSettings: defaultPipelineSettings,
		prompts: bundledPrompts,
		online: () => true,
		writingMark: new MemoryWritingMark()
	});
	await tailoring.prepare();
	const item = (kind: CvItem['kind']) =>
		allItems(store.session!.cv).find((entry) => entry.kind === kind)!;
	return { sessions, store, tailoring, llm, item };
}

describe('tailoring through its environment', () => {
	it('starts with the key qualifications and stops for the person to review them', async () => {
		const { tailoring, llm, item } = await tailorTab();
		await tailoring.continue();
		expect(item('key_qualifications').status).toBe('to_review');
		expect(item('key_qualifications').content.bullets.length).toBeGreaterThan(0);
		expect(llm.calls.length).toBeGreaterThan(0);
	});

	it('accepting an item stores it as accepted and writes the next one', async () => {
		const { tailoring, sessions, store, item } = await tailorTab();
		await tailoring.continue();
		await tailoring.accept(item('key_qualifications').id);
		expect(item('key_qualifications').status).toBe('accepted');
		const firstRole = allItems(store.session!.cv).find((entry) => entry.kind === 'role')!;
		expect(firstRole.status).toBe('to_review');
		const stored = await sessions.get(store.session!.id);
		expect(stored.ok && allItems(stored.session.cv)[0]?.status).toBe('accepted');
	});

	it('regenerating sends the feedback to the model with the previous answer, and the new answer waits for review', async () => {
		const { tailoring, llm, item } = await tailorTab();
		await tailoring.continue();
		const before = llm.calls.length;
		await tailoring.regenerate(item('key_qualifications').id, 'Mention the Kafka migration first');
		expect(llm.calls.length).toBeGreaterThan(before);
		expect(llm.userPrompt(before)).toContain('Mention the Kafka migration first');
		expect(item('key_qualifications').status).toBe('to_review');
	});

	it('cancel stops the request in flight and puts the item back to pending', async () => {
		const llm = new FakeLlmClient();
		llm.hold();
		const { tailoring, item } = await tailorTab(llm);
		const writing = tailoring.continue();
		await llm.waitForCalls(1);
		expect(item('key_qualifications').status).toBe('generating');
		await tailoring.cancel();
		await writing;
		expect(item('key_qualifications').status).toBe('pending');
		expect(tailoring.inFlight).toBeUndefined();
		expect(tailoring.notice).toMatch(/^Cancelled/);
	});
});
