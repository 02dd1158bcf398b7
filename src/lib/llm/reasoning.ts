/**
 * Which models think before they answer, and which take `reasoning_effort`. Both matter for the
 * answer budget: Groq bills the thinking as completion tokens, so a reasoning model's
 * `max_completion_tokens` must leave room for it, and a model that does not take the parameter
 * refuses a request that carries it (400). The lists follow Groq's model docs (groq-sdk 1.6:
 * gpt-oss takes low|medium|high; qwen/qwen3.8-27b too; older qwen3 only none|default).
 */
export const REASONING_EFFORTS = ['low', 'medium', 'high'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/** What Groq uses when the request does not say: the budget must assume it. */
export const PROVIDER_DEFAULT_EFFORT: ReasoningEffort = 'medium';

const TAKES_EFFORT = [/^openai\/gpt-oss-/, /^qwen\/qwen3\.8-27b$/];
const THINKS = [/gpt-oss/, /qwen3/, /deepseek-r1/, /qwq/, /magistral/];

/** Whether `reasoning_effort: low | medium | high` may be sent to this model. */
export function takesReasoningEffort(model: string): boolean {
	return TAKES_EFFORT.some((pattern) => pattern.test(model));
}

/** Whether the model spends completion tokens on reasoning before it answers. */
export function thinksBeforeAnswering(model: string): boolean {
	return THINKS.some((pattern) => pattern.test(model));
}

/** The effort the model will actually use for a request that asks for `wanted`. */
export function effectiveEffort(
	model: string,
	wanted: ReasoningEffort | undefined
): ReasoningEffort {
	return takesReasoningEffort(model) && wanted ? wanted : PROVIDER_DEFAULT_EFFORT;
}
