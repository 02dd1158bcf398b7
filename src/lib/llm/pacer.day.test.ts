import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import type { LlmActivity } from './llm-client';
import { LlmError } from './llm-error';
import { Pacer } from './pacer';
import { DAY, limits, MODEL, NOON, rejectionOf, sized } from './testing/pacer-harness';
import { resultFor, ScriptedLlmClient } from './testing/scripted-llm-client';

beforeEach(() => {
	vi.useFakeTimers({ now: NOON });
});
afterEach(() => {
	vi.useRealTimers();
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
		const pacer = new Pacer(inner, {
			limits: limits(),
			usage: new MemoryUsageRepository(),
			provider: () => 'OpenRouter'
		});
		await rejectionOf(pacer.complete(sized(100)));
		const refused = (await rejectionOf(pacer.complete(sized(100)))) as LlmError;
		expect(refused.kind).toBe('day_limit');
		expect(refused.resetAt).toBe(NOON + threeHours);
		// It names the provider the person chose, not the one the app started with.
		expect(refused.message).toMatch(
			/^Today's OpenRouter allowance of requests for “.+” is used up; it frees up in about 3 h\.$/
		);
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
