import { describe, expect, it } from 'vitest';
import { TailoringOrchestrator } from './orchestrator';
import { fakeAnswer, promptField } from './testing/fake-llm-client';
import { acceptNext, setup } from './testing/orchestrator-harness';

describe('TailoringOrchestrator with prefetchNext', () => {
	/** Resolves once nothing is in flight (a prefetch ran to its end). */
	const idle = (orchestrator: TailoringOrchestrator) =>
		new Promise<void>((resolve) => {
			if (!orchestrator.inFlight) return resolve();
			const stop = orchestrator.subscribe(({ inFlight }) => {
				if (inFlight) return;
				stop();
				resolve();
			});
		});

	it('writes one role ahead while the person reviews, without lifting the review gate', async () => {
		const { orchestrator, llm, item, settings } = setup();
		settings.prefetchNext = true;
		await acceptNext(orchestrator);
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role', 0).id
		});
		expect(orchestrator.inFlight).toMatchObject({ itemId: item('role', 1).id, prefetch: true });
		await idle(orchestrator);
		expect([item('role', 0).status, item('role', 1).status, item('role', 2).status]).toEqual([
			'to_review',
			'to_review',
			'pending'
		]);
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'review',
			itemId: item('role', 0).id
		});
		expect(llm.calls).toHaveLength(3);

		await orchestrator.accept(item('role', 0).id);
		expect(orchestrator.inFlight).toMatchObject({ itemId: item('role', 2).id, prefetch: true });
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'review',
			itemId: item('role', 1).id
		});
		await idle(orchestrator);
		expect(llm.calls).toHaveLength(4);
	});

	it('"continue" waits for the item being written ahead instead of asking twice', async () => {
		const { orchestrator, llm, item, settings } = setup();
		settings.prefetchNext = true;
		await acceptNext(orchestrator);
		await orchestrator.generateNext();
		llm.hold();
		await orchestrator.accept(item('role', 0).id);
		// Role 2 was written ahead; accepting role 1 started role 3.
		await llm.waitForCalls(3);
		const next = orchestrator.generateNext();
		llm.release();
		expect(await next).toEqual({ kind: 'generated', itemId: item('role', 1).id });
		expect(llm.calls.map((call) => promptField(call.request, 'Title'))).toEqual([
			'',
			'Senior Data Engineer',
			'Data Engineer'
		]);
	});

	it("the person's own request cancels the one being written ahead", async () => {
		const { orchestrator, llm, item, settings } = setup();
		settings.prefetchNext = true;
		await acceptNext(orchestrator);
		llm.respondWith((request) =>
			promptField(request, 'Title') === 'Data Engineer'
				? new Promise(() => {})
				: fakeAnswer(request)
		);
		await orchestrator.generateNext();
		await llm.waitForCalls(3);
		expect(await orchestrator.regenerate(item('role', 0).id, 'shorter')).toEqual({
			kind: 'generated',
			itemId: item('role', 0).id
		});
		expect(llm.calls[2]!.options.signal?.aborted).toBe(true);
		expect(llm.userPrompt(3)).toContain('shorter');
		// With role 1 back in review, role 2 is written ahead again.
		expect(orchestrator.inFlight).toMatchObject({ itemId: item('role', 1).id, prefetch: true });
		await orchestrator.cancel();
		expect(item('role', 1).status).toBe('pending');
	});
});
