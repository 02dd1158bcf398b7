/**
 * What a provider preset says, and the questions asked of one preset: how a model there gives a
 * structured answer, whether it takes a reasoning effort, and what to call it in the footer and
 * in activity lines. The table of presets is in provider-presets.ts.
 */
import type { ModelLimits } from './model-limits';

export const PROVIDER_IDS = [
	'groq',
	'openai',
	'openrouter',
	'mistral',
	'gemini',
	'ollama',
	'lmstudio',
	'llamacpp',
	'custom'
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * How a step asks for its structured answer:
 * - `json_schema`: one call, `response_format: json_schema` with `strict: true`;
 * - `json_object`: one call in JSON mode, the schema written into the prompt, checked here;
 * - `text`: two passes: free text, then the cleaning model turns it into JSON.
 * Every answer is parsed and validated with the same zod schemas whichever mode asked for it.
 */
export const STRUCTURED_OUTPUT_MODES = ['json_schema', 'json_object', 'text'] as const;
export type StructuredOutputMode = (typeof STRUCTURED_OUTPUT_MODES)[number];

/**
 * What `x-ratelimit-limit-requests` means: Groq's is per DAY (its tokens header per minute),
 * OpenAI's per MINUTE. `none`: the provider sends no such headers (or other names).
 */
export type RateLimitScheme = 'groq' | 'openai' | 'none';

export interface ProviderPreset {
	id: ProviderId;
	/** The name people know it by. */
	label: string;
	/** Where requests go, for the footer: "to Groq", "to Ollama on this computer". */
	destination: string;
	/** Groq goes through groq-sdk (origin only; it adds /openai/v1); the rest through fetch. */
	adapter: 'groq-sdk' | 'fetch';
	/** Base URL including the API's path prefix (e.g. `/v1`); '' when the person must enter one. */
	baseUrl: string;
	chatPath: string;
	modelsPath: string;
	/** The key goes in `Authorization: Bearer …`; `required: false` for servers that ignore it. */
	key: { required: boolean; pageUrl?: string; placeholder?: string };
	/** Models to start with: one for writing, one for cleaning. */
	defaultModels: { generation: string; cleaning: string };
	/** Published limits (free or first tier), editable in Settings. */
	limits: ModelLimits;
	structuredOutput: StructuredOutputMode;
	/** Only these models take a strict schema; the others use `otherModels` (Groq). */
	strictSchemaModels?: readonly RegExp[];
	otherModels?: StructuredOutputMode;
	/** Whether `response_format: {type: "json_object"}` is accepted (LM Studio refuses it). */
	acceptsJsonObject: boolean;
	/** Models that take `reasoning_effort`; others never get it (they may refuse the request). */
	reasoningEffortModels: readonly RegExp[];
	/** The field that caps the answer's length. */
	tokenField: 'max_completion_tokens' | 'max_tokens';
	rateLimitHeaders: RateLimitScheme;
	/** On this computer: one request at a time, no minute limits, long timeouts, no key needed. */
	local: boolean;
	/** How long one answer may take. */
	timeoutMs: number;
}

/** How `model` at this provider gives a structured answer, unless the person chose otherwise. */
export function structuredOutputFor(preset: ProviderPreset, model: string): StructuredOutputMode {
	if (!preset.strictSchemaModels) return preset.structuredOutput;
	return preset.strictSchemaModels.some((pattern) => pattern.test(model))
		? preset.structuredOutput
		: (preset.otherModels ?? 'text');
}

/** Whether `reasoning_effort` may be sent to this model at this provider. */
export function presetTakesReasoningEffort(preset: ProviderPreset, model: string): boolean {
	return preset.reasoningEffortModels.some((pattern) => pattern.test(model));
}

/** Where requests go, for the footer; a Custom address names its host. */
export function destinationOf(preset: ProviderPreset, baseUrl: string): string {
	if (preset.id !== 'custom' || !baseUrl) return preset.destination;
	try {
		return `to ${new URL(baseUrl).host}`;
	} catch {
		return preset.destination;
	}
}

/**
 * Who answers, as activity lines and messages name it ("OpenAI is writing…"): the preset's name;
 * a Custom address's host, since "Custom (any OpenAI-compatible address)" names nobody.
 */
export function providerNameOf(preset: ProviderPreset, baseUrl: string): string {
	if (preset.id !== 'custom') return preset.label;
	try {
		return new URL(baseUrl).host || 'the server';
	} catch {
		return 'the server';
	}
}
