import { describe, expect, it } from 'vitest';
import { MemoryLlmCacheRepository } from '$lib/storage/testing/memory-llm-cache-repository';
import { MemorySettingsRepository } from '$lib/storage/testing/memory-settings-repository';
import { MemoryUsageRepository } from '$lib/storage/testing/memory-usage-repository';
import { AppSettings } from './settings.svelte';
import { pipelineSettingsFrom } from './tailoring-environment';

function appSettings(settings = new MemorySettingsRepository()) {
	return new AppSettings(() => ({
		settings,
		cache: new MemoryLlmCacheRepository(),
		usage: new MemoryUsageRepository()
	}));
}

describe('pipelineSettingsFrom', () => {
	it('uses the models chosen in Settings for every step, one structured call by default', async () => {
		const settings = appSettings();
		await settings.load();
		await settings.modelSettings.setFor('generation', 'qwen/qwen3.8-27b');
		const pipeline = pipelineSettingsFrom(settings);
		for (const step of Object.values(pipeline.steps)) {
			expect(step).toMatchObject({
				generatorModel: 'qwen/qwen3.8-27b',
				cleanerModel: 'openai/gpt-oss-20b',
				mode: 'structured'
			});
		}
		expect(pipeline.prefetchNext).toBe(false);
	});

	it('switches every step to the two-pass mode and pre-generation when asked, and remembers it', async () => {
		const stored = new MemorySettingsRepository();
		const settings = appSettings(stored);
		await settings.load();
		await settings.tailoring.set('twoPass', true);
		await settings.tailoring.set('prefetchNext', true);

		const reopened = appSettings(stored);
		await reopened.load();
		const pipeline = pipelineSettingsFrom(reopened);
		expect(Object.values(pipeline.steps).map((step) => step.mode)).toEqual(
			Array(5).fill('two_pass')
		);
		expect(pipeline.prefetchNext).toBe(true);
	});

	it('runs every step at low reasoning effort unless Settings says otherwise, and remembers the choice', async () => {
		const stored = new MemorySettingsRepository();
		const settings = appSettings(stored);
		await settings.load();
		expect(
			Object.values(pipelineSettingsFrom(settings).steps).map((step) => step.reasoningEffort)
		).toEqual(Array(5).fill('low'));
		await settings.tailoring.setReasoningEffort('high');

		const reopened = appSettings(stored);
		await reopened.load();
		expect(
			Object.values(pipelineSettingsFrom(reopened).steps).map((step) => step.reasoningEffort)
		).toEqual(Array(5).fill('high'));
	});

	it('keeps the answer budgets it learned with the settings, for the next visit', async () => {
		const stored = new MemorySettingsRepository();
		const key = { step: 'role', model: 'openai/gpt-oss-120b', effort: 'low' } as const;
		const budgets = appSettings(stored).answerBudgets();
		await budgets.load();
		for (const used of [200, 220, 240, 260, 280]) budgets.record(key, used);
		await budgets.flush();

		const next = appSettings(stored).answerBudgets();
		await next.load();
		expect(next.budgetFor(key)).toBe(420);
	});
});
