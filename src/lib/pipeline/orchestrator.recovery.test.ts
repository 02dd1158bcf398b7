import { describe, expect, it } from 'vitest';
import { allItems, CvItemSchema } from '$lib/domain';
import { acceptNext, item0, setup } from './testing/orchestrator-harness';

// What comes back after a crash or from a session saved by an older version of the app.
describe('TailoringOrchestrator: recovery', () => {
	it('loads an item saved before notes existed, and adds none to it', () => {
		const old = JSON.parse(JSON.stringify(item0())) as Record<string, unknown>;
		expect('notes' in old).toBe(false);
		const loaded = CvItemSchema.safeParse(old);
		expect(loaded.success).toBe(true);
		expect(loaded.data).not.toHaveProperty('notes');
	});

	it('resumes after a crash: an item saved as generating comes back pending and is generated next', async () => {
		const first = setup();
		await acceptNext(first.orchestrator, 2);
		first.llm.hold();
		void first.orchestrator.generateNext();
		await first.llm.waitForCalls(3);
		// The tab dies here: storage holds the second role as "generating".
		const afterCrash = structuredClone(first.access.stored);
		const interrupted = allItems(afterCrash.cv).find((entry) => entry.status === 'generating')!;
		expect(interrupted.kind).toBe('role');

		const second = setup(afterCrash);
		await second.orchestrator.recover();
		expect(second.stored(interrupted.id)?.status).toBe('pending');
		expect(
			allItems(second.access.stored.cv).filter((entry) => entry.status === 'accepted')
		).toHaveLength(2);
		expect(await second.orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: interrupted.id
		});
		expect(second.llm.calls).toHaveLength(1);
	});
});
