/**
 * A fake Groq on 127.0.0.1 for tests and benchmarks: Groq's wire format, error bodies and
 * `x-ratelimit-*` headers; real enforcement of per-model limits (optionally in scaled time);
 * faults on demand; deterministic answers derived from the prompt; strict CORS that lets through
 * only `authorization` and `content-type`, as a browser app must be able to live with.
 *
 *   const groq = await startMockGroq({ timeScale: 60 });
 *   groq.injectFaults({ kind: 'rate_limit', retryAfterSeconds: 2 });
 *   ... point the app at groq.url with key groq.apiKey ...
 *   await groq.close();
 *
 * The OpenAI-style and Ollama-style modes live in openai-mode.ts and ollama-mode.ts (README.md).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { formatGoDuration } from '../../src/lib/llm/go-duration';
import { AnswerSource } from './answer-source';
import {
	faultResponse,
	groqError,
	invalidKeyError,
	modelDecommissionedError,
	modelNotFoundError,
	type GroqErrorResponse,
	type MockFault
} from './faults';
import { groqCompletionBody } from './groq-completion';
import {
	EXPOSED_GROQ_HEADERS,
	groqModelList,
	parseGroqChat,
	RETIRED_MODELS,
	TAKES_REASONING_EFFORT,
	unknownGroqUrl
} from './groq-wire';
import {
	listen,
	readBody,
	recordBody,
	recordOf,
	sendJson,
	shutDown,
	type RecordedRequest
} from './http-wire';
import { MockRateLimiter, type MockModelLimits } from './rate-limiter';
import { fittedReasoningTokens, realisticReasoningTokens, type ReasoningModel } from './reasoning';
import { countPromptTokens, type MockChatRequest, type MockResponder } from './responder';
import { sendBroken, spoilAnswer } from './spoil-answer';
import { answerPreflight, BROWSER_APP_HEADERS } from './strict-cors';

export type { RecordedRequest } from './http-wire';
export type { MockFault, MockFaultKind } from './faults';
export { ALL_FAULT_KINDS } from './faults';
export type { MockChatRequest, MockResponder } from './responder';
export type { ReasoningModel } from './reasoning';
export type { MockModelLimits } from './rate-limiter';

export const DEFAULT_MOCK_KEY = 'gsk_test_mock_key_0123456789';

const FREE_TIER: MockModelLimits = { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 };

export const DEFAULT_MOCK_LIMITS: Record<string, MockModelLimits> = {
	'openai/gpt-oss-120b': FREE_TIER,
	'openai/gpt-oss-20b': FREE_TIER,
	'qwen/qwen3.8-27b': FREE_TIER
};

export interface MockGroqOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	/** The one key accepted; anything else gets Groq's 401. */
	apiKey?: string;
	/** Per-model limits; only these models exist (others answer 404, retired ones 400). */
	limits?: Record<string, MockModelLimits>;
	/** 60 turns Groq's minute into one second (and its day into 24 minutes). */
	timeScale?: number;
	/** Whether CORS lets a browser read the `x-ratelimit-*` headers (default true). */
	exposeRateLimitHeaders?: boolean;
	/** Real milliseconds before each chat answer. */
	latencyMs?: number;
	/** Decides a fault per chat request when no queued fault is waiting. */
	faultScript?: (request: MockChatRequest, index: number) => MockFault | undefined;
	/**
	 * How many tokens gpt-oss thinks per call (see reasoning.ts). `fitted` (default): a fixed cost
	 * that always fits the request's room. `realistic`: a log-normal draw that may not fit, and
	 * then cuts the answer off with `finish_reason: "length"`. Or a function of the request.
	 */
	reasoning?: 'fitted' | 'realistic' | ReasoningModel;
}

export interface MockGroq {
	/** Origin, e.g. `http://127.0.0.1:41234` (use as the app's base URL). */
	readonly url: string;
	readonly port: number;
	readonly apiKey: string;
	/** Every request received, preflights included, in order. */
	readonly requests: RecordedRequest[];
	/** Chat completions answered with status 429 so far. */
	readonly rejections: number;
	/** Queued faults, consumed one per chat request. */
	injectFaults(...faults: MockFault[]): void;
	/** Custom answers; the first responder that returns a string wins. */
	addResponder(responder: MockResponder): void;
	/** Forgets faults, responders, recorded requests and used budgets. */
	reset(): void;
	/** Budget used by someone else (e.g. another tab), counted from now in both windows. */
	setUsedBudget(model: string, used: { requests?: number; tokens?: number }): void;
	close(): Promise<void>;
}

export async function startMockGroq(options: MockGroqOptions = {}): Promise<MockGroq> {
	const apiKey = options.apiKey ?? DEFAULT_MOCK_KEY;
	const limits = options.limits ?? DEFAULT_MOCK_LIMITS;
	const timeScale = options.timeScale ?? 1;
	const expose = options.exposeRateLimitHeaders ?? true;
	const limiter = new MockRateLimiter((model) => limits[model] ?? FREE_TIER, timeScale);
	const reasoningOption = options.reasoning ?? 'fitted';
	const fitted = reasoningOption === 'fitted';
	const reasoningModel: ReasoningModel =
		reasoningOption === 'fitted'
			? fittedReasoningTokens
			: reasoningOption === 'realistic'
				? realisticReasoningTokens
				: reasoningOption;
	const requests: RecordedRequest[] = [];
	const faults: MockFault[] = [];
	const answers = new AnswerSource();
	let rejections = 0;
	let chatCount = 0;
	let completionId = 0;
	const reasoning = { model: reasoningModel, fitted };

	const retryAfterHeader = (ms: number) =>
		timeScale === 1 ? String(Math.max(1, Math.ceil(ms / 1000))) : (ms / 1000).toFixed(3);

	function cors(request: IncomingMessage, response: ServerResponse): void {
		response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
		response.setHeader('vary', 'Origin');
		if (expose) response.setHeader('access-control-expose-headers', EXPOSED_GROQ_HEADERS);
	}

	function sendError(
		response: ServerResponse,
		record: RecordedRequest,
		error: GroqErrorResponse,
		headers: Record<string, string> = {}
	): void {
		if (error.status === 429) rejections += 1;
		sendJson(response, record, error.status, error.body, {
			...headers,
			...(error.retryAfterMs !== undefined
				? { 'retry-after': retryAfterHeader(error.retryAfterMs) }
				: {})
		});
	}

	async function handleChat(
		request: IncomingMessage,
		response: ServerResponse,
		record: RecordedRequest,
		raw: string
	): Promise<void> {
		const parsed = parseGroqChat(raw);
		if (!parsed.ok) return sendError(response, record, parsed.error);
		const chat = parsed.request;
		const index = chatCount++;
		const fault = faults.shift() ?? options.faultScript?.(chat, index);
		record.fault = fault?.kind;
		const promptTokens = countPromptTokens(chat);
		if (RETIRED_MODELS.includes(chat.model))
			return sendError(response, record, modelDecommissionedError(chat.model));
		if (!(chat.model in limits)) return sendError(response, record, modelNotFoundError(chat.model));
		if (
			chat.body.reasoning_effort !== undefined &&
			!TAKES_REASONING_EFFORT.some((pattern) => pattern.test(chat.model))
		) {
			return sendError(
				response,
				record,
				groqError(
					400,
					'`reasoning_effort` is not supported with this model',
					'invalid_request_error'
				)
			);
		}
		if (fault?.kind === 'hang') return; // the socket stays open until the client gives up
		const injected = fault
			? faultResponse(fault, chat, promptTokens, limits[chat.model] ?? FREE_TIER, timeScale)
			: undefined;
		if (injected) {
			const headers = limiter.headers(chat.model);
			if (fault?.kind === 'day_limit' && fault.limit !== 'tokens') {
				headers['x-ratelimit-remaining-requests'] = '0';
				headers['x-ratelimit-reset-requests'] = formatGoDuration(injected.retryAfterMs ?? 0);
			}
			if (fault?.kind === 'rate_limit' && fault.limit === 'tokens') {
				headers['x-ratelimit-remaining-tokens'] = '0';
				headers['x-ratelimit-reset-tokens'] = formatGoDuration(injected.retryAfterMs ?? 0);
			}
			return sendError(response, record, injected, headers);
		}
		const limited = limiter.check(chat.model, promptTokens, chat.maxTokens);
		if (limited) return sendError(response, record, limited, limiter.headers(chat.model));

		const content = spoilAnswer(fault?.kind, answers.answerFor(chat), chat.jsonSchema);
		completionId += 1;
		const body = groqCompletionBody({
			id: completionId,
			chat,
			answer: content,
			promptTokens,
			index,
			forceCutOff: fault?.kind === 'length',
			reasoning
		});
		record.usage = {
			promptTokens,
			completionTokens: body.usage.completion_tokens,
			finishReason: body.choices[0]!.finish_reason
		};
		limiter.record(chat.model, promptTokens + chat.maxTokens, body.usage.total_tokens, record.at);
		const headers = limiter.headers(chat.model);
		if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
		const spentSeconds = (Date.now() - record.at) / 1000;
		body.usage.completion_time = spentSeconds;
		body.usage.total_time = spentSeconds;
		if (sendBroken(fault?.kind, response, record, JSON.stringify(body), headers)) return;
		sendJson(response, record, 200, body, headers);
	}

	function handleModels(response: ServerResponse, record: RecordedRequest): void {
		sendJson(response, record, 200, groqModelList(limits));
	}

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const record = recordOf(request);
		const path = record.path;
		requests.push(record);

		if (request.method === 'OPTIONS')
			return answerPreflight(request, response, record, BROWSER_APP_HEADERS, true);

		cors(request, response);
		const raw = await readBody(request);
		recordBody(record, raw);
		const isChat = request.method === 'POST' && path === '/openai/v1/chat/completions';
		const isModels = request.method === 'GET' && path === '/openai/v1/models';
		if (!isChat && !isModels) {
			return sendError(response, record, unknownGroqUrl(path));
		}
		if (request.headers.authorization !== `Bearer ${apiKey}`)
			return sendError(response, record, invalidKeyError());
		if (isModels) return handleModels(response, record);
		return handleChat(request, response, record, raw);
	}

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (!response.headersSent) {
				response.writeHead(500, { 'content-type': 'application/json' });
				response.end(
					JSON.stringify({ error: { message: String(error), type: 'internal_server_error' } })
				);
			}
		});
	});
	const port = await listen(server, options.port ?? 0);

	return {
		url: `http://127.0.0.1:${port}`,
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
			chatCount = 0;
			limiter.reset();
		},
		setUsedBudget: (model, used) => limiter.use(model, used),
		close: () => shutDown(server)
	};
}
