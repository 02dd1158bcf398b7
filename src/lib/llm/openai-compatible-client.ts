/**
 * The LlmClient for every provider but Groq: one `fetch` to `{base}/chat/completions` in the
 * OpenAI dialect the preset describes (token field, reasoning parameter, structured-output mode).
 * Network module: it sends only `Authorization` (when there is a key) and `Content-Type`, so a
 * strict CORS preflight passes, and the key goes nowhere else: not into errors, logs or results.
 *
 * A small fetch adapter rather than the `openai` package: no dependency (38-89 KB gzip), no
 * `x-stainless-*` headers that strict servers refuse in preflight, no retries of its own (the
 * retry layer is the only one), and every failure is ours to name. A local server gets one
 * request at a time: it computes one answer at a time anyway, and its timeout should count from
 * when it starts on ours.
 */
import PQueue from 'p-queue';
import { GroqModelListSchema } from './groq-wire';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError } from './llm-error';
import { mapHttpStatus } from './map-groq-error';
import { parseRateLimitHeaders } from './parse-rate-limit-headers';
import { presetTakesReasoningEffort, type StructuredOutputMode } from './provider-presets';
import { readCompletion } from './read-completion';
import { jsonInstruction, type ProviderConnection } from './provider-connection';

export interface OpenAiCompatibleOptions {
	/** Read before every call, so a change in Settings takes effect at once. */
	connection: () => ProviderConnection;
	fetch?: typeof globalThis.fetch;
	now?: () => number;
	online?: () => boolean;
}

function browserOnline(): boolean {
	return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export class OpenAiCompatibleClient implements LlmClient {
	readonly #options: OpenAiCompatibleOptions;
	readonly #localQueue = new PQueue({ concurrency: 1 });

	constructor(options: OpenAiCompatibleOptions) {
		this.#options = options;
	}

	#connection(): ProviderConnection & { base: string } {
		const connection = this.#options.connection();
		const { preset } = connection;
		if (preset.key.required && !connection.apiKey)
			throw new LlmError('no_key', { provider: preset.label });
		const base = connection.baseURL.trim().replace(/\/+$/, '');
		if (base === '')
			throw new LlmError('bad_request', {
				provider: preset.label,
				message: 'No server address is set for this provider.',
				action: 'Enter its base URL in Settings, then press Retry.'
			});
		return { ...connection, base };
	}

	#headers(apiKey: string | undefined, json: boolean): Record<string, string> {
		return {
			...(json ? { 'Content-Type': 'application/json' } : {}),
			...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {})
		};
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const connection = this.#connection();
		if (!connection.preset.local) return this.#send(connection, request, options);
		return this.#localQueue
			.add(() => this.#send(connection, request, options), { signal: options.signal })
			.catch((error: unknown) => {
				if (options.signal?.aborted && !(error instanceof LlmError))
					throw new LlmError('aborted', { cause: error });
				throw error;
			});
	}

	async #send(
		connection: ProviderConnection & { base: string },
		request: LlmRequest,
		options: LlmCallOptions
	): Promise<LlmResult> {
		const { preset, apiKey, base } = connection;
		const url = `${base}${preset.chatPath}`;
		const mode = connection.structuredOutput(request.model);
		// The deadline covers the whole answer (headers and body), and tells itself apart from Cancel.
		const deadline = new AbortController();
		const timer = setTimeout(() => deadline.abort(), preset.timeoutMs);
		const signal = options.signal
			? AbortSignal.any([options.signal, deadline.signal])
			: deadline.signal;
		const context = { model: request.model, baseURL: base, apiKey, now: this.#now() };
		try {
			let response: Response;
			try {
				response = await this.#fetch()(url, {
					method: 'POST',
					headers: this.#headers(apiKey, true),
					body: JSON.stringify(requestBody(connection, request, mode)),
					signal
				});
			} catch (error) {
				throw this.#transportError(error, deadline.signal, options.signal, url, preset.label);
			}
			const scheme = preset.rateLimitHeaders;
			let data: unknown;
			try {
				data = await readJsonBody(response);
			} catch (error) {
				throw this.#transportError(error, deadline.signal, options.signal, url, preset.label, true);
			}
			if (!response.ok)
				throw mapHttpStatus(response.status, data, response.headers, {
					...context,
					provider: preset.label,
					scheme
				});
			const rateLimit = parseRateLimitHeaders(response.headers, this.#now(), scheme);
			return readCompletion(request, data, rateLimit, preset.label);
		} finally {
			clearTimeout(timer);
		}
	}

	#transportError(
		error: unknown,
		deadline: AbortSignal,
		callerSignal: AbortSignal | undefined,
		url: string,
		provider: string,
		afterStatus = false
	): LlmError {
		if (error instanceof LlmError) return error;
		if (callerSignal?.aborted) return new LlmError('aborted', { cause: error, provider });
		if (deadline.aborted) return new LlmError('timeout', { cause: error, provider });
		if (error instanceof SyntaxError)
			return new LlmError('server', {
				cause: error,
				provider,
				message: `${provider} sent a response the app could not read.`
			});
		if (!afterStatus && !(this.#options.online ?? browserOnline)())
			return new LlmError('offline', { cause: error, provider });
		return new LlmError('network', {
			cause: error,
			provider,
			message: afterStatus
				? `The connection to ${provider} broke off before the answer arrived.`
				: `Could not reach ${hostOf(url)}. The server may not be running, the address may be wrong, or the browser blocked the request.`
		});
	}

	#fetch(): typeof globalThis.fetch {
		return this.#options.fetch ?? globalThis.fetch.bind(globalThis);
	}

	#now(): number {
		return (this.#options.now ?? Date.now)();
	}

	/** The models the server offers (`GET {base}/models`); throws an LlmError otherwise. */
	async listModels(options: { signal?: AbortSignal } = {}): Promise<Array<{ id: string }>> {
		const { preset, apiKey, base } = this.#connection();
		const url = `${base}${preset.modelsPath}`;
		let response: Response;
		let data: unknown;
		try {
			response = await this.#fetch()(url, {
				headers: this.#headers(apiKey, false),
				signal: options.signal
			});
			data = await readJsonBody(response);
		} catch (error) {
			const never = new AbortController().signal;
			throw this.#transportError(error, never, options.signal, url, preset.label);
		}
		if (!response.ok)
			throw mapHttpStatus(response.status, data, response.headers, {
				baseURL: base,
				apiKey,
				now: this.#now(),
				provider: preset.label,
				scheme: preset.rateLimitHeaders
			});
		const parsed = GroqModelListSchema.safeParse(data);
		if (!parsed.success)
			throw new LlmError('server', {
				provider: preset.label,
				message: `${hostOf(url)} answered, but not with a list of models. Is the address right?`
			});
		// Gemini lists its models as `models/gemini-…`; chat requests take the bare id.
		return parsed.data.data
			.map((model) => ({ id: model.id.replace(/^models\//, '') }))
			.sort((a, b) => a.id.localeCompare(b.id));
	}
}

/** The body as JSON when it is JSON; its text otherwise (an HTML error page, a proxy's note). */
async function readJsonBody(response: Response): Promise<unknown> {
	const text = (await response.text()).trim();
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		if (response.ok) throw error;
		return { message: text.slice(0, 300) };
	}
}

function requestBody(
	connection: ProviderConnection,
	request: LlmRequest,
	mode: StructuredOutputMode
): Record<string, unknown> {
	const { preset } = connection;
	const strict = request.jsonSchema !== undefined && mode === 'json_schema';
	const wantsJson = request.jsonSchema !== undefined || request.jsonObject === true;
	const jsonMode = wantsJson && !strict && preset.acceptsJsonObject && mode !== 'text';
	const messages =
		wantsJson && !strict ? jsonInstruction(request.messages, request.jsonSchema) : request.messages;
	return {
		model: request.model,
		messages,
		temperature: request.temperature,
		[preset.tokenField]: request.maxTokens,
		stream: false,
		...(request.reasoningEffort && presetTakesReasoningEffort(preset, request.model)
			? { reasoning_effort: request.reasoningEffort }
			: {}),
		...(strict && request.jsonSchema
			? {
					response_format: {
						type: 'json_schema',
						json_schema: {
							name: request.jsonSchema.name,
							schema: request.jsonSchema.schema,
							strict: true
						}
					}
				}
			: jsonMode
				? { response_format: { type: 'json_object' } }
				: {})
	};
}
