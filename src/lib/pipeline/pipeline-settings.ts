/**
 * What the tailoring pipeline can be told: models and mode per step, and the length rules the
 * answers are held to. The app's settings store passes an object of this shape; anything it
 * leaves out takes the default.
 */
import { z } from 'zod';
import type { ItemKind } from '$lib/domain';
import { REASONING_EFFORTS } from '$lib/llm/reasoning';

export const DEFAULT_GENERATOR_MODEL = 'openai/gpt-oss-120b';
export const DEFAULT_CLEANER_MODEL = 'openai/gpt-oss-20b';

/**
 * `structured`: one call per item with a JSON schema (Groq `json_schema`, strict).
 * `two_pass`: the original notebook's way: free text from the generator, then the cleaner
 * structures it. Used automatically when the generator cannot answer with a schema.
 */
export const STEP_MODES = ['structured', 'two_pass'] as const;
export type StepMode = (typeof STEP_MODES)[number];

const ModelIdSchema = z.string().trim().min(1).max(200);

export const StepSettingsSchema = z.object({
	generatorModel: ModelIdSchema.default(DEFAULT_GENERATOR_MODEL),
	/** Empty: no cleaner; free text is then parsed locally and repairs use the generator. */
	cleanerModel: z.string().trim().max(200).default(DEFAULT_CLEANER_MODEL),
	mode: z.enum(STEP_MODES).default('structured'),
	temperature: z.number().min(0).max(2).default(0.4),
	/**
	 * How long a reasoning model thinks (sent only to models that take it). Each structured answer
	 * is short, so `low` by default: quicker, and fewer tokens held against the minute's budget.
	 * The answer budget (`max_completion_tokens`) is not a setting: it is learned per step and
	 * model (see llm/answer-budget.ts).
	 */
	reasoningEffort: z.enum(REASONING_EFFORTS).default('low')
});
export type StepSettings = z.infer<typeof StepSettingsSchema>;

export const ContentRulesSchema = z.object({
	keyQualificationCount: z.number().int().min(3).max(30).default(10),
	maxPhraseChars: z.number().int().min(20).max(200).default(80),
	minRoleBullets: z.number().int().min(1).max(20).default(3),
	maxRoleBullets: z.number().int().min(1).max(20).default(6),
	minProjectBullets: z.number().int().min(1).max(20).default(1),
	maxProjectBullets: z.number().int().min(1).max(20).default(3),
	maxBulletChars: z.number().int().min(60).max(600).default(200),
	maxRoleSummaryChars: z.number().int().min(40).max(600).default(160),
	maxExecutiveSummaryChars: z.number().int().min(200).max(5_000).default(700),
	/**
	 * How much of the main job ad goes into each role and project prompt; 0 (the default) sends
	 * none. The key qualifications step reads every ad in full, and later steps see the job
	 * through the qualifications the person accepted, as in the original notebook: that keeps
	 * each prompt small. A person who wants more context can raise it.
	 */
	jobExcerptChars: z.number().int().min(0).max(30_000).default(0),
	/** How many of each accepted role's bullets (strongest first) the executive summary prompt sees, besides the role's one-line summary. */
	summaryBulletsPerRole: z.number().int().min(1).max(20).default(1)
});
export type ContentRules = z.infer<typeof ContentRulesSchema>;

export const PipelineSettingsSchema = z.object({
	steps: z
		.object({
			key_qualifications: StepSettingsSchema.prefault({}),
			role: StepSettingsSchema.prefault({}),
			project: StepSettingsSchema.prefault({}),
			executive_summary: StepSettingsSchema.prefault({}),
			cover_letter: StepSettingsSchema.prefault({})
		})
		.prefault({}),
	rules: ContentRulesSchema.prefault({}),
	/**
	 * Write the next role or project while the person reviews the current one (one ahead at
	 * most). Faster to go through, but spends requests on items the person may never look at
	 * in that form.
	 */
	prefetchNext: z.boolean().default(false),
	/** Models that accept `response_format: json_schema` with `strict: true` on Groq. */
	structuredOutputModels: z
		.array(ModelIdSchema)
		.max(100)
		.default(['openai/gpt-oss-20b', 'openai/gpt-oss-120b'])
});
export type PipelineSettings = z.infer<typeof PipelineSettingsSchema>;
export type PipelineSettingsInput = z.input<typeof PipelineSettingsSchema>;

export function defaultPipelineSettings(): PipelineSettings {
	return PipelineSettingsSchema.parse({});
}

/** Settings with every step in one mode (the benchmark compares the two). */
export function withMode(settings: PipelineSettings, mode: StepMode): PipelineSettings {
	const steps = Object.fromEntries(
		Object.entries(settings.steps).map(([kind, step]) => [kind, { ...step, mode }])
	) as Record<ItemKind, StepSettings>;
	return { ...settings, steps };
}

export function supportsStructuredOutput(settings: PipelineSettings, model: string): boolean {
	return settings.structuredOutputModels.includes(model);
}
