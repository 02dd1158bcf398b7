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
import { browserOnline, fetchFailure, hostOf, readJsonBody } from './fetch-failure';
import { GroqModelListSchema } from './groq-wire';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError } from './llm-error';
import { mapHttpStatus } from './map-groq-error';
import { openAiRequestBody } from './openai-request-body';
import { parseRateLimitHeaders } from './parse-rate-limit-headers';
import type { ProviderConnection } from './provider-connection';
import { providerNameOf } from './provider-preset';
import { readCompletion } from './read-completion';

export interface OpenAiCompatibleOptions {
	/** Read before every call, so a change in Settings takes effect at once. */
	connection: () => ProviderConnection;
	fetch?: typeof globalThis.fetch;
	now?: () => number;
	online?: () => boolean;
}

/** The chosen connection, its address without a trailing slash, and who to name in messages. */
type ReadyConnection = ProviderConnection & { base: string; name: string };

export class OpenAiCompatibleClient implements LlmClient {
	readonly #options: OpenAiCompatibleOptions;
	readonly #localQueue = new PQueue({ concurrency: 1 });

	constructor(options: OpenAiCompatibleOptions) {
		this.#options = options;
	}

	#connection(): ReadyConnection {
		const connection = this.#options.connection();
		const { preset } = connection;
		const base = connection.baseURL.trim().replace(/\/+$/, '');
		const name = providerNameOf(preset, base);
		if (preset.key.required && !connection.apiKey) throw new LlmError('no_key', { provider: name });
		if (base === '')
			throw new LlmError('bad_request', {
				provider: name,
				message: 'No server address is set for this provider.',
				action: 'Enter its base URL in Settings, then press Retry.'
			});
		return { ...connection, base, name };
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
		connection: ReadyConnection,
		request: LlmRequest,
		options: LlmCallOptions
	): Promise<LlmResult> {
		const { preset, apiKey, base, name } = connection;
		const url = `${base}${preset.chatPath}`;
		const mode = connection.structuredOutput(request.model);
		// The deadline covers the whole answer (headers and body), and tells itself apart from Cancel.
		const deadline = new AbortController();
		const timer = setTimeout(() => deadline.abort(), preset.timeoutMs);
		const signal = options.signal
			? AbortSignal.any([options.signal, deadline.signal])
			: deadline.signal;
		const context = { model: request.model, baseURL: base, apiKey, now: this.#now() };
		const failing = (afterStatus: boolean) => ({
			deadline: deadline.signal,
			callerSignal: options.signal,
			url,
			provider: name,
			afterStatus,
			online: this.#online()
		});
		try {
			let response: Response;
			try {
				response = await this.#fetch()(url, {
					method: 'POST',
					headers: this.#headers(apiKey, true),
					body: JSON.stringify(openAiRequestBody(connection, request, mode)),
					signal
				});
			} catch (error) {
				throw fetchFailure(error, failing(false));
			}
			const scheme = preset.rateLimitHeaders;
			let data: unknown;
			try {
				data = await readJsonBody(response);
			} catch (error) {
				throw fetchFailure(error, failing(true));
			}
			if (!response.ok)
				throw mapHttpStatus(response.status, data, response.headers, {
					...context,
					provider: name,
					scheme
				});
			const rateLimit = parseRateLimitHeaders(response.headers, this.#now(), scheme);
			return readCompletion(request, data, rateLimit, name);
		} finally {
			clearTimeout(timer);
		}
	}

	#online(): () => boolean {
		return this.#options.online ?? browserOnline;
	}

	#fetch(): typeof globalThis.fetch {
		return this.#options.fetch ?? globalThis.fetch.bind(globalThis);
	}

	#now(): number {
		return (this.#options.now ?? Date.now)();
	}

	/** The models the server offers (`GET {base}/models`); throws an LlmError otherwise. */
	async listModels(options: { signal?: AbortSignal } = {}): Promise<Array<{ id: string }>> {
		const { preset, apiKey, base, name } = this.#connection();
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
			const deadline = new AbortController().signal;
			const context = { deadline, callerSignal: options.signal, url, provider: name };
			throw fetchFailure(error, { ...context, afterStatus: false, online: this.#online() });
		}
		if (!response.ok)
			throw mapHttpStatus(response.status, data, response.headers, {
				baseURL: base,
				apiKey,
				now: this.#now(),
				provider: name,
				scheme: preset.rateLimitHeaders
			});
		const parsed = GroqModelListSchema.safeParse(data);
		if (!parsed.success)
			throw new LlmError('server', {
				provider: name,
				message: `${hostOf(url)} answered, but not with a list of models. Is the address right?`
			});
		// Gemini lists its models as `models/gemini-…`; chat requests take the bare id.
		return parsed.data.data
			.map((model) => ({ id: model.id.replace(/^models\//, '') }))
			.sort((a, b) => a.id.localeCompare(b.id));
	}
}
