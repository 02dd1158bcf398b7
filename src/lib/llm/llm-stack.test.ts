/**
 * The composed stack (cache → retry → pacer → Groq) against the mock Groq server: the layers
 * working together as the app uses them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { startMockGroq, type MockGroq } from '../../../tests/mock-groq/server';
import type { LlmActivity, LlmRequest } from './llm-client';
import { createLlmStack } from './llm-stack';
import { FREE_TIER_LIMITS } from './model-limits';
import { presetOf } from './provider-presets';

const REQUEST: LlmRequest = {
	model: 'openai/gpt-oss-120b',
	messages: [{ role: 'user', content: 'Summarise: Ran the payroll migration for 4,000 staff.' }],
	temperature: 0.2,
	maxTokens: 200
};

let mock: MockGroq;

beforeAll(async () => {
	// A Groq minute of one second keeps retry-after waits short.
	mock = await startMockGroq({ timeScale: 60 });
});
afterAll(async () => {
	await mock.close();
});
beforeEach(() => mock.reset());

function stack(apiKey: { current: string }, cache = new MemoryLlmCacheRepository()) {
	return {
		cache,
		...createLlmStack({
			connection: () => ({ apiKey: apiKey.current, baseURL: mock.url }),
			limits: () => FREE_TIER_LIMITS,
			usage: new MemoryUsageRepository(),
			cache,
			minuteMs: 1000,
			dayMs: 86_400_000 / 60,
			retry: { baseDelayMs: 10 }
		})
	};
}

describe('createLlmStack', () => {
	it('keys the cache on the request only: another key gets the stored answer and the key is never stored', async () => {
		const apiKey = { current: mock.apiKey };
		const { client, cache } = stack(apiKey);
		const first = await client.complete(REQUEST);
		apiKey.current = 'gsk_some_other_key_987654321';
		const activities: LlmActivity[] = [];
		const second = await client.complete(REQUEST, {
			onActivity: (activity) => activities.push(activity)
		});
		expect(second).toMatchObject({ text: first.text, fromCache: true });
		expect(activities).toEqual([{ state: 'done', fromCache: true }]);
		expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
		const stored = JSON.stringify([...cache.records.entries()]);
		expect(stored).not.toContain(mock.apiKey);
		expect(stored).not.toContain('gsk_');
	});

	it('rides out a 429 and a 503 and reports each retry', async () => {
		mock.injectFaults({ kind: 'rate_limit', retryAfterSeconds: 6 }, { kind: 'unavailable' });
		const activities: LlmActivity[] = [];
		const { client } = stack({ current: mock.apiKey });
		const result = await client.complete(REQUEST, {
			onActivity: (activity) => activities.push(activity)
		});
		expect(result.text).toContain('payroll migration');
		// The pacer may add a moment's "waiting" while the 429's pause runs out; the rest is fixed.
		const states = activities
			.map((activity) => activity.state)
			.filter((state) => state !== 'waiting');
		expect(states).toEqual([
			'queued',
			'in_flight',
			'retrying',
			'queued',
			'in_flight',
			'retrying',
			'queued',
			'in_flight',
			'done'
		]);
		const posts = mock.requests.filter((request) => request.method === 'POST');
		expect(posts.map((request) => request.status)).toEqual([429, 503, 200]);
		// retry-after 6 Groq seconds is 100 ms at this time scale.
		expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(95);
	});

	it('stops at a used-up day without retrying', async () => {
		mock.injectFaults({ kind: 'day_limit' });
		const { client } = stack({ current: mock.apiKey });
		await expect(client.complete(REQUEST)).rejects.toMatchObject({ kind: 'day_limit' });
		expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
		// The pacer now knows too: the next request fails at once, without a call.
		await expect(client.complete({ ...REQUEST, temperature: 0.9 })).rejects.toMatchObject({
			kind: 'day_limit'
		});
		expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
	});

	it('names the provider the person chose when the day is used up, in the pacer too', async () => {
		mock.injectFaults({ kind: 'day_limit' });
		const { client } = createLlmStack({
			connection: () => ({
				preset: presetOf('openrouter'),
				apiKey: mock.apiKey,
				baseURL: `${mock.url}/openai/v1`,
				structuredOutput: () => 'json_object'
			}),
			limits: () => FREE_TIER_LIMITS,
			usage: new MemoryUsageRepository(),
			minuteMs: 1000,
			dayMs: 86_400_000 / 60
		});
		await expect(client.complete(REQUEST)).rejects.toMatchObject({
			message: expect.stringMatching(/^Today's OpenRouter allowance of requests/)
		});
		// Refused by the pacer this time, without a call: its words name OpenRouter as well.
		await expect(client.complete({ ...REQUEST, temperature: 0.9 })).rejects.toMatchObject({
			kind: 'day_limit',
			message: expect.stringMatching(/^Today's OpenRouter allowance of requests/)
		});
		expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
	});
});
