/**
 * The LLM configuration the user can change: the provider, and for each provider its base URL,
 * models with their limits, the model for each step and how it gives structured answers; plus
 * how tailoring runs. Its shape and defaults belong to the LLM layer; storage only keeps and
 * validates the record.
 *
 * Groq's profile sits at the top level, where settings saved before there were providers keep
 * it, so they read unchanged; every other provider's is under `providers`, made from its preset
 * until the person changes something.
 */
import { z } from 'zod';
import { DEFAULT_MODEL_FOR_STEP, DEFAULT_MODEL_LIMITS, ModelLimitsSchema } from './model-limits';
import {
	PROVIDER_IDS,
	PROVIDER_PRESETS,
	STRUCTURED_OUTPUT_MODES,
	type ProviderId
} from './provider-presets';
import { REASONING_EFFORTS } from './reasoning';

/** Groq's address (its client adds /openai/v1); imported from the preset, not the client, to keep this light. */
const DEFAULT_BASE_URL = PROVIDER_PRESETS.groq.baseUrl;

const ModelsSchema = z.record(z.string().min(1), ModelLimitsSchema);
const ModelForStepSchema = z.object({ generation: z.string().min(1), cleaning: z.string().min(1) });
/** Unset: the preset decides per model. */
const StructuredOutputSchema = z.enum(STRUCTURED_OUTPUT_MODES).optional();

export const ProviderProfileSchema = z.object({
	/** '' until the person enters one (Custom). */
	baseUrl: z.union([z.literal(''), z.string().url()]),
	models: ModelsSchema,
	modelForStep: ModelForStepSchema,
	structuredOutput: StructuredOutputSchema
});
export type ProviderProfile = z.infer<typeof ProviderProfileSchema>;

export const LlmSettingsSchema = z.object({
	provider: z.enum(PROVIDER_IDS).default('groq'),
	baseUrl: z.string().url(),
	models: ModelsSchema,
	modelForStep: ModelForStepSchema,
	structuredOutput: StructuredOutputSchema,
	providers: z.partialRecord(z.enum(PROVIDER_IDS), ProviderProfileSchema).default({}),
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
		provider: 'groq',
		baseUrl: DEFAULT_BASE_URL,
		models: structuredClone({ ...DEFAULT_MODEL_LIMITS }),
		modelForStep: { ...DEFAULT_MODEL_FOR_STEP },
		providers: {},
		tailoring: { twoPass: false, prefetchNext: false, reasoningEffort: 'low' }
	};
}

/** A provider's profile as its preset starts it. */
export function defaultProfile(id: ProviderId): ProviderProfile {
	const preset = PROVIDER_PRESETS[id];
	const { generation, cleaning } = preset.defaultModels;
	return {
		baseUrl: preset.baseUrl,
		models: { [generation]: { ...preset.limits }, [cleaning]: { ...preset.limits } },
		modelForStep: { generation, cleaning }
	};
}

export function profileOf(settings: LlmSettings, id: ProviderId): ProviderProfile {
	if (id === 'groq') {
		const { baseUrl, models, modelForStep, structuredOutput } = settings;
		return { baseUrl, models, modelForStep, structuredOutput };
	}
	return settings.providers[id] ?? defaultProfile(id);
}

export function withProfile(
	settings: LlmSettings,
	id: ProviderId,
	profile: ProviderProfile
): LlmSettings {
	if (id === 'groq')
		return { ...settings, ...profile, baseUrl: profile.baseUrl || DEFAULT_BASE_URL };
	return { ...settings, providers: { ...settings.providers, [id]: profile } };
}
