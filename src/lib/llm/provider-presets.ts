/**
 * Every LLM provider the app knows, as one table of configuration: where it lives, how it wants
 * the key, which models to start with and their published limits (the person can edit both), how
 * it takes a structured answer, and how to read its rate-limit headers. Pure data, so Settings can
 * show the list without loading any client code; the shape and its lookups are provider-preset's.
 */
import type { ModelLimits } from './model-limits';
import type { ProviderId, ProviderPreset } from './provider-preset';

export * from './provider-preset';

const CLOUD_TIMEOUT_MS = 90_000;
/** A model on a laptop's CPU can take minutes for one answer. */
const LOCAL_TIMEOUT_MS = 600_000;
/** A local server has no rate limits; these only keep the pacer's arithmetic finite. */
export const LOCAL_LIMITS: ModelLimits = {
	rpm: 10_000,
	rpd: 1_000_000,
	tpm: 100_000_000,
	tpd: 1_000_000_000
};

const cloud = {
	adapter: 'fetch',
	chatPath: '/chat/completions',
	modelsPath: '/models',
	acceptsJsonObject: true,
	reasoningEffortModels: [],
	tokenField: 'max_tokens',
	rateLimitHeaders: 'none',
	local: false,
	timeoutMs: CLOUD_TIMEOUT_MS
} as const;

const local = {
	...cloud,
	key: { required: false, placeholder: 'Not needed unless you set one on the server' },
	limits: LOCAL_LIMITS,
	local: true,
	timeoutMs: LOCAL_TIMEOUT_MS
} as const;

export const PROVIDER_PRESETS: Readonly<Record<ProviderId, ProviderPreset>> = {
	groq: {
		...cloud,
		id: 'groq',
		label: 'Groq',
		destination: 'to Groq',
		adapter: 'groq-sdk',
		baseUrl: 'https://api.groq.com',
		key: { required: true, pageUrl: 'https://console.groq.com/keys', placeholder: 'gsk_…' },
		defaultModels: { generation: 'openai/gpt-oss-120b', cleaning: 'openai/gpt-oss-20b' },
		limits: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 },
		structuredOutput: 'json_schema',
		strictSchemaModels: [/^openai\/gpt-oss-/],
		otherModels: 'text',
		reasoningEffortModels: [/^openai\/gpt-oss-/, /^qwen\/qwen3\.8-27b$/],
		tokenField: 'max_completion_tokens',
		rateLimitHeaders: 'groq'
	},
	openai: {
		...cloud,
		id: 'openai',
		label: 'OpenAI',
		destination: 'to OpenAI',
		baseUrl: 'https://api.openai.com/v1',
		key: { required: true, pageUrl: 'https://platform.openai.com/api-keys', placeholder: 'sk-…' },
		defaultModels: { generation: 'gpt-4.1-mini', cleaning: 'gpt-4.1-nano' },
		limits: { rpm: 500, rpd: 10_000, tpm: 200_000, tpd: 2_000_000 },
		structuredOutput: 'json_schema',
		reasoningEffortModels: [/^o\d/, /^gpt-5/],
		tokenField: 'max_completion_tokens',
		rateLimitHeaders: 'openai'
	},
	openrouter: {
		...cloud,
		id: 'openrouter',
		label: 'OpenRouter',
		destination: 'to OpenRouter',
		baseUrl: 'https://openrouter.ai/api/v1',
		key: { required: true, pageUrl: 'https://openrouter.ai/keys', placeholder: 'sk-or-…' },
		defaultModels: {
			generation: 'meta-llama/llama-3.3-70b-instruct:free',
			cleaning: 'meta-llama/llama-3.3-70b-instruct:free'
		},
		// Free models: 20 a minute, 50 a day until the account has bought credit.
		limits: { rpm: 20, rpd: 50, tpm: 1_000_000, tpd: 10_000_000 },
		structuredOutput: 'json_object'
	},
	mistral: {
		...cloud,
		id: 'mistral',
		label: 'Mistral',
		destination: 'to Mistral',
		baseUrl: 'https://api.mistral.ai/v1',
		key: { required: true, pageUrl: 'https://console.mistral.ai/api-keys' },
		defaultModels: { generation: 'mistral-small-latest', cleaning: 'mistral-small-latest' },
		// Free "Experiment" tier: one request a second, 500,000 tokens a minute.
		limits: { rpm: 60, rpd: 100_000, tpm: 500_000, tpd: 30_000_000 },
		structuredOutput: 'json_schema'
	},
	gemini: {
		...cloud,
		id: 'gemini',
		label: 'Google Gemini',
		destination: 'to Google Gemini',
		baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
		key: { required: true, pageUrl: 'https://aistudio.google.com/apikey', placeholder: 'AIza…' },
		defaultModels: { generation: 'gemini-2.5-flash', cleaning: 'gemini-2.5-flash-lite' },
		limits: { rpm: 10, rpd: 250, tpm: 250_000, tpd: 10_000_000 },
		// Gemini's schema dialect refuses parts of JSON Schema: JSON mode, checked here, is safer.
		structuredOutput: 'json_object'
	},
	ollama: {
		...local,
		id: 'ollama',
		label: 'Ollama',
		destination: 'to Ollama on this computer',
		baseUrl: 'http://localhost:11434/v1',
		defaultModels: { generation: 'llama3.1:8b', cleaning: 'llama3.1:8b' },
		structuredOutput: 'json_object'
	},
	lmstudio: {
		...local,
		id: 'lmstudio',
		label: 'LM Studio',
		destination: 'to LM Studio on this computer',
		baseUrl: 'http://localhost:1234/v1',
		defaultModels: { generation: 'local-model', cleaning: 'local-model' },
		structuredOutput: 'json_schema',
		acceptsJsonObject: false
	},
	llamacpp: {
		...local,
		id: 'llamacpp',
		label: 'llama.cpp server',
		destination: 'to llama.cpp on this computer',
		baseUrl: 'http://localhost:8080/v1',
		defaultModels: { generation: 'local-model', cleaning: 'local-model' },
		structuredOutput: 'json_schema'
	},
	custom: {
		...cloud,
		id: 'custom',
		label: 'Custom (any OpenAI-compatible address)',
		destination: 'to the address set in Settings',
		baseUrl: '',
		key: { required: false, placeholder: 'If the server needs one' },
		defaultModels: { generation: 'model', cleaning: 'model' },
		limits: { rpm: 30, rpd: 10_000, tpm: 100_000, tpd: 10_000_000 },
		// Plain text then cleaning works with any server; pick a JSON mode if yours has one.
		structuredOutput: 'text',
		rateLimitHeaders: 'openai'
	}
};

export function presetOf(id: ProviderId): ProviderPreset {
	return PROVIDER_PRESETS[id];
}
