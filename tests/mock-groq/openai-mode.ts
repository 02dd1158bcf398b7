/**
 * A fake OpenAI on 127.0.0.1: paths under `/v1`, Bearer keys, OpenAI's error bodies, per-MINUTE
 * `x-ratelimit-*` headers with real enforcement, strict `json_schema` rules, streaming on request,
 * and the same deterministic answers as the Groq mode. Usage and options: README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AnswerSource } from './answer-source';
import type { ErrorDialect } from './error-dialects';
import { writeAnswer, type Pace } from './completion';
import {
	serveOnLoopback,
	parseChat,
	readBody,
	recordBody,
	recordOf,
	sendJson,
	shutDown,
	type RecordedRequest
} from './http-wire';
import { MinuteLimiter, type MinuteLimits } from './minute-limiter';
import {
	openAiError,
	openAiModelNotFound,
	unknownUrlError,
	type OpenAiErrorResponse
} from './openai-errors';
import { openAiFaultResponse, type OpenAiFault } from './openai-faults';
import { openAiRequestProblem } from './openai-rules';
import {
	checkOpenAiKey,
	DEFAULT_OPENAI_KEY,
	DEFAULT_OPENAI_MODELS,
	EXPOSED_RATE_LIMIT_HEADERS,
	openAiAnswerHeaders,
	openAiModel,
	openAiModelList,
	sendOpenAiError
} from './openai-wire';
import { countPromptTokens, type MockResponder } from './responder';
import { answerPreflight, BROWSER_APP_HEADERS } from './strict-cors';

export type { OpenAiFault } from './openai-faults';
export type { MinuteLimits } from './minute-limiter';
export type { ErrorDialect } from './error-dialects';
export { DEFAULT_OPENAI_KEY, DEFAULT_OPENAI_MODELS } from './openai-wire';

export interface MockOpenAiOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	/** The one key accepted; anything else gets OpenAI's 401. */
	apiKey?: string;
	/** The models that exist, with their per-minute limits (others answer 404). */
	models?: Record<string, MinuteLimits>;
	/** 60 turns OpenAI's minute into one second. */
	timeScale?: number;
	/** Whether CORS lets a browser read the `x-ratelimit-*` headers (default true). */
	exposeRateLimitHeaders?: boolean;
	/** Real milliseconds before an answer (streamed: before its first chunk). Default 0. */
	latencyMs?: number;
	/** Word errors as another OpenAI-compatible provider does (Gemini, Mistral, OpenRouter). */
	errorDialect?: ErrorDialect;
}

export interface MockOpenAi {
	/** Origin, e.g. `http://127.0.0.1:41234`. */
	readonly url: string;
	/** What the app's Base URL takes: `${url}/v1`. */
	readonly baseUrl: string;
	readonly port: number;
	readonly apiKey: string;
	/** Every request received, preflights included, in order. */
	readonly requests: RecordedRequest[];
	/** Chat completions answered with status 429 so far. */
	readonly rejections: number;
	/** Queued faults, consumed one per chat request. */
	injectFaults(...faults: OpenAiFault[]): void;
	/** Custom answers; the first responder that returns a string wins. */
	addResponder(responder: MockResponder): void;
	/** Forgets faults, responders, recorded requests and used budgets. */
	reset(): void;
	/** Budget used by someone else (another tab, another app), counted from now. */
	setUsedBudget(model: string, used: { requests?: number; tokens?: number }): void;
	close(): Promise<void>;
}

export async function startMockOpenAi(options: MockOpenAiOptions = {}): Promise<MockOpenAi> {
	const apiKey = options.apiKey ?? DEFAULT_OPENAI_KEY;
	const models = options.models ?? DEFAULT_OPENAI_MODELS;
	const timeScale = options.timeScale ?? 1;
	const limitsOf = (model: string) => models[model] ?? { rpm: 500, tpm: 200_000 };
	const limiter = new MinuteLimiter(limitsOf, timeScale);
	const answers = new AnswerSource();
	const requests: RecordedRequest[] = [];
	const faults: OpenAiFault[] = [];
	const pace: Pace = { firstTokenMs: options.latencyMs ?? 0, chunkIntervalMs: 5, chunkChars: 40 };
	let rejections = 0;
	let completionId = 0;

	function sendError(
		response: ServerResponse,
		record: RecordedRequest,
		error: OpenAiErrorResponse,
		headers: Record<string, string> = {}
	): void {
		if (error.status === 429) rejections += 1;
		sendOpenAiError(response, record, error, headers, options.errorDialect);
	}

	async function handleChat(response: ServerResponse, record: RecordedRequest, raw: string) {
		const parsed = parseChat(raw, ['max_completion_tokens', 'max_tokens']);
		if (!parsed.ok) {
			const error = openAiError(400, parsed.message, 'invalid_request_error', null, parsed.param);
			return sendError(response, record, error);
		}
		const chat = parsed.request;
		if (!(chat.model in models))
			return sendError(response, record, openAiModelNotFound(chat.model));
		const refused = openAiRequestProblem(chat);
		if (refused) return sendError(response, record, refused);
		const fault = faults.shift();
		record.fault = fault?.kind;
		const promptTokens = countPromptTokens(chat);
		const injected = fault
			? openAiFaultResponse(fault, chat, promptTokens, limitsOf, timeScale)
			: undefined;
		if (injected) return sendError(response, record, injected, limiter.headers(chat.model));
		const requested = promptTokens + (Number.isFinite(chat.maxTokens) ? chat.maxTokens : 0);
		const limited = limiter.check(chat.model, requested);
		if (limited) return sendError(response, record, limited, limiter.headers(chat.model));
		limiter.record(chat.model, requested);

		completionId += 1;
		await writeAnswer(response, record, {
			id: `chatcmpl-mock${completionId}`,
			chat,
			answer: answers.answerFor(chat),
			promptTokens,
			fingerprint: 'fp_mockopenai',
			fault: fault?.kind,
			pace,
			waitForWholeAnswer: false,
			headers: { ...limiter.headers(chat.model), ...openAiAnswerHeaders(completionId) }
		});
	}

	function handleModels(response: ServerResponse, record: RecordedRequest, id?: string) {
		if (id === undefined)
			return sendJson(response, record, 200, openAiModelList(Object.keys(models)));
		if (id in models) return sendJson(response, record, 200, openAiModel(id));
		return sendError(response, record, openAiModelNotFound(id));
	}

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const record = recordOf(request);
		requests.push(record);
		if (request.method === 'OPTIONS')
			return answerPreflight(request, response, record, BROWSER_APP_HEADERS);
		response.setHeader('access-control-allow-origin', '*');
		if (options.exposeRateLimitHeaders ?? true)
			response.setHeader('access-control-expose-headers', EXPOSED_RATE_LIMIT_HEADERS);
		const raw = await readBody(request);
		recordBody(record, raw);
		const { method, path } = record;
		const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
		const known =
			(method === 'POST' && path === '/v1/chat/completions') ||
			(method === 'GET' && (path === '/v1/models' || modelId !== undefined));
		if (!known) return sendError(response, record, unknownUrlError(method, path));
		const keyProblem = checkOpenAiKey(request.headers.authorization, apiKey);
		if (keyProblem) return sendError(response, record, keyProblem);
		if (method === 'GET')
			return handleModels(response, record, modelId && decodeURIComponent(modelId));
		return handleChat(response, record, raw);
	}

	const { server, port, url } = await serveOnLoopback(options.port ?? 0, handle);

	return {
		url,
		baseUrl: `${url}/v1`,
		port,
		apiKey,
		requests,
		get rejections() {
			return rejections;
		},
		injectFaults: (...added) => void faults.push(...added),
		addResponder: (responder) => answers.add(responder),
		reset() {
			faults.length = 0;
			answers.clear();
			requests.length = 0;
			rejections = 0;
			limiter.reset();
		},
		setUsedBudget: (model, used) => limiter.use(model, used),
		close: () => shutDown(server)
	};
}
