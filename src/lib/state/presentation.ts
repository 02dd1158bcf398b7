/**
 * The few pure helpers of the lower layers that pages and components show directly (words for
 * LLM activity, model steps, file-name parts), passed through here so
 * that views have one door to the app: `state/`. They hold no state and do no I/O.
 */
export { describeLlmActivity } from '$lib/llm/describe-llm-activity';
export { LLM_STEPS, type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
export { REASONING_EFFORTS, type ReasoningEffort } from '$lib/llm/reasoning';
export { fileNamePart } from '$lib/export/export-file-name';
export type { OpenClaims } from '$lib/export/open-claims';
export type { DayUsage } from '$lib/llm/usage-store';
