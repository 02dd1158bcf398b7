/**
 * What a request that got no answer keeps of the minute and the day: only what the provider can
 * have counted for it (see held-budget.ts's header).
 */
import { describe, expect, it } from 'vitest';
import { hold, release, settleFailure } from './held-budget';
import type { LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import { ModelState } from './model-state';

const DAY = 86_400_000;
const NOW = 20 * DAY;
const MINUTE = 60_000;
const LIMITS = { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 };
const REQUEST: LlmRequest = { model: 'm', messages: [], temperature: 0, maxTokens: 700 };
const CONTEXT = { now: NOW + 2_000, minuteMs: MINUTE, configured: LIMITS };

async function admitted() {
	const state = new ModelState('m', DAY);
	await state.day.load(NOW);
	const admission = hold(state, 1_000, NOW);
	return { state, admission };
}

describe('held budget of a request that got no answer', () => {
	it('gives everything back when the provider turned it away (429)', async () => {
		const { state, admission } = await admitted();
		settleFailure(state, REQUEST, admission, new LlmError('rate_limit', { status: 429 }), CONTEXT);
		expect(admission.entry.expiresAt).toBe(CONTEXT.now);
		expect(state.day.usage).toEqual({ requests: 0, tokens: 0 });
	});

	it('keeps the request and its prompt for a minute after a 5xx, but not the answer room', async () => {
		const { state, admission } = await admitted();
		settleFailure(state, REQUEST, admission, new LlmError('server', { status: 503 }), CONTEXT);
		expect(admission.entry).toMatchObject({
			tokens: 300,
			requests: 1,
			expiresAt: CONTEXT.now + MINUTE
		});
		expect(state.day.usage).toEqual({ requests: 1, tokens: 300 });
	});

	it('keeps the whole estimate after a timeout: the answer may have been written', async () => {
		const { state, admission } = await admitted();
		settleFailure(state, REQUEST, admission, new LlmError('timeout'), CONTEXT);
		expect(admission.entry).toMatchObject({ tokens: 1_000, expiresAt: CONTEXT.now + MINUTE });
		expect(state.day.usage).toEqual({ requests: 1, tokens: 1_000 });
	});

	it('pauses the whole model for the wait a 429 asked for', async () => {
		const { state, admission } = await admitted();
		const error = new LlmError('rate_limit', { status: 429, retryAfterMs: 9_000, limit: 'tokens' });
		settleFailure(state, REQUEST, admission, error, CONTEXT);
		expect(state.minuteBlockedUntil).toBe(CONTEXT.now + 9_000);
		expect(state.blockedLimit).toBe('tokens');
	});

	it('gives everything back for a request never sent', async () => {
		const { state, admission } = await admitted();
		release(state, admission, NOW + 1);
		expect(state.inFlight).toBe(0);
		expect(state.day.usage).toEqual({ requests: 0, tokens: 0 });
	});
});
