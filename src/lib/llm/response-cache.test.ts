import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '$lib/storage/database';
import { DexieLlmCacheRepository } from '$lib/storage/llm-cache-repository';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { cacheKey } from './cache-key';
import type { LlmActivity, LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import { CachingClient } from './response-cache';
import { resultFor, ScriptedLlmClient } from './testing/scripted-llm-client';

const REQUEST: LlmRequest = {
	model: 'openai/gpt-oss-120b',
	messages: [
		{ role: 'system', content: 'You tailor CVs.' },
		{ role: 'user', content: 'Rewrite: Led a team of five engineers.' }
	],
	temperature: 0.3,
	maxTokens: 500,
	jsonSchema: { name: 'bullets', schema: { type: 'object', properties: {} } },
	promptVersion: 'v1-abc'
};

let databaseCount = 0;
const openDatabases: AppDatabase[] = [];

function freshDatabase(): AppDatabase {
	const database = new AppDatabase(`llm-cache-test-${++databaseCount}`, { indexedDB, IDBKeyRange });
	openDatabases.push(database);
	return database;
}

afterEach(async () => {
	for (const database of openDatabases.splice(0)) await database.delete();
});

describe('CachingClient', () => {
	it('answers a repeated request from the cache without calling the layers below', async () => {
		const inner = new ScriptedLlmClient();
		const client = new CachingClient(inner, new DexieLlmCacheRepository(freshDatabase()));
		const first = await client.complete(REQUEST);
		const activities: LlmActivity[] = [];
		const second = await client.complete(structuredClone(REQUEST), {
			onActivity: (activity) => activities.push(activity)
		});
		expect(inner.calls).toHaveLength(1);
		expect(first.fromCache).toBe(false);
		expect(second).toMatchObject({ text: first.text, usage: first.usage, fromCache: true });
		expect(activities).toEqual([{ state: 'done', fromCache: true }]);
	});

	it('misses when anything that shapes the answer changes', async () => {
		const inner = new ScriptedLlmClient();
		const client = new CachingClient(inner, new MemoryLlmCacheRepository());
		await client.complete(REQUEST);
		const variants: LlmRequest[] = [
			{ ...REQUEST, model: 'openai/gpt-oss-20b' },
			{ ...REQUEST, temperature: 0.4 },
			{ ...REQUEST, reasoningEffort: 'high' },
			{ ...REQUEST, promptVersion: 'v2' },
			{ ...REQUEST, jsonSchema: undefined, jsonObject: true },
			{ ...REQUEST, messages: [{ role: 'user', content: 'Rewrite: Led a team of six engineers.' }] }
		];
		for (const variant of variants) await client.complete(variant);
		expect(inner.calls).toHaveLength(1 + variants.length);
	});

	it('misses when another provider or server would answer: the same model name is another model there', async () => {
		const inner = new ScriptedLlmClient();
		let scope = 'groq';
		const store = new MemoryLlmCacheRepository();
		const client = new CachingClient(inner, store, () => scope);
		await client.complete(REQUEST);
		scope = 'openrouter https://openrouter.ai/api/v1';
		await client.complete(REQUEST);
		scope = 'groq';
		await client.complete(REQUEST);
		expect(inner.calls).toHaveLength(2);
		expect(JSON.stringify([...store.records.keys()])).not.toMatch(/groq|openrouter/);
	});

	it('hits whatever answer budget the request has: a whole answer does not depend on it', async () => {
		const inner = new ScriptedLlmClient();
		const client = new CachingClient(inner, new MemoryLlmCacheRepository());
		await client.complete(REQUEST);
		await expect(client.complete({ ...REQUEST, maxTokens: 900 })).resolves.toMatchObject({
			fromCache: true
		});
		expect(inner.calls).toHaveLength(1);
	});

	it('skips the read when bypassCache is set, and keeps the new answer for next time', async () => {
		const inner = new ScriptedLlmClient().then(
			(request) => resultFor(request, { text: 'old answer' }),
			(request) => resultFor(request, { text: 'regenerated answer' })
		);
		const client = new CachingClient(inner, new MemoryLlmCacheRepository());
		await client.complete(REQUEST);
		const fresh = await client.complete(REQUEST, { bypassCache: true });
		expect(fresh).toMatchObject({ text: 'regenerated answer', fromCache: false });
		await expect(client.complete(REQUEST)).resolves.toMatchObject({
			text: 'regenerated answer',
			fromCache: true
		});
		expect(inner.calls).toHaveLength(2);
	});

	it('does not cache failures, and reports them', async () => {
		const inner = new ScriptedLlmClient().then(new LlmError('server', { status: 500 }));
		const store = new MemoryLlmCacheRepository();
		const activities: LlmActivity[] = [];
		const client = new CachingClient(inner, store);
		await expect(
			client.complete(REQUEST, { onActivity: (activity) => activities.push(activity) })
		).rejects.toMatchObject({ kind: 'server' });
		expect(store.records.size).toBe(0);
		expect(activities).toEqual([{ state: 'failed', message: 'Groq had a temporary problem.' }]);
		await client.complete(REQUEST);
		expect(inner.calls).toHaveLength(2);
	});

	it('treats a damaged stored answer as a miss', async () => {
		const store = new MemoryLlmCacheRepository();
		await store.put(await cacheKey(REQUEST), { text: 42, usage: 'lots' });
		const inner = new ScriptedLlmClient();
		const result = await new CachingClient(inner, store).complete(REQUEST);
		expect(result.fromCache).toBe(false);
		expect(inner.calls).toHaveLength(1);
	});

	it('still returns the answer when the cache cannot be written', async () => {
		const store = new MemoryLlmCacheRepository();
		store.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		const result = await new CachingClient(new ScriptedLlmClient(), store).complete(REQUEST);
		expect(result.fromCache).toBe(false);
	});

	it('never stores rate-limit details with an answer', async () => {
		const inner = new ScriptedLlmClient().then((request) =>
			resultFor(request, { rateLimit: { remainingTokens: 10 } })
		);
		const store = new MemoryLlmCacheRepository();
		await new CachingClient(inner, store).complete(REQUEST);
		expect(JSON.stringify([...store.records.values()])).not.toContain('remainingTokens');
	});

	it('clear() empties the cache', async () => {
		const inner = new ScriptedLlmClient();
		const client = new CachingClient(inner, new DexieLlmCacheRepository(freshDatabase()));
		await client.complete(REQUEST);
		await client.clear();
		await client.complete(REQUEST);
		expect(inner.calls).toHaveLength(2);
	});
});

describe('cacheKey', () => {
	it('is a SHA-256 hex digest that ignores key order and extra fields', async () => {
		const key = await cacheKey(REQUEST);
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		const reordered = {
			promptVersion: REQUEST.promptVersion,
			maxTokens: REQUEST.maxTokens,
			temperature: REQUEST.temperature,
			messages: REQUEST.messages,
			model: REQUEST.model,
			jsonSchema: REQUEST.jsonSchema
		} as LlmRequest;
		expect(await cacheKey(reordered)).toBe(key);
	});
});

describe('DexieLlmCacheRepository', () => {
	it('evicts the oldest entries beyond the entry bound', async () => {
		let now = 1_000;
		const store = new DexieLlmCacheRepository(
			freshDatabase(),
			{ maxEntries: 3, maxBytes: 1_000_000 },
			() => (now += 1)
		);
		for (const name of ['a', 'b', 'c', 'd', 'e']) await store.put(name, { text: name });
		expect(await store.count()).toBe(3);
		expect(await store.get('a')).toBeUndefined();
		expect(await store.get('b')).toBeUndefined();
		expect(await store.get('e')).toEqual({ text: 'e' });
	});

	it('evicts the oldest entries beyond the size bound', async () => {
		let now = 1_000;
		const store = new DexieLlmCacheRepository(
			freshDatabase(),
			{ maxEntries: 100, maxBytes: 250 },
			() => (now += 1)
		);
		// Each entry is about 111 bytes: two fit in 250, the third pushes the oldest out.
		for (const name of ['a', 'b', 'c']) await store.put(name, { text: name.repeat(100) });
		expect(await store.get('a')).toBeUndefined();
		expect(await store.get('b')).toEqual({ text: 'b'.repeat(100) });
		expect(await store.get('c')).toEqual({ text: 'c'.repeat(100) });
		expect(await store.count()).toBe(2);
	});
});
