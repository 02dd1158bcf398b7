import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LlmActivity } from './llm-client';
import { LlmError } from './llm-error';
import { Pacer } from './pacer';
import { limits, MODEL, NOON, rejectionOf, sized } from './testing/pacer-harness';
import { resultFor, ScriptedLlmClient } from './testing/scripted-llm-client';

beforeEach(() => {
	vi.useFakeTimers({ now: NOON });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('Pacer, minute window', () => {
	it('sends up to the request limit at once and the next exactly when the oldest leaves the window', async () => {
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ rpm: 2 }) });
		const activities: LlmActivity[] = [];
		const calls = [
			pacer.complete(sized(100, 'a')),
			pacer.complete(sized(100, 'b')),
			pacer.complete(sized(100, 'c'), { onActivity: (activity) => activities.push(activity) })
		];
		await vi.advanceTimersByTimeAsync(59_999);
		expect(inner.callTimes).toEqual([NOON, NOON]);
		await vi.advanceTimersByTimeAsync(1);
		await Promise.all(calls);
		expect(inner.callTimes).toEqual([NOON, NOON, NOON + 60_000]);
		expect(activities).toEqual([
			{ state: 'queued' },
			{ state: 'waiting', until: NOON + 60_000, limit: 'requests', window: 'minute' },
			{ state: 'in_flight' }
		]);
	});

	it('holds a request back until enough tokens have left the window, and no longer', async () => {
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ tpm: 1000 }) });
		const first = pacer.complete(sized(600));
		await vi.advanceTimersByTimeAsync(10_000);
		const second = pacer.complete(sized(300));
		const third = pacer.complete(sized(300));
		await vi.advanceTimersByTimeAsync(1);
		// 600 + 300 fit; the third needs the first (stamped at noon) to expire.
		expect(inner.callTimes).toEqual([NOON, NOON + 10_000]);
		await vi.advanceTimersByTimeAsync(60_000 - 10_001 - 1);
		expect(inner.calls).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(1);
		await Promise.all([first, second, third]);
		expect(inner.callTimes[2]).toBe(NOON + 60_000);
	});

	it('counts a request from its answer, not its start, so Groq never sees it expire later than we do', async () => {
		const inner = new ScriptedLlmClient().then(async (request) => {
			await new Promise((resolve) => setTimeout(resolve, 5_000));
			return resultFor(request);
		});
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		const slow = pacer.complete(sized(100));
		const next = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(65_000);
		await Promise.all([slow, next]);
		expect(inner.callTimes).toEqual([NOON, NOON + 65_000]);
	});

	it('dates a request from its arrival at Groq when Groq says how long it spent on it', async () => {
		const inner = new ScriptedLlmClient().then(async (request) => {
			await new Promise((resolve) => setTimeout(resolve, 5_000));
			// Groq worked on it for the last 4 s of those 5: it arrived 1 s after we sent it.
			return resultFor(request, { serverTimeMs: 4_000 });
		});
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		const slow = pacer.complete(sized(100));
		const next = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(61_000);
		await Promise.all([slow, next]);
		expect(inner.callTimes).toEqual([NOON, NOON + 61_000]);
	});

	it('never dates a request before it was sent, whatever the server claims', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { serverTimeMs: 90_000 })
		);
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		await pacer.complete(sized(100));
		const next = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(59_999);
		expect(inner.calls).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		await next;
		expect(inner.callTimes).toEqual([NOON, NOON + 60_000]);
	});

	it('reconciles the estimate with the reported usage, freeing budget at once', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			// The prompt was much shorter in real tokens than estimated.
			resultFor(request, { usage: { promptTokens: 7, completionTokens: 5, totalTokens: 12 } })
		);
		const pacer = new Pacer(inner, { limits: limits({ tpm: 1000 }) });
		const first = sized(600);
		const second = sized(500);
		await Promise.all([pacer.complete(first), pacer.complete(second)]);
		// Estimated 600 + 500 > 1000, but the first really counted 7 + its max tokens.
		expect(7 + first.maxTokens + 500).toBeLessThanOrEqual(1000);
		expect(inner.callTimes).toEqual([NOON, NOON]);
	});

	it('fails at once with too_large when a request could never fit in a minute', async () => {
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ tpm: 8000 }) });
		const activities: LlmActivity[] = [];
		const error = await rejectionOf(
			pacer.complete(sized(8001), { onActivity: (activity) => activities.push(activity) })
		);
		expect(error).toBeInstanceOf(LlmError);
		expect((error as LlmError).kind).toBe('too_large');
		expect((error as LlmError).message).toMatch(/8,001 tokens.*only 8,000 tokens per minute/);
		expect(inner.calls).toHaveLength(0);
		expect(activities).toEqual([]);
	});

	it('keeps one queue per model: a waiting model does not hold up another', async () => {
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		void pacer.complete(sized(100));
		const blocked = pacer.complete(sized(100));
		const other = pacer.complete({ ...sized(100), model: 'openai/gpt-oss-120b' });
		await vi.advanceTimersByTimeAsync(1);
		await other;
		expect(inner.calls.map((call) => call.request.model)).toEqual([MODEL, 'openai/gpt-oss-120b']);
		await vi.advanceTimersByTimeAsync(60_000);
		await blocked;
	});

	it('stops waiting the moment the call is aborted, and the queue moves on', async () => {
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		await pacer.complete(sized(100));
		const controller = new AbortController();
		const waiting = rejectionOf(pacer.complete(sized(100), { signal: controller.signal }));
		const after = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(1_000);
		controller.abort();
		const error = await waiting;
		expect((error as LlmError).kind).toBe('aborted');
		await vi.advanceTimersByTimeAsync(59_000);
		await after;
		expect(inner.callTimes).toEqual([NOON, NOON + 60_000]);
	});
});

describe('Pacer, what Groq tells it', () => {
	it('lets one request find out the budget before the others follow', async () => {
		let release: () => void = () => undefined;
		const inner = new ScriptedLlmClient().then(
			(request) =>
				new Promise((resolve) => {
					release = () => resolve(resultFor(request));
				})
		);
		const pacer = new Pacer(inner, { limits: limits() });
		const calls = [
			pacer.complete(sized(100)),
			pacer.complete(sized(100)),
			pacer.complete(sized(100))
		];
		await vi.advanceTimersByTimeAsync(1);
		expect(inner.calls).toHaveLength(1);
		release();
		await Promise.all(calls);
		expect(inner.calls).toHaveLength(3);
	});

	it('holds back budget that another tab used, until Groq says it refills', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, {
				usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
				// Server view: 2000 limit, 500 ours + 1000 someone else's.
				rateLimit: { tokensPerMinute: 2000, remainingTokens: 500, resetTokensMs: 30_000 }
			})
		);
		const pacer = new Pacer(inner, { limits: limits({ tpm: 2000 }) });
		const calls = [
			pacer.complete(sized(500)),
			pacer.complete(sized(500)),
			pacer.complete(sized(500))
		];
		await vi.advanceTimersByTimeAsync(29_999);
		expect(inner.callTimes).toEqual([NOON, NOON]);
		await vi.advanceTimersByTimeAsync(1);
		await Promise.all(calls);
		expect(inner.callTimes[2]).toBe(NOON + 30_000);
	});

	it('does not mistake its own request that just left the window for another tab’s use', async () => {
		const inner = new ScriptedLlmClient().then(
			(request) =>
				resultFor(request, { usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 } }),
			async (request) => {
				await new Promise((resolve) => setTimeout(resolve, 20));
				// Groq wrote these headers while the first request was still in its window.
				return resultFor(request, {
					usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
					serverTimeMs: 20,
					rateLimit: { tokensPerMinute: 2000, remainingTokens: 1000, resetTokensMs: 59_990 }
				});
			}
		);
		const pacer = new Pacer(inner, { limits: limits({ tpm: 2000 }) });
		const first = sized(500);
		await pacer.complete(first);
		await vi.advanceTimersByTimeAsync(59_990);
		const second = pacer.complete(sized(500));
		await vi.advanceTimersByTimeAsync(20);
		await second;
		const third = pacer.complete(sized(1500));
		await vi.advanceTimersByTimeAsync(1);
		await third;
		expect(inner.callTimes).toEqual([NOON, NOON + 59_990, NOON + 60_010]);
	});

	it('adopts a lower token limit from the headers than the configured one', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { rateLimit: { tokensPerMinute: 600 } })
		);
		const pacer = new Pacer(inner, { limits: limits({ tpm: 8000 }) });
		await pacer.complete(sized(400));
		const error = await rejectionOf(pacer.complete(sized(700)));
		expect((error as LlmError).kind).toBe('too_large');
		const next = pacer.complete(sized(400));
		await vi.advanceTimersByTimeAsync(60_000);
		await next;
		expect(inner.callTimes).toEqual([NOON, NOON + 60_000]);
	});

	it('learns a per-minute request limit from OpenAI-style headers', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { rateLimit: { requestsPerMinute: 1, remainingRequestsThisMinute: 0 } })
		);
		const pacer = new Pacer(inner, { limits: limits({ rpm: 100 }) });
		await pacer.complete(sized(100));
		const second = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(60_000);
		await second;
		// One a minute, as learned: the configured 100 would have sent both at once.
		expect(inner.callTimes).toEqual([NOON, NOON + 60_000]);
	});

	it('waits out a minute the headers say is used up (by another tab), until their reset', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, {
				rateLimit: { remainingRequestsThisMinute: 0, resetRequestsMinuteMs: 20_000 }
			})
		);
		const pacer = new Pacer(inner, { limits: limits({ rpm: 100 }) });
		await pacer.complete(sized(100));
		const second = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(20_000);
		await second;
		expect(inner.callTimes).toEqual([NOON, NOON + 20_000]);
	});

	it('pauses the whole model after a 429 for as long as Groq asked, without counting the rejected call', async () => {
		const inner = new ScriptedLlmClient().then(
			new LlmError('rate_limit', { status: 429, retryAfterMs: 5_000, limit: 'tokens' })
		);
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		const error = await rejectionOf(pacer.complete(sized(100)));
		expect((error as LlmError).kind).toBe('rate_limit');
		const activities: LlmActivity[] = [];
		const next = pacer.complete(sized(100), {
			onActivity: (activity) => activities.push(activity)
		});
		await vi.advanceTimersByTimeAsync(5_000);
		await next;
		// Not 60 s later: the rejected request did not use the one request per minute.
		expect(inner.callTimes).toEqual([NOON, NOON + 5_000]);
		expect(activities).toContainEqual({
			state: 'waiting',
			until: NOON + 5_000,
			limit: 'tokens',
			window: 'minute'
		});
	});
});
