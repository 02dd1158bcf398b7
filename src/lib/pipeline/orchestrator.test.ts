import { describe, expect, it } from 'vitest';
import { allItems, exampleSession, findItem } from '$lib/domain';
import { LlmError } from '$lib/llm/llm-error';
import { type TailoringSnapshot } from './orchestrator';
import { fakeAnswer, promptField, requestStep } from './testing/fake-llm-client';
import { acceptNext, setup } from './testing/orchestrator-harness';

describe('TailoringOrchestrator', () => {
	it('walks key qualifications, each role, each project, then the summary, saving each step', async () => {
		const { orchestrator, llm, items, item, access } = setup();
		await orchestrator.recover();
		await acceptNext(orchestrator, 11);
		expect(await orchestrator.generateNext()).toEqual({ kind: 'done' });
		expect(llm.calls.map((call) => requestStep(call.request))).toEqual([
			'key_qualifications',
			...Array(5).fill('role'),
			...Array(4).fill('project'),
			'executive_summary'
		]);
		// The cover letter is not part of the walk: nobody asked for one, so no request was spent.
		expect(item('cover_letter')).toMatchObject({ status: 'pending', content: { text: '' } });
		expect(
			items()
				.filter((entry) => entry.kind !== 'cover_letter')
				.every((entry) => entry.status === 'accepted')
		).toBe(true);
		expect(access.stored).toEqual(access.current());
		// Each role prompt carries only its own role and the accepted key qualifications.
		expect(llm.userPrompt(2)).toContain('Organization: Łódź Retail Analytics');
		expect(llm.userPrompt(2)).not.toContain('Helvetia Freight');
		expect(llm.userPrompt(2)).toContain('- Streaming pipelines with Kafka');
		// The summary is written from what was accepted.
		expect(llm.userPrompt(10)).toContain('- Led work as Senior Data Engineer');
	});

	it('saves "generating" before the request goes out, and the result before the next step', async () => {
		const { orchestrator, llm, access } = setup();
		const seenInStorage: string[] = [];
		llm.respondWith((request) => {
			const generating = allItems(access.stored.cv).filter((item) => item.status === 'generating');
			seenInStorage.push(generating.map((item) => item.kind).join());
			return fakeAnswer(request);
		});
		const outcome = await orchestrator.generateNext();
		expect(seenInStorage).toEqual(['key_qualifications']);
		expect(outcome.kind).toBe('generated');
		expect(findItem(access.stored.cv, (outcome as { itemId: string }).itemId)?.status).toBe(
			'to_review'
		);
	});

	it('does not go past an item waiting for review', async () => {
		const { orchestrator, llm, item } = setup();
		await orchestrator.generateNext();
		const keyQualifications = item('key_qualifications');
		expect(keyQualifications.status).toBe('to_review');
		expect(orchestrator.plan()).toEqual({ kind: 'review', item: keyQualifications });
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'review',
			itemId: keyQualifications.id
		});
		expect(await orchestrator.regenerate(item('role', 1).id, 'x')).toMatchObject({
			kind: 'not_ready',
			reason: /key qualifications first/
		});
		await orchestrator.accept(keyQualifications.id);
		await orchestrator.generateNext();
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'review',
			itemId: item('role', 0).id
		});
		expect(await orchestrator.regenerate(item('executive_summary').id)).toMatchObject({
			kind: 'not_ready'
		});
		expect(llm.calls).toHaveLength(2);
	});

	it('cancel stops the request in flight and puts the item back to pending, not failed', async () => {
		const { orchestrator, llm, item, stored } = setup();
		const snapshots: TailoringSnapshot[] = [];
		orchestrator.subscribe((snapshot) => snapshots.push(snapshot));
		llm.hold();
		const running = orchestrator.generateNext();
		await llm.waitForCalls(1);
		const keyQualifications = item('key_qualifications');
		expect(orchestrator.plan()).toMatchObject({
			kind: 'in_progress',
			item: { id: keyQualifications.id }
		});
		expect(orchestrator.inFlight).toMatchObject({
			itemId: keyQualifications.id,
			pass: 'generate',
			activity: { state: 'in_flight' }
		});
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'busy',
			itemId: keyQualifications.id
		});

		await orchestrator.cancel();
		expect(await running).toEqual({ kind: 'cancelled', itemId: keyQualifications.id });
		expect(llm.calls[0]!.options.signal?.aborted).toBe(true);
		expect(stored(keyQualifications.id)).toMatchObject({ status: 'pending' });
		expect(stored(keyQualifications.id)?.error).toBeUndefined();
		expect(orchestrator.inFlight).toBeUndefined();
		expect(snapshots.at(-1)).toEqual({ inFlight: undefined });
		expect(snapshots.some((snapshot) => snapshot.inFlight?.activity?.state === 'in_flight')).toBe(
			true
		);

		llm.release();
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: keyQualifications.id
		});
	});

	it('a failing role fails alone: the others go on and accepted items stay as they were', async () => {
		const { orchestrator, llm, item } = setup();
		let secondRoleFails = true;
		llm.respondWith((request) => {
			if (secondRoleFails && promptField(request, 'Title') === 'Data Engineer') {
				throw new LlmError('auth', { status: 401 });
			}
			return fakeAnswer(request);
		});
		await acceptNext(orchestrator, 2);
		const firstRole = structuredClone(item('role', 0));

		const failed = await orchestrator.generateNext();
		expect(failed).toMatchObject({ kind: 'failed', itemId: item('role', 1).id });
		expect(item('role', 1)).toMatchObject({
			status: 'failed',
			error: {
				message: 'Groq refused the API key (it may be mistyped or revoked).',
				action: expect.stringMatching(/Settings/)
			}
		});

		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role', 2).id
		});
		expect(item('role', 0)).toEqual(firstRole);
		expect(item('role', 1).status).toBe('failed');

		await orchestrator.accept(item('role', 2).id);
		await acceptNext(orchestrator, 6); // roles 4–5, projects 1–4
		// Only the failed role is left before the summary: continuing retries it.
		secondRoleFails = false;
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role', 1).id
		});
		expect(item('role', 1).error).toBeUndefined();
	});

	it('a failed or cancelled regenerate keeps the earlier content, back in review with the reason', async () => {
		const { orchestrator, llm, item } = setup();
		await acceptNext(orchestrator, 1);
		const accepted = structuredClone(item('key_qualifications').content);
		llm.respondWith(() => {
			throw new LlmError('day_limit');
		});
		await orchestrator.regenerate(item('key_qualifications').id, 'shorter');
		expect(item('key_qualifications')).toMatchObject({
			status: 'to_review',
			content: accepted,
			error: { message: expect.stringMatching(/allowance/) }
		});

		await orchestrator.accept(item('key_qualifications').id);
		expect(item('key_qualifications').error).toBeUndefined();
		llm.hold();
		const running = orchestrator.regenerate(item('key_qualifications').id, 'longer');
		await llm.waitForCalls(llm.calls.length + 1);
		await orchestrator.cancel();
		await running;
		expect(item('key_qualifications')).toMatchObject({ status: 'to_review', content: accepted });
	});

	it('asks the model anew when a failed item is retried, past any cached answer', async () => {
		const { orchestrator, llm, item } = setup();
		let fail = true;
		llm.respondWith((request) => {
			if (fail) throw new LlmError('invalid_output');
			return fakeAnswer(request);
		});
		await orchestrator.generateNext();
		expect(item('key_qualifications').status).toBe('failed');
		const before = llm.calls.length;
		expect(llm.calls.slice(0, before).every((call) => !call.options.bypassCache)).toBe(true);
		fail = false;

		await orchestrator.retry(item('key_qualifications').id);
		expect(llm.calls.slice(before).every((call) => call.options.bypassCache === true)).toBe(true);
		expect(item('key_qualifications').status).toBe('to_review');
	});

	it('gives a plain message for an unexpected error, without its internals', async () => {
		const { orchestrator, llm, item } = setup();
		llm.respondWith(() => {
			throw new TypeError("Cannot read properties of undefined (reading 'choices') gsk_secret");
		});
		await orchestrator.generateNext();
		expect(item('key_qualifications').error).toEqual({
			message: 'Something went wrong while writing this item.',
			action: 'Press Retry. If it keeps failing, reload the page.'
		});
		llm.respondWith(fakeAnswer);
		expect(await orchestrator.retry(item('key_qualifications').id)).toMatchObject({
			kind: 'generated'
		});
	});

	it('saves a note on an item whose answer stayed short or held markup; an edit by the person clears it', async () => {
		const { orchestrator, item, stored } = setup(exampleSession(0), () =>
			JSON.stringify({ qualifications: ['Kafka <b>streaming</b>', 'Airflow', 'dbt models'] })
		);
		expect(await orchestrator.generateNext()).toMatchObject({ kind: 'generated' });
		const qualifications = item('key_qualifications');
		expect(qualifications.content.bullets).toEqual(['Kafka streaming', 'Airflow', 'dbt models']);
		expect(stored(qualifications.id)?.notes).toEqual([
			expect.objectContaining({ kind: 'markup_removed' }),
			{ kind: 'short_answer', message: '3 of 10 qualifications' }
		]);
		// Accepting it anyway keeps the note; the person's own text has none.
		await orchestrator.accept(qualifications.id);
		expect(item('key_qualifications').notes).toHaveLength(2);
		await orchestrator.edit(qualifications.id, { text: '', bullets: ['Kafka streaming'] });
		expect(stored(qualifications.id)).not.toHaveProperty('notes');
	});

	it('never sends an excluded role, and the summary shows it as written', async () => {
		const { orchestrator, llm, item, access } = setup();
		await orchestrator.recover();
		await orchestrator.setExcluded(item('role', 3).id, true);
		await expect(orchestrator.setExcluded(item('key_qualifications').id, true)).rejects.toThrow(
			/roles, side projects and the cover letter/
		);
		await acceptNext(orchestrator, 10);
		expect(await orchestrator.generateNext()).toEqual({ kind: 'done' });
		expect(llm.calls).toHaveLength(10);
		expect(
			llm.calls.some((call) => promptField(call.request, 'Organization') === 'Universität Zürich')
		).toBe(false);
		expect(llm.userPrompt(-1)).toContain('Wrote Python tooling to clean and annotate');
		expect(item('role', 3)).toMatchObject({ status: 'pending', excluded: true });
		expect(access.stored).toEqual(access.current());
	});

	it('keeps accepted work when the profile changes, and never runs two requests at once', async () => {
		const { orchestrator, llm, item, access } = setup();
		await acceptNext(orchestrator, 2);
		const acceptedRole = item('role', 0);
		const session = access.current();
		const [, removed, ...others] = session.profile.roles;
		await access.commit({
			...session,
			profile: { ...session.profile, roles: [session.profile.roles[0]!, ...others] }
		});
		llm.hold();
		const running = orchestrator.generateNext();
		await llm.waitForCalls(3);
		expect(await orchestrator.regenerate(acceptedRole.id, 'again')).toMatchObject({ kind: 'busy' });
		llm.release();
		await running;
		expect(item('role', 0)).toEqual(acceptedRole);
		expect(allItems(access.current().cv).some((entry) => entry.sourceId === removed!.id)).toBe(
			false
		);
		expect(llm.calls).toHaveLength(3);
	});
});
