/**
 * The tailoring pipeline, for the app. The review UI needs only this:
 *
 *   const orchestrator = new TailoringOrchestrator({
 *     session: { current: () => snapshotOfOpenSession(), commit: (next) => openSession.commit(next) },
 *     llm: llmStack.client,
 *     prompts: bundledPrompts,
 *     settings: () => pipelineSettingsFromAppSettings()
 *   });
 *   await orchestrator.recover();            // on opening the Tailor tab (after a reload too)
 *   orchestrator.subscribe(({ inFlight }) => …); // which item is being written, its LLM activity
 *   await orchestrator.generateNext();       // "Tailor" / "Continue"
 *   await orchestrator.accept(itemId, edited?);
 *   await orchestrator.regenerate(itemId, 'shorter');
 *   await orchestrator.restoreVersion(itemId, index);
 *   await orchestrator.cancel();
 *
 * Item statuses and content live in the session's StructuredCV; the orchestrator only writes them.
 */
export {
	TailoringOrchestrator,
	TailoringActionError,
	type GenerateOutcome,
	type InFlightItem,
	type SessionAccess,
	type TailoringDependencies,
	type TailoringSnapshot
} from './orchestrator';
export { planNext, notReadyReason, showsCoverLetter, type NextStep } from './plan-next';
export { syncCvItems } from './sync-cv-items';
export {
	PipelineSettingsSchema,
	defaultPipelineSettings,
	withMode,
	type PipelineSettings,
	type PipelineSettingsInput,
	type StepMode
} from './pipeline-settings';
export { bundledPrompts } from './prompt-templates';
export { PROMPT_NAMES, type PromptSource, type PromptName } from './prompt-source';
export type { StepPass } from './run-step';
