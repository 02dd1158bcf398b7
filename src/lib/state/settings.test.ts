import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { MemorySettingsRepository } from '$lib/storage/testing/memory-settings-repository';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { MemoryTabKeyStore } from '$lib/storage/tab-key-store';
import { startMockGroq, type MockGroq } from '../../../tests/mock-groq/server';
import { AppSettings, checkBaseUrl } from './settings.svelte';

let mock: MockGroq;

beforeAll(async () => {
	mock = await startMockGroq();
});
afterAll(async () => {
	await mock.close();
});

function make(settings = new MemorySettingsRepository(), tabKey = new MemoryTabKeyStore()) {
	const cache = new MemoryLlmCacheRepository();
	const state = new AppSettings(() => ({
		settings,
		cache,
		usage: new MemoryUsageRepository(),
		tabKey
	}));
	return { state, settings, cache, tabKey };
}

describe('AppSettings', () => {
	it('starts from the defaults: free-tier limits, 120b for writing and 20b for cleaning', async () => {
		const { state } = make();
		await state.load();
		expect(state.baseUrl).toBe('https://api.groq.com');
		expect(state.modelFor('generation')).toBe('openai/gpt-oss-120b');
		expect(state.modelFor('cleaning')).toBe('openai/gpt-oss-20b');
		expect(state.limitsFor('openai/gpt-oss-120b')).toEqual({
			rpm: 30,
			rpd: 1000,
			tpm: 8000,
			tpd: 200_000
		});
		expect(state.hasKey).toBe(false);
	});

	it('keeps a "this tab only" key in memory and a remembered key in storage', async () => {
		const { state, settings } = make();
		await state.setApiKey(' gsk_tab_only_key ', false);
		expect(state.apiKey).toBe('gsk_tab_only_key');
		expect(settings.records.has('apiKey')).toBe(false);

		await state.setApiKey('gsk_remembered_key', true);
		expect(settings.records.get('apiKey')).toBe('gsk_remembered_key');
		const reloaded = make(settings).state;
		await reloaded.load();
		expect(reloaded.apiKey).toBe('gsk_remembered_key');
		expect(reloaded.remember).toBe(true);

		await reloaded.setApiKey('gsk_remembered_key', false);
		expect(settings.records.has('apiKey')).toBe(false);
	});

	it('keeps a "this tab only" key across a reload of the tab, never in the settings store', async () => {
		const { state, settings, tabKey } = make();
		await state.load();
		await state.setApiKey('gsk_tab_only_key', false);

		const reloaded = make(settings, tabKey).state;
		await reloaded.load();
		expect(reloaded.apiKey).toBe('gsk_tab_only_key');
		expect(reloaded.remember).toBe(false);
		expect(reloaded.keyMissingReason).toBe('');
		expect(settings.records.has('apiKey')).toBe(false);
	});

	it('says why a new tab has no key when the key was kept for one tab only', async () => {
		const { state, settings, tabKey } = make();
		await state.load();
		expect(state.keyMissingReason).toBe('Add your Groq API key in Settings to generate.');
		await state.setApiKey('gsk_tab_only_key', false);

		const otherTab = new MemoryTabKeyStore();
		otherTab.tabOnlyChosen = tabKey.tabOnlyChosen;
		const opened = make(settings, otherTab).state;
		await opened.load();
		expect(opened.hasKey).toBe(false);
		expect(opened.keyMissingReason).toMatch(/In this tab only.*Add it again in Settings/);

		await state.forgetKey();
		expect(tabKey.key).toBeUndefined();
		expect(state.keyMissingReason).toBe('Add your Groq API key in Settings to generate.');
	});

	it('tells the person when the browser will not keep the key for the tab', async () => {
		const tabKey = new MemoryTabKeyStore();
		tabKey.refuse = true;
		const { state } = make(new MemorySettingsRepository(), tabKey);
		await state.setApiKey('gsk_tab_only_key', false);
		expect(state.hasKey).toBe(true);
		expect(state.notice).toMatch(/a reload forgets it/);
	});

	it('forgets the key everywhere', async () => {
		const { state, settings } = make();
		await state.setApiKey('gsk_remembered_key', true);
		await state.forgetKey();
		expect(state.hasKey).toBe(false);
		expect(settings.records.has('apiKey')).toBe(false);
		expect(state.notice).toMatch(/forgotten/);
	});

	it('falls back to the defaults, and says why, when stored settings are damaged', async () => {
		const settings = new MemorySettingsRepository();
		settings.records.set('llm', { baseUrl: 'not a url', models: { x: { rpm: -1 } } });
		const { state } = make(settings);
		await state.load();
		expect(state.problem).toMatch(/could not be read/);
		expect(state.modelFor('generation')).toBe('openai/gpt-oss-120b');
	});

	it('saves edited limits and a changed model per step, and refuses nonsense', async () => {
		const { state, settings } = make();
		expect(
			await state.modelSettings.setLimits('openai/gpt-oss-20b', { rpm: 0, rpd: 1, tpm: 1, tpd: 1 })
		).toMatch(/whole number above zero/);
		expect(
			await state.modelSettings.setLimits('openai/gpt-oss-20b', {
				rpm: 60,
				rpd: 14_400,
				tpm: 250_000,
				tpd: 1_000_000
			})
		).toBe('');
		await state.modelSettings.setFor('cleaning', 'qwen/qwen3.8-27b');
		const reloaded = make(settings).state;
		await reloaded.load();
		expect(reloaded.limitsFor('openai/gpt-oss-20b').tpm).toBe(250_000);
		expect(reloaded.modelFor('cleaning')).toBe('qwen/qwen3.8-27b');
		expect(reloaded.modelSettings.rows.map((model) => model.id)).toContain('qwen/qwen3.8-27b');
		expect(await reloaded.modelSettings.remove('qwen/qwen3.8-27b')).toMatch(/used for cleaning/);
	});

	it('accepts only https base URLs, or http to this machine', () => {
		expect(checkBaseUrl('https://api.groq.com/')).toEqual({
			ok: true,
			url: 'https://api.groq.com'
		});
		expect(checkBaseUrl('http://127.0.0.1:8787/openai/v1')).toEqual({
			ok: true,
			url: 'http://127.0.0.1:8787'
		});
		expect(checkBaseUrl('http://api.groq.com').ok).toBe(false);
		expect(checkBaseUrl('groq').ok).toBe(false);
	});

	it('tests the key: success lists the live models, a wrong key and an unreachable server each say so', async () => {
		const { state } = make();
		expect(await state.setBaseUrl(mock.url)).toBe('');
		await state.setApiKey(mock.apiKey, false);
		await state.testKey();
		expect(state.keyTest).toEqual({
			status: 'ok',
			message: 'The key works. 3 models are available to it.',
			models: ['openai/gpt-oss-120b', 'openai/gpt-oss-20b', 'qwen/qwen3.8-27b']
		});
		expect(state.offeredModels).toEqual([
			'openai/gpt-oss-120b',
			'openai/gpt-oss-20b',
			'qwen/qwen3.8-27b'
		]);

		await state.setApiKey('gsk_wrong_0000000000', false);
		await state.testKey();
		expect(state.keyTest).toMatchObject({
			status: 'failed',
			message: expect.stringMatching(/rejected this key \(401\)/)
		});
		expect(JSON.stringify(state.keyTest)).not.toContain('gsk_wrong');

		await state.setBaseUrl('http://127.0.0.1:9');
		await state.setApiKey(mock.apiKey, false);
		await state.testKey();
		expect(state.keyTest).toMatchObject({
			status: 'failed',
			message: expect.stringMatching(/Could not reach 127\.0\.0\.1:9/)
		});
	});

	it('gives the pipeline a client that uses the current key and address', async () => {
		const { state } = make();
		await state.setBaseUrl(mock.url);
		const client = state.llmClient();
		await expect(
			client.complete({
				model: 'openai/gpt-oss-20b',
				messages: [{ role: 'user', content: 'Hello there friend' }],
				temperature: 0,
				maxTokens: 50
			})
		).rejects.toMatchObject({ kind: 'no_key' });
		await state.setApiKey(mock.apiKey, false);
		await expect(
			client.complete({
				model: 'openai/gpt-oss-20b',
				messages: [{ role: 'user', content: 'Write three words for me' }],
				temperature: 0,
				maxTokens: 50
			})
		).resolves.toMatchObject({ fromCache: false });
		expect(state.llmClient()).toBe(client);
	});

	it('clears the response cache', async () => {
		const { state, cache } = make();
		await cache.put('k', { text: 'x' });
		await state.clearCache();
		expect(cache.records.size).toBe(0);
		expect(state.notice).toMatch(/cleared/);
	});
});

describe('LlmActivityState', () => {
	it('counts a wait down by itself and stops ticking when done', async () => {
		vi.useFakeTimers({ now: 1_000_000 });
		try {
			const { LlmActivityState } = await import('./llm-activity.svelte');
			const activity = new LlmActivityState();
			activity.track({ state: 'waiting', until: 1_012_000, limit: 'tokens', window: 'minute' });
			expect(activity.message).toBe("Waiting 12 s for Groq's token limit");
			expect(activity.busy).toBe(true);
			vi.advanceTimersByTime(5_000);
			expect(activity.message).toBe("Waiting 7 s for Groq's token limit");
			expect(activity.secondsLeft).toBe(7);
			activity.track({ state: 'done', fromCache: false });
			expect(activity.busy).toBe(false);
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});
