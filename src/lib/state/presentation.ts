/**
 * The few pure helpers of the lower layers that pages and components show directly (words for
 * LLM activity, model steps, file-name parts), passed through here so
 * that views have one door to the app: `state/`. They do no I/O; the activity words name the
 * provider in use.
 *
 * Why a door and not state: these are fixed lists and formatting with nothing to observe, so a
 * rune class holding them would only add a copy. Only such pure, shown-as-is pieces belong here;
 * anything that reads storage or the network goes through a controller of `state/`, which the
 * import-boundaries test enforces for views.
 */
import { describeLlmActivity as describeFor } from '$lib/llm/describe-llm-activity';
import type { LlmActivity } from '$lib/llm/llm-client';
import { requestDestination } from './request-destination.svelte';

/** The activity line, naming the provider in use ("Waiting 12 s for OpenAI's token limit"). */
export function describeLlmActivity(activity: LlmActivity | undefined, now: number): string {
	return describeFor(activity, now, requestDestination.provider);
}
export { LLM_STEPS, type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
export { REASONING_EFFORTS, type ReasoningEffort } from '$lib/llm/reasoning';
export { fileNamePart } from '$lib/export/export-file-name';
export type { OpenClaims } from '$lib/export/open-claims';
export type { DayUsage } from '$lib/llm/usage-store';
