/**
 * The app's real surroundings for the tailoring flow: the LLM stack and models from Settings,
 * the bundled prompt files, and the browser's connectivity.
 */
import { LlmError } from '$lib/llm/llm-error';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import { defaultPipelineSettings, type PipelineSettings } from '$lib/pipeline/pipeline-settings';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import { connectivity } from './connectivity.svelte';
import { inspectClaims } from './inspect-claims';
import type { AppSettings } from './settings.svelte';
import type { TailoringEnvironment } from './tailoring.svelte';

/** Every step uses the generation and cleaning models chosen in Settings. */
export function pipelineSettingsFrom(appSettings: AppSettings): PipelineSettings {
	const defaults = defaultPipelineSettings();
	const generatorModel = appSettings.modelFor('generation');
	const cleanerModel = appSettings.modelFor('cleaning');
	const steps = Object.fromEntries(
		Object.entries(defaults.steps).map(([kind, step]) => [
			kind,
			{
				...step,
				generatorModel,
				cleanerModel,
				mode: appSettings.tailoring.twoPass ? ('two_pass' as const) : ('structured' as const),
				reasoningEffort: appSettings.tailoring.reasoningEffort
			}
		])
	) as PipelineSettings['steps'];
	// A model that takes no JSON mode (the provider's, or the person's choice) gets two passes.
	const structuredOutputModels = appSettings.structuredOutputModels;
	return {
		...defaults,
		steps,
		prefetchNext: appSettings.tailoring.prefetchNext,
		structuredOutputModels
	};
}

export function appTailoringEnvironment(
	settings: AppSettings,
	writingMark: WritingMarkStore
): TailoringEnvironment {
	return {
		budgets: settings.answerBudgets(),
		async llm() {
			await settings.load();
			if (!settings.hasKey) throw new LlmError('no_key');
			return settings.llmClient();
		},
		pipelineSettings: () => pipelineSettingsFrom(settings),
		prompts: bundledPrompts,
		inspect: inspectClaims,
		online: () => connectivity.online,
		writingMark
	};
}
