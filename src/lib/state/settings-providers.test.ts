/**
 * Switching provider in Settings: each provider keeps its own key (remembered or for the tab),
 * address and models; the footer's destination and the pipeline's one-call models follow.
 */
import { describe, expect, it } from 'vitest';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { MemorySettingsRepository } from '$lib/storage/testing/memory-settings-repository';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { MemoryTabKeyStore } from '$lib/storage/tab-key-store';
import { requestDestination } from './request-destination.svelte';
import { AppSettings } from './settings.svelte';
import { pipelineSettingsFrom } from './tailoring-environment';

function make(settings = new MemorySettingsRepository(), tabKey = new MemoryTabKeyStore()) {
	const state = new AppSettings(() => ({
		settings,
		cache: new MemoryLlmCacheRepository(),
		usage: new MemoryUsageRepository(),
		tabKey
	}));
	return { state, settings, tabKey };
}

describe('AppSettings with several providers', () => {
	it('keeps each provider its own key, remembered or for the tab, across a switch and a reload', async () => {
		const { state, settings, tabKey } = make();
		await state.load();
		await state.setApiKey('gsk_groq_key_remembered', true);
		await state.setProvider('openai');
		expect(state.apiKey).toBe('');
		expect(state.hasKey).toBe(false);
		expect(state.keyMissingReason).toBe('Add your OpenAI API key in Settings to generate.');
		await state.setApiKey('sk-openai-tab-key', false);
		await state.setProvider('groq');
		expect(state.apiKey).toBe('gsk_groq_key_remembered');

		const reloaded = make(settings, tabKey).state;
		await reloaded.load();
		expect(reloaded.provider).toBe('groq');
		expect(reloaded.apiKey).toBe('gsk_groq_key_remembered');
		await reloaded.setProvider('openai');
		expect(reloaded.apiKey).toBe('sk-openai-tab-key');
		expect(reloaded.remember).toBe(false);
		expect(settings.records.get('apiKey')).toBe('gsk_groq_key_remembered');
		expect([...settings.records.keys()].filter((key) => key.startsWith('apiKey'))).toEqual([
			'apiKey'
		]);

		await reloaded.forgetKey();
		await reloaded.setProvider('groq');
		expect(reloaded.apiKey).toBe('gsk_groq_key_remembered');
	});

	it('keeps each provider its own address and models, and a local one needs no key', async () => {
		const { state } = make();
		await state.load();
		await state.setProvider('ollama');
		expect(state.baseUrl).toBe('http://localhost:11434/v1');
		expect(state.hasKey).toBe(true);
		expect(await state.setBaseUrl('http://127.0.0.1:11500')).toBe('');
		expect(state.baseUrl).toBe('http://127.0.0.1:11500/v1');
		await state.modelSettings.setFor('generation', 'qwen2.5:7b');
		expect(state.limitsFor('qwen2.5:7b').rpm).toBeGreaterThanOrEqual(10_000);
		expect(state.destination).toBe('to Ollama on this computer');
		expect(requestDestination.text).toBe('to Ollama on this computer');

		await state.setProvider('groq');
		expect(state.baseUrl).toBe('https://api.groq.com');
		expect(state.modelFor('generation')).toBe('openai/gpt-oss-120b');
		expect(requestDestination.text).toBe('to Groq');
		await state.setProvider('ollama');
		expect(state.modelFor('generation')).toBe('qwen2.5:7b');
		expect(state.baseUrl).toBe('http://127.0.0.1:11500/v1');
	});

	it("gives the pipeline one-call models by the provider's structured-output mode", async () => {
		const { state } = make();
		await state.load();
		expect(pipelineSettingsFrom(state).structuredOutputModels).toEqual(
			expect.arrayContaining(['openai/gpt-oss-120b', 'openai/gpt-oss-20b'])
		);
		await state.setProvider('ollama');
		expect(pipelineSettingsFrom(state).structuredOutputModels).toEqual(['llama3.1:8b']);
		await state.setStructuredOutput('text');
		expect(pipelineSettingsFrom(state).structuredOutputModels).toEqual([]);
		await state.setProvider('custom');
		expect(pipelineSettingsFrom(state).structuredOutputModels).toEqual([]);
	});

	it('Test connection asks for the address of a Custom server before anything else', async () => {
		const { state } = make();
		await state.load();
		await state.setProvider('custom');
		await state.testKey();
		expect(state.keyTest).toEqual({
			status: 'failed',
			message: 'Enter the server’s address (base URL) first.'
		});
	});
});

describe('the activity line', () => {
	it('names the provider Settings chose', async () => {
		const { describeLlmActivity } = await import('./presentation');
		const { state } = make();
		await state.load();
		await state.setProvider('ollama');
		expect(describeLlmActivity({ state: 'in_flight' }, 0)).toBe('Ollama is writing…');
		await state.setProvider('groq');
		expect(describeLlmActivity({ state: 'in_flight' }, 0)).toBe('Groq is writing…');
	});
});
