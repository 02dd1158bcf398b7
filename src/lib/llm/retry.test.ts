import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LlmActivity, LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import { RetryingClient } from './retry';
import { resultFor, ScriptedLlmClient } from './testing/scripted-llm-client';

const START = Date.UTC(2025, 2, 10, 12, 0, 0);
const REQUEST: LlmRequest = {
	model: 'openai/gpt-oss-20b',
	messages: [{ role: 'user', content: 'Write a summary' }],
	temperature: 0,
	maxTokens: 100
};

function outcome(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		(value) => value,
		(error: unknown) => error
	);
}

beforeEach(() => {
	vi.useFakeTimers({ now: START });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('RetryingClient', () => {
	it('waits exactly as long as retry-after says, then succeeds', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', { status: 429, retryAfterMs: 7_660 })
		);
		const activities: LlmActivity[] = [];
		const client = new RetryingClient(inner, { random: () => 0, provider: () => 'Mistral' });
		const pending = client.complete(REQUEST, {
			onActivity: (activity) => activities.push(activity)
		});
		await vi.advanceTimersByTimeAsync(7_659);
		expect(inner.calls).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		await expect(pending).resolves.toMatchObject({ text: resultFor(REQUEST).text });
		expect(inner.callTimes).toEqual([START, START + 7_660]);
		expect(activities).toEqual([
			{ state: 'retrying', attempt: 2, until: START + 7_660, reason: "Mistral's rate limit" }
		]);
	});

	it('does not retry early when the provider asks for a longer wait than it sleeps, and says how long', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', { status: 429, retryAfterMs: 5 * 60_000 })
		);
		const client = new RetryingClient(inner, { random: () => 0, provider: () => 'OpenAI' });
		const error = await outcome(client.complete(REQUEST));
		expect(inner.calls).toHaveLength(1);
		expect(error).toMatchObject({
			kind: 'rate_limit',
			retryAfterMs: 300_000,
			message: 'OpenAI asks to wait about 5 min before the next request.',
			action: expect.stringMatching(/Retry after that time/)
		});
	});

	it('uses the token reset header when a 429 has no retry-after', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', {
				status: 429,
				rateLimit: { remainingTokens: 0, resetTokensMs: 2_500, remainingRequests: 900 }
			})
		);
		const client = new RetryingClient(inner, { random: () => 0 });
		const pending = client.complete(REQUEST);
		await vi.advanceTimersByTimeAsync(2_500);
		await pending;
		expect(inner.callTimes).toEqual([START, START + 2_500]);
	});

	it('backs off exponentially with jitter on 5xx and connection errors, up to the attempt limit', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('server', { status: 503 }),
			new LlmError('network'),
			new LlmError('timeout'),
			new LlmError('server', { status: 500 })
		);
		const client = new RetryingClient(inner, { attempts: 4, baseDelayMs: 1_000, random: () => 1 });
		const pending = outcome(client.complete(REQUEST));
		await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
		const error = (await pending) as LlmError;
		expect(error.kind).toBe('server');
		expect(error.status).toBe(500);
		expect(inner.callTimes).toEqual([START, START + 1_000, START + 3_000, START + 7_000]);
	});

	it('gives up after the second timeout: each one already made the person wait the full timeout', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('timeout'),
			new LlmError('server', { status: 503 }),
			new LlmError('timeout'),
			new LlmError('timeout')
		);
		const client = new RetryingClient(inner, { attempts: 4, baseDelayMs: 1_000, random: () => 1 });
		const pending = outcome(client.complete(REQUEST));
		await vi.advanceTimersByTimeAsync(60_000);
		const error = (await pending) as LlmError;
		expect(error.kind).toBe('timeout');
		expect(error.action).toMatch(/Retry/);
		expect(inner.calls).toHaveLength(3);
	});

	it('spreads retries with jitter between half and all of the backoff step', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('server', { status: 502 }));
		const client = new RetryingClient(inner, { baseDelayMs: 1_000, random: () => 0 });
		const pending = client.complete(REQUEST);
		await vi.advanceTimersByTimeAsync(500);
		await pending;
		expect(inner.callTimes).toEqual([START, START + 500]);
	});

	for (const [status, kind] of [
		[400, 'bad_request'],
		[401, 'auth'],
		[403, 'auth'],
		[404, 'model_unavailable'],
		[413, 'too_large']
	] as const) {
		it(`never retries a ${status}`, async () => {
			const inner = new ScriptedLlmClient().then(new LlmError(kind, { status }));
			const error = (await outcome(new RetryingClient(inner).complete(REQUEST))) as LlmError;
			expect(error.kind).toBe(kind);
			expect(inner.calls).toHaveLength(1);
		});
	}

	it('does not retry answers the app could not use', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('invalid_output'));
		const error = (await outcome(new RetryingClient(inner).complete(REQUEST))) as LlmError;
		expect(error.kind).toBe('invalid_output');
		expect(inner.calls).toHaveLength(1);
	});

	it('never retries an abort, and an abort cuts a retry wait short', async () => {
		const controller = new AbortController();
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', { status: 429, retryAfterMs: 60_000 })
		);
		const pending = outcome(
			new RetryingClient(inner).complete(REQUEST, { signal: controller.signal })
		);
		await vi.advanceTimersByTimeAsync(1_000);
		controller.abort();
		const error = (await pending) as LlmError;
		expect(error.kind).toBe('aborted');
		expect(inner.calls).toHaveLength(1);

		const aborting = new ScriptedLlmClient().then(new LlmError('aborted'));
		const aborted = (await outcome(new RetryingClient(aborting).complete(REQUEST))) as LlmError;
		expect(aborted.kind).toBe('aborted');
		expect(aborting.calls).toHaveLength(1);
	});

	it('stops with day_limit when Groq says the day is used up', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('day_limit', { status: 429, resetAt: START + 3 * 3_600_000 })
		);
		const error = (await outcome(new RetryingClient(inner).complete(REQUEST))) as LlmError;
		expect(error.kind).toBe('day_limit');
		expect(error.resetAt).toBe(START + 3 * 3_600_000);
		expect(inner.calls).toHaveLength(1);
	});

	it('treats a 429 with no requests left for hours as the day limit, not a minute to wait', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', {
				status: 429,
				retryAfterMs: 2_000,
				rateLimit: { remainingRequests: 0, resetRequestsMs: 7_200_000 }
			})
		);
		const error = (await outcome(new RetryingClient(inner).complete(REQUEST))) as LlmError;
		expect(error.kind).toBe('day_limit');
		expect(error.resetAt).toBe(START + 7_200_000);
		expect(error.message).toMatch(/about 2 h\./);
		expect(inner.calls).toHaveLength(1);
	});
});
