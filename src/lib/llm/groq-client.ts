/**
 * The LlmClient that talks to Groq, through groq-sdk loaded on first use (it is not part of the
 * first page load). Network module: the API key goes only to the configured base URL, in the
 * Authorization header, and nowhere else: not into errors, logs or results.
 *
 * The SDK is configured to be a plain transport: it never retries (the retry layer does), never
 * logs, and sends no `x-stainless-*` headers, so a browser's CORS preflight asks only for
 * `authorization` and `content-type`.
 */
import { GroqModelListSchema, type GroqModel } from './groq-wire';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError } from './llm-error';
import { mapGroqError } from './map-groq-error';
import { parseRateLimitHeaders } from './parse-rate-limit-headers';
import { readCompletion } from './read-completion';
import { takesReasoningEffort } from './reasoning';

type GroqSdk = typeof import('groq-sdk');
type GroqInstance = InstanceType<GroqSdk['Groq']>;

export const DEFAULT_BASE_URL = 'https://api.groq.com';

export interface GroqConnection {
	apiKey?: string;
	/** Origin only (`https://api.groq.com`); the SDK appends `/openai/v1/...`. */
	baseURL: string;
}

export interface GroqClientOptions {
	/** Read before every call, so a key entered in Settings takes effect at once. */
	connection: () => GroqConnection;
	timeoutMs?: number;
	loadSdk?: () => Promise<GroqSdk>;
	fetch?: typeof globalThis.fetch;
	now?: () => number;
	online?: () => boolean;
}

/** Headers groq-sdk adds on its own; `null` removes them (see the SDK's buildHeaders). */
const SUPPRESSED_HEADERS = Object.fromEntries(
	[
		'x-stainless-lang',
		'x-stainless-package-version',
		'x-stainless-os',
		'x-stainless-arch',
		'x-stainless-runtime',
		'x-stainless-runtime-version',
		'x-stainless-retry-count',
		'x-stainless-timeout',
		'user-agent'
	].map((name) => [name, null])
);

const DEFAULT_TIMEOUT_MS = 90_000;

function browserOnline(): boolean {
	return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function normalizeBaseUrl(baseURL: string): string {
	return baseURL
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/openai\/v1$/, '');
}

export class GroqLlmClient implements LlmClient {
	readonly #options: GroqClientOptions;
	#instance: { client: GroqInstance; apiKey: string; baseURL: string } | undefined;

	constructor(options: GroqClientOptions) {
		this.#options = options;
	}

	async #client(): Promise<{
		sdk: GroqSdk;
		client: GroqInstance;
		apiKey: string;
		baseURL: string;
	}> {
		const { apiKey, baseURL: rawBaseURL } = this.#options.connection();
		if (!apiKey) throw new LlmError('no_key');
		const baseURL = normalizeBaseUrl(rawBaseURL || DEFAULT_BASE_URL);
		const sdk = await (this.#options.loadSdk ?? (() => import('groq-sdk')))();
		if (this.#instance?.apiKey !== apiKey || this.#instance.baseURL !== baseURL) {
			const client = new sdk.Groq({
				apiKey,
				baseURL,
				dangerouslyAllowBrowser: true,
				maxRetries: 0,
				timeout: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
				logLevel: 'off',
				defaultHeaders: SUPPRESSED_HEADERS,
				...(this.#options.fetch ? { fetch: this.#options.fetch } : {})
			});
			this.#instance = { client, apiKey, baseURL };
		}
		return { sdk, client: this.#instance.client, apiKey, baseURL };
	}

	#now(): number {
		return (this.#options.now ?? Date.now)();
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const { sdk, client, apiKey, baseURL } = await this.#client();
		const context = () => ({
			model: request.model,
			baseURL,
			apiKey,
			signal: options.signal,
			now: this.#now(),
			online: (this.#options.online ?? browserOnline)()
		});
		// groq-sdk's timeout ends when the headers arrive: an answer whose body stops half-way would
		// hang for ever. This deadline covers the whole answer, and tells itself apart from Cancel.
		const deadline = new AbortController();
		const timer = setTimeout(() => deadline.abort(), this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
		const signal = options.signal
			? AbortSignal.any([options.signal, deadline.signal])
			: deadline.signal;
		let data: unknown;
		let headers: Headers;
		try {
			const answer = await client.chat.completions
				.create(
					{
						model: request.model,
						messages: request.messages,
						temperature: request.temperature,
						max_completion_tokens: request.maxTokens,
						stream: false,
						// A model that does not take it refuses the whole request (400).
						...(request.reasoningEffort && takesReasoningEffort(request.model)
							? { reasoning_effort: request.reasoningEffort }
							: {}),
						...(request.jsonSchema
							? {
									response_format: {
										type: 'json_schema' as const,
										json_schema: {
											name: request.jsonSchema.name,
											schema: request.jsonSchema.schema,
											strict: true
										}
									}
								}
							: request.jsonObject
								? { response_format: { type: 'json_object' as const } }
								: {})
					},
					{ signal }
				)
				.withResponse();
			data = answer.data;
			headers = answer.response.headers;
		} catch (error) {
			if (deadline.signal.aborted && !options.signal?.aborted)
				throw new LlmError('timeout', { cause: error });
			throw mapGroqError(error, sdk, context());
		} finally {
			clearTimeout(timer);
		}
		return readCompletion(request, data, parseRateLimitHeaders(headers, this.#now()));
	}

	/** The models this key may use (`GET /openai/v1/models`); throws an LlmError otherwise. */
	async listModels(options: { signal?: AbortSignal } = {}): Promise<GroqModel[]> {
		const { sdk, client, apiKey, baseURL } = await this.#client();
		let data: unknown;
		try {
			data = await client.models.list({ signal: options.signal });
		} catch (error) {
			throw mapGroqError(error, sdk, {
				baseURL,
				apiKey,
				signal: options.signal,
				now: this.#now(),
				online: (this.#options.online ?? browserOnline)()
			});
		}
		const parsed = GroqModelListSchema.safeParse(data);
		if (!parsed.success)
			throw new LlmError('server', {
				message: `${baseURL} answered, but not with a list of models. Is the address right?`
			});
		return parsed.data.data
			.filter((model) => model.active !== false)
			.sort((a, b) => a.id.localeCompare(b.id));
	}
}
