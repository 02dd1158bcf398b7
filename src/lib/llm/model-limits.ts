/**
 * Models and their rate limits are configuration: Groq changes both, and a retired model must be
 * replaceable in Settings without a new release. The defaults are Groq's published free tier.
 */
import { z } from 'zod';

export const ModelLimitsSchema = z.object({
	/** Requests per minute. */
	rpm: z.number().int().positive(),
	/** Requests per day. */
	rpd: z.number().int().positive(),
	/** Tokens per minute (prompt + requested max tokens). */
	tpm: z.number().int().positive(),
	/** Tokens per day. */
	tpd: z.number().int().positive()
});
export type ModelLimits = z.infer<typeof ModelLimitsSchema>;

export const FREE_TIER_LIMITS: ModelLimits = { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 };

export const DEFAULT_MODEL_LIMITS: Readonly<Record<string, ModelLimits>> = {
	'openai/gpt-oss-120b': FREE_TIER_LIMITS,
	'openai/gpt-oss-20b': FREE_TIER_LIMITS
};

/** The pipeline's steps that call the model; each can use its own model. */
export const LLM_STEPS = ['generation', 'cleaning'] as const;
export type LlmStep = (typeof LLM_STEPS)[number];

export const DEFAULT_MODEL_FOR_STEP: Readonly<Record<LlmStep, string>> = {
	generation: 'openai/gpt-oss-120b',
	cleaning: 'openai/gpt-oss-20b'
};

/** Limits for a model nobody configured: the free tier, the most cautious published figures. */
export function limitsFor(
	models: Readonly<Record<string, ModelLimits>>,
	model: string
): ModelLimits {
	return models[model] ?? DEFAULT_MODEL_LIMITS[model] ?? FREE_TIER_LIMITS;
}
