/**
 * The app's CV import surroundings: the readers (pdf.js, mammoth and the parser, loaded only
 * when a CV is dropped) and, when a key is set, the LLM pass through the paced stack from
 * Settings. Everything is imported on first use so the start page stays light.
 */
import type { CvImportDependencies } from './cv-import.svelte';
import type { AppSettings } from './settings.svelte';

export function appCvImportDependencies(
	loadSettings: () => Promise<AppSettings>
): CvImportDependencies {
	return {
		async engine() {
			const { loadCvImportEngine } = await import('./load-cv-import-engine');
			return loadCvImportEngine();
		},
		async improver() {
			const [{ pipelineSettingsFrom }, { supportsStructuredOutput }, settings] = await Promise.all([
				import('./tailoring-environment'),
				import('$lib/pipeline/pipeline-settings'),
				loadSettings()
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
