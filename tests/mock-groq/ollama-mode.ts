/**
 * A fake Ollama on 127.0.0.1, as its OpenAI-compatible layer answers: `/v1/chat/completions` and
 * `/v1/models` with no key (any Authorization is ignored), no rate-limit headers, slow answers
 * written a few tokens at a time (streamed when asked), one request at a time, Ollama's CORS
 * allowlist with a switch that refuses the page, and a way to be "not running". Usage: README.md.
 *
 *   const ollama = await startMockOllama();
 *   ... point the app at ollama.baseUrl (…/v1), no key ...
 *   ollama.refuseCors(true);  // as Ollama without OLLAMA_ORIGINS for this site
 *   await ollama.down();      // connection refused until ollama.up()
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AnswerSource } from './answer-source';
import { writeAnswer, type Pace } from './completion';
import { listen, parseChat, readBody, recordBody, recordOf, sendJson } from './http-wire';
import { serveOnLoopback, shutDown } from './http-wire';
import type { RecordedRequest } from './http-wire';
import { applyOllamaCors, OLLAMA_DEFAULT_ORIGINS, originAllowed } from './ollama-cors';
import { ollamaError, ollamaModel, ollamaModelList, ollamaModelNotFound } from './ollama-wire';
import { fitContext, ollamaRequestProblem, ollamaTags } from './ollama-wire';
import type { OllamaErrorResponse } from './ollama-wire';
import type { MockResponder } from './responder';
import type { ContentFaultKind } from './spoil-answer';

export { OLLAMA_DEFAULT_ORIGINS } from './ollama-cors';

export const DEFAULT_OLLAMA_MODELS = ['llama3.1:8b', 'qwen3:8b'];

/** A few tokens every 5 ms after a quarter second: slow enough to see, quick enough for a CV. */
export const DEFAULT_OLLAMA_PACE: Pace = { firstTokenMs: 250, chunkIntervalMs: 5, chunkChars: 24 };

export type OllamaFault =
	/** The model runner crashed (out of memory, a bad GPU driver): 500. */
	{ kind: 'server_error' } | { kind: 'model_not_found' } | { kind: ContentFaultKind };

export interface MockOllamaOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	/** The models pulled (others answer 404). */
	models?: string[];
	/** Models that think (take `reasoning_effort`); default: names starting with qwen3 or gpt-oss. */
	thinkingModels?: (model: string) => boolean;
	/** How fast answers are written; a non-streamed answer waits as long as the stream takes. */
	pace?: Partial<Pace>;
	/** Origins allowed (Ollama's wildcards); default Ollama's built-in list, which allows 127.0.0.1. */
	allowedOrigins?: readonly string[];
	/** Start refusing every browser origin (as Ollama does for a site not in OLLAMA_ORIGINS). */
	refuseCors?: boolean;
	/**
	 * `follow` (default): a `json_schema` shapes the answer, as Ollama ≥ 0.5 turns it into a
	 * grammar. `ignore`: the format is dropped and the model writes free text (older Ollama).
	 */
	jsonSchema?: 'follow' | 'ignore';
	/** Requests run at once; the rest wait their turn (OLLAMA_NUM_PARALLEL, default 1). */
	parallel?: number;
	/** The context window in tokens (Ollama's default is 4096); longer prompts lose their start. */
	contextTokens?: number;
}

export interface MockOllama {
	/** Origin, e.g. `http://127.0.0.1:41234` (a real one is http://localhost:11434). */
	readonly url: string;
	/** What the app's Base URL takes: `${url}/v1`. */
	readonly baseUrl: string;
	readonly port: number;
	/** Every request received, preflights and refusals included, in order. */
	readonly requests: RecordedRequest[];
	injectFaults(...faults: OllamaFault[]): void;
	addResponder(responder: MockResponder): void;
	/** true: every request carrying an Origin gets Ollama's bare 403, preflights included. */
	refuseCors(refused: boolean): void;
	setPace(pace: Partial<Pace>): void;
	/** Stops listening: connections are refused, as when Ollama is not running. */
	down(): Promise<void>;
	/** Listens again on the same port. */
	up(): Promise<void>;
	/** Forgets faults, responders and recorded requests; CORS and pace are kept. */
	reset(): void;
	close(): Promise<void>;
}

export async function startMockOllama(options: MockOllamaOptions = {}): Promise<MockOllama> {
	const models = options.models ?? DEFAULT_OLLAMA_MODELS;
	const thinks = options.thinkingModels ?? ((model: string) => /^(?:qwen3|gpt-oss)/.test(model));
	const allowedOrigins = options.allowedOrigins ?? OLLAMA_DEFAULT_ORIGINS;
	let pace: Pace = { ...DEFAULT_OLLAMA_PACE, ...options.pace };
	let refused = options.refuseCors ?? false;
	const answers = new AnswerSource();
	const requests: RecordedRequest[] = [];
	const faults: OllamaFault[] = [];
	const waiting: (() => void)[] = [];
	let running = 0;
	let completionId = 0;

	/** One model, one request at a time: the others queue, as on a person's own machine. */
	async function turn<T>(work: () => Promise<T>): Promise<T> {
		if (running >= (options.parallel ?? 1)) await new Promise<void>((go) => waiting.push(go));
		running += 1;
		try {
			return await work();
		} finally {
			running -= 1;
			waiting.shift()?.();
		}
	}

	const sendError = (
		response: ServerResponse,
		record: RecordedRequest,
		error: OllamaErrorResponse
	) => sendJson(response, record, error.status, error.body);

	async function handleChat(response: ServerResponse, record: RecordedRequest, raw: string) {
		const parsed = parseChat(raw, ['max_tokens']);
		if (!parsed.ok) return sendError(response, record, ollamaError(400, parsed.message));
		const request = parsed.request;
		const chat = options.jsonSchema === 'ignore' ? { ...request, jsonSchema: undefined } : request;
		const fault = faults.shift();
		record.fault = fault?.kind;
		if (!models.includes(chat.model) || fault?.kind === 'model_not_found')
			return sendError(response, record, ollamaModelNotFound(chat.model));
		const refusal = ollamaRequestProblem(chat, thinks);
		if (refusal) return sendError(response, record, refusal);
		if (fault?.kind === 'hang') return;
		await turn(async () => {
			if (fault?.kind === 'server_error') {
				await new Promise((resolve) => setTimeout(resolve, pace.firstTokenMs));
				const crash = ollamaError(500, 'llama runner process has terminated: exit status 2');
				return sendError(response, record, crash);
			}
			completionId += 1;
			const seen = fitContext(chat, options.contextTokens ?? Number.POSITIVE_INFINITY);
			const promptTokens = seen.promptTokens;
			await writeAnswer(response, record, {
				id: `chatcmpl-${completionId}`,
				chat,
				answer: answers.answerFor(seen.chat),
				promptTokens,
				fingerprint: 'fp_ollama',
				fault: fault?.kind,
				pace,
				waitForWholeAnswer: true
			});
		});
	}

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const record = recordOf(request);
		requests.push(record);
		const allowed = (origin: string) => !refused && originAllowed(origin, allowedOrigins);
		if (applyOllamaCors(request, response, record, allowed)) return;
		const raw = await readBody(request);
		recordBody(record, raw);
		const { method, path } = record;
		const modelId = /^\/v1\/models\/(.+)$/.exec(path)?.[1];
		if (method === 'POST' && path === '/v1/chat/completions')
			return handleChat(response, record, raw);
		if (method === 'GET' && path === '/v1/models')
			return sendJson(response, record, 200, ollamaModelList(models));
		if (method === 'GET' && modelId !== undefined) {
			const name = decodeURIComponent(modelId);
			if (models.includes(name)) return sendJson(response, record, 200, ollamaModel(name));
			return sendError(response, record, ollamaModelNotFound(name));
		}
		if (method === 'GET' && path === '/api/tags')
			return sendJson(response, record, 200, ollamaTags(models));
		if (method === 'GET' && path === '/api/version')
			return sendJson(response, record, 200, { version: '0.12.6' });
		const root = method === 'GET' && path === '/';
		record.status = root ? 200 : 404;
		response.writeHead(record.status, { 'content-type': 'text/plain; charset=utf-8' });
		response.end(root ? 'Ollama is running' : '404 page not found');
	}

	const { server, port, url } = await serveOnLoopback(options.port ?? 0, handle);

	return {
		url,
		baseUrl: `${url}/v1`,
		port,
		requests,
		injectFaults: (...added) => void faults.push(...added),
		addResponder: (responder) => answers.add(responder),
		refuseCors: (value) => void (refused = value),
		setPace: (changed) => void (pace = { ...pace, ...changed }),
		down: () => shutDown(server),
		up: async () => {
			if (!server.listening) await listen(server, port);
		},
		reset() {
			faults.length = 0;
			answers.clear();
			requests.length = 0;
		},
		close: () => shutDown(server)
	};
}
