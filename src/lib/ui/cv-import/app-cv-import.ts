/**
 * The app's CV import surroundings: the readers (pdf.js, mammoth and the parser, loaded only
 * when a CV is dropped) and, when a key is set, the LLM pass through the paced stack from
 * Settings. Everything is imported on first use so the start page stays light.
 */
import type { CvImportDependencies } from '$lib/state/cv-import.svelte';

export function appCvImportDependencies(): CvImportDependencies {
	return {
		async engine() {
			const { loadCvImportEngine } = await import('./load-engine');
			return loadCvImportEngine();
		},
		async improver() {
			const [{ settings }, { pipelineSettingsFrom }, { supportsStructuredOutput }] =
				await Promise.all([
					import('$lib/state/settings.svelte'),
					import('$lib/state/tailoring-environment'),
					import('$lib/pipeline/pipeline-settings')
				]);
			await settings.load();
			if (!settings.hasKey) return undefined;
			const model = settings.modelFor('generation');
			return {
				model,
				async improve(base, signal) {
					const [{ structureCv }, prompt] = await Promise.all([
						import('$lib/cv-import/llm/structure-cv'),
						import('$prompts/cv-import.md?raw')
					]);
					return structureCv(base, {
						llm: settings.llmClient(),
						model,
						structured: supportsStructuredOutput(pipelineSettingsFrom(settings), model),
						prompt: prompt.default,
						signal
					});
				}
			};
		}
	};
}
