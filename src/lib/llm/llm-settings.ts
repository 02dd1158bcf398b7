/**
 * The LLM configuration the user can change: the base URL, the models with their limits, the
 * model for each step and how tailoring runs. Its shape and defaults belong to the LLM layer;
 * storage only keeps and validates the record.
 */
import { z } from 'zod';
import { DEFAULT_BASE_URL } from './groq-client';
import { DEFAULT_MODEL_FOR_STEP, DEFAULT_MODEL_LIMITS, ModelLimitsSchema } from './model-limits';
import { REASONING_EFFORTS } from './reasoning';

export const LlmSettingsSchema = z.object({
	baseUrl: z.string().url(),
	models: z.record(z.string().min(1), ModelLimitsSchema),
	modelForStep: z.object({ generation: z.string().min(1), cleaning: z.string().min(1) }),
	/** How tailoring runs; settings saved before these existed read as the defaults. */
	tailoring: z
		.object({
			/** The original notebook's generate-then-clean mode for every step. */
			twoPass: z.boolean().default(false),
			/** Write the next role or project while the person reviews the current one. */
			prefetchNext: z.boolean().default(false),
			/** How long a reasoning model thinks per answer (sent to models that take it). */
			reasoningEffort: z.enum(REASONING_EFFORTS).default('low')
		})
		.default({ twoPass: false, prefetchNext: false, reasoningEffort: 'low' })
});
export type LlmSettings = z.infer<typeof LlmSettingsSchema>;

export function defaultLlmSettings(): LlmSettings {
	return {
		baseUrl: DEFAULT_BASE_URL,
		models: structuredClone({ ...DEFAULT_MODEL_LIMITS }),
		modelForStep: { ...DEFAULT_MODEL_FOR_STEP },
		tailoring: { twoPass: false, prefetchNext: false, reasoningEffort: 'low' }
	};
}
