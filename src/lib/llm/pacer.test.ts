import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { estimateRequestTokens } from './estimate-tokens';
import type { LlmActivity, LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import { Pacer } from './pacer';
import { resultFor, ScriptedLlmClient } from './testing/scripted-llm-client';

const MODEL = 'openai/gpt-oss-20b';
const NOON = Date.UTC(2025, 2, 10, 12, 0, 0);
const DAY = 86_400_000;

/** A request whose estimate is exactly `tokens` (100 prompt chars ≈ 25 tokens + framing). */
function sized(tokens: number, label = 'x'): LlmRequest {
	const content = label.padEnd(400, '.');
	const request: LlmRequest = {
		model: MODEL,
		messages: [{ role: 'user', content }],
		temperature: 0,
		maxTokens: 0
	};
	return { ...request, maxTokens: tokens - estimateRequestTokens(request) };
}

function limits(overrides: Partial<ModelLimits> = {}): () => ModelLimits {
	return () => ({ rpm: 100, rpd: 10_000, tpm: 100_000, tpd: 10_000_000, ...overrides });
}

function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(error: unknown) => error
	);
}

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

describe('Pacer, day budget', () => {
	it('fails with day_limit and the reset time once the day is used up, also after a reload', async () => {
		const usage = new MemoryUsageRepository();
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits({ rpd: 2 }), usage });
		await pacer.complete(sized(100));
		await pacer.complete(sized(100));
		const error = (await rejectionOf(pacer.complete(sized(100)))) as LlmError;
		expect(error.kind).toBe('day_limit');
		expect(error.resetAt).toBe(Math.floor(NOON / DAY + 1) * DAY);
		expect(inner.calls).toHaveLength(2);

		const reloaded = new Pacer(inner, { limits: limits({ rpd: 2 }), usage });
		const again = (await rejectionOf(reloaded.complete(sized(100)))) as LlmError;
		expect(again.kind).toBe('day_limit');
		expect(inner.calls).toHaveLength(2);
	});

	it('counts the day’s tokens as reported, and waits for a day that ends within minutes', async () => {
		vi.setSystemTime(Math.floor(NOON / DAY + 1) * DAY - 30_000);
		const usage = new MemoryUsageRepository();
		// The first answer turned out longer than estimated: 900 tokens in all.
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { usage: { promptTokens: 100, completionTokens: 800, totalTokens: 900 } })
		);
		const pacer = new Pacer(inner, { limits: limits({ tpd: 1000 }), usage });
		await pacer.complete(sized(300));
		const activities: LlmActivity[] = [];
		const next = pacer.complete(sized(300), {
			onActivity: (activity) => activities.push(activity)
		});
		await vi.advanceTimersByTimeAsync(30_000);
		await next;
		const midnight = Math.floor(NOON / DAY + 1) * DAY;
		expect(inner.callTimes[1]).toBe(midnight);
		expect(activities).toContainEqual({
			state: 'waiting',
			until: midnight,
			limit: 'tokens',
			window: 'day'
		});
		const day = Math.floor(NOON / DAY);
		expect(await usage.read(MODEL, day)).toEqual({ requests: 1, tokens: 900 });
		expect(await usage.read(MODEL, day + 1)).toEqual({ requests: 1, tokens: 110 });
	});

	it('after Groq says the day is used up, waits for the reset Groq named, not for midnight', async () => {
		const threeHours = 3 * 3_600_000;
		const inner = new ScriptedLlmClient().then(
			new LlmError('day_limit', {
				status: 429,
				resetAt: NOON + threeHours,
				rateLimit: { requestsPerDay: 10_000, remainingRequests: 0, resetRequestsMs: threeHours }
			})
		);
		const pacer = new Pacer(inner, { limits: limits(), usage: new MemoryUsageRepository() });
		await rejectionOf(pacer.complete(sized(100)));
		const refused = (await rejectionOf(pacer.complete(sized(100)))) as LlmError;
		expect(refused.kind).toBe('day_limit');
		expect(refused.resetAt).toBe(NOON + threeHours);
		expect(refused.message).toMatch(/frees up in about 3 h\./);
		expect(inner.calls).toHaveLength(1);

		await vi.advanceTimersByTimeAsync(threeHours);
		await pacer.complete(sized(100));
		expect(inner.callTimes).toEqual([NOON, NOON + threeHours]);
	});

	it('takes the day figures Groq reports when another tab used more', async () => {
		const usage = new MemoryUsageRepository();
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { rateLimit: { requestsPerDay: 5, remainingRequests: 1 } })
		);
		const pacer = new Pacer(inner, { limits: limits({ rpd: 5 }), usage });
		await pacer.complete(sized(100));
		await pacer.complete(sized(100));
		const error = (await rejectionOf(pacer.complete(sized(100)))) as LlmError;
		expect(error.kind).toBe('day_limit');
		expect(inner.calls).toHaveLength(2);
	});
});

describe('Pacer, requests that got no answer', () => {
	it('holds only the prompt of a request that failed with a 5xx, so the retry is not held for a minute', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('server', { status: 503 }));
		const usage = new MemoryUsageRepository();
		const pacer = new Pacer(inner, { limits: limits({ tpm: 2000 }), usage });
		const failed = sized(1500);
		const error = (await rejectionOf(pacer.complete(failed))) as LlmError;
		expect(error.kind).toBe('server');
		const second = sized(1500, 'y');
		const retry = pacer.complete(second);
		await vi.advanceTimersByTimeAsync(1);
		await retry;
		expect(inner.callTimes).toEqual([NOON, NOON]);
		// The day keeps the failed request and its prompt, not the room reserved for its answer.
		const failedPrompt = 1500 - failed.maxTokens;
		expect(await usage.read(MODEL, Math.floor(NOON / DAY))).toEqual({
			requests: 2,
			tokens: failedPrompt + resultFor(second).usage.totalTokens
		});
	});

	it('holds only the prompt of a request whose connection dropped before an answer', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('network'));
		const pacer = new Pacer(inner, { limits: limits({ tpm: 2000 }) });
		await rejectionOf(pacer.complete(sized(1500)));
		const retry = pacer.complete(sized(1500));
		await vi.advanceTimersByTimeAsync(1);
		await retry;
		expect(inner.callTimes).toEqual([NOON, NOON]);
	});

	it('still counts a request that failed with a 5xx against the requests per minute', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('server', { status: 500 }));
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }) });
		await rejectionOf(pacer.complete(sized(100)));
		const next = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(60_000);
		await next;
		expect(inner.callTimes).toEqual([NOON, NOON + 60_000]);
	});

	it('gives everything back when the call is cancelled after admission but before it was sent', async () => {
		const inner = new ScriptedLlmClient();
		const usage = new MemoryUsageRepository();
		const pacer = new Pacer(inner, { limits: limits({ rpm: 1 }), usage });
		const controller = new AbortController();
		const cancelled = rejectionOf(
			pacer.complete(sized(100), {
				signal: controller.signal,
				onActivity: (activity) => {
					if (activity.state === 'in_flight') controller.abort();
				}
			})
		);
		expect(((await cancelled) as LlmError).kind).toBe('aborted');
		expect(inner.calls).toHaveLength(0);
		const next = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(1);
		await next;
		expect(inner.callTimes).toEqual([NOON]);
		expect(await usage.read(MODEL, Math.floor(NOON / DAY))).toMatchObject({ requests: 1 });
	});

	it('does not admit a call cancelled while the day figures are read, so later calls still go', async () => {
		let unblock: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			unblock = resolve;
		});
		const usage = new MemoryUsageRepository();
		const slowUsage = {
			read: async (model: string, day: number) => {
				await gate;
				return usage.read(model, day);
			},
			update: usage.update.bind(usage)
		};
		const inner = new ScriptedLlmClient();
		const pacer = new Pacer(inner, { limits: limits(), usage: slowUsage });
		const controller = new AbortController();
		const cancelled = rejectionOf(pacer.complete(sized(100), { signal: controller.signal }));
		await vi.advanceTimersByTimeAsync(1);
		controller.abort();
		expect(((await cancelled) as LlmError).kind).toBe('aborted');
		unblock();
		const next = pacer.complete(sized(100));
		const later = pacer.complete(sized(100));
		await vi.advanceTimersByTimeAsync(1);
		await Promise.all([next, later]);
		expect(inner.callTimes).toEqual([NOON + 1, NOON + 1]);
	});
});
