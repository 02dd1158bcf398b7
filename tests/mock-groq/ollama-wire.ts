/**
 * What Ollama's OpenAI-compatible layer (openai/openai.go and its middleware) says besides
 * answers: error bodies with `param` and `code` always null, the model list, and the checks it
 * makes before running a model. It reads `max_tokens` only (`max_completion_tokens` is ignored).
 */
import { countPromptTokens, type MockChatRequest } from './responder';

export interface OllamaErrorResponse {
	status: number;
	body: { error: { message: string; type: string; param: null; code: null } };
}

/** The body Ollama's `NewError` builds: the type follows the status. */
export function ollamaError(status: number, message: string): OllamaErrorResponse {
	const type =
		status === 400 ? 'invalid_request_error' : status === 404 ? 'not_found_error' : 'api_error';
	return { status, body: { error: { message, type, param: null, code: null } } };
}

/**
 * A model that was never pulled: the native error passes through the middleware, which keeps
 * the 404 status but labels the body `api_error`.
 */
export function ollamaModelNotFound(model: string): OllamaErrorResponse {
	const response = ollamaError(500, `model "${model}" not found, try pulling it first`);
	return { ...response, status: 404 };
}

const EFFORTS = ['high', 'medium', 'low', 'none'];

/** The 400 Ollama answers before running the model, or undefined. */
export function ollamaRequestProblem(
	chat: MockChatRequest,
	thinks: (model: string) => boolean
): OllamaErrorResponse | undefined {
	const effort =
		(chat.body.reasoning as { effort?: unknown } | undefined)?.effort ?? chat.body.reasoning_effort;
	if (effort === undefined || effort === '') return undefined;
	if (typeof effort !== 'string' || !EFFORTS.includes(effort))
		return ollamaError(
			400,
			`invalid reasoning value: '${String(effort)}' (must be "high", "medium", "low", or "none")`
		);
	if (effort !== 'none' && !thinks(chat.model))
		return ollamaError(400, `"${chat.model}" does not support thinking`);
	return undefined;
}

/** `GET /v1/models`: what was pulled, owned by its namespace ("library" for official models). */
export function ollamaModelList(models: readonly string[]) {
	return { object: 'list', data: models.map(ollamaModel) };
}

export function ollamaModel(name: string) {
	const namespace = name.includes('/') ? (name.split('/')[0] as string) : 'library';
	return { id: name, object: 'model', created: 1753000000, owned_by: namespace };
}

/** `GET /api/tags`, the native list some clients use to see whether Ollama runs. */
export function ollamaTags(models: readonly string[]) {
	return {
		models: models.map((name) => ({
			name,
			model: name,
			modified_at: '2026-07-20T10:00:00.000000000Z',
			size: 4_920_753_328,
			digest: '0'.repeat(64),
			details: {
				format: 'gguf',
				family: 'llama',
				parameter_size: '8.0B',
				quantization_level: 'Q4_K_M'
			}
		}))
	};
}

/**
 * What the model sees of a prompt longer than its context window: Ollama keeps the system
 * messages and the last message and cuts the rest without a word — the start of the last message
 * too when it still does not fit — and bills only what fit, so the answer draws on the end alone.
 */
export function fitContext(
	chat: MockChatRequest,
	contextTokens: number
): { chat: MockChatRequest; promptTokens: number } {
	const promptTokens = countPromptTokens(chat);
	const last = chat.messages[chat.messages.length - 1];
	if (promptTokens <= contextTokens || last === undefined) return { chat, promptTokens };
	const system = chat.messages.slice(0, -1).filter((message) => message.role === 'system');
	const room = contextTokens - countPromptTokens({ ...chat, messages: system }) - 3;
	const kept = last.content.slice(Math.max(0, last.content.length - Math.max(0, room) * 4));
	const messages = [...system, { ...last, content: kept }];
	return { chat: { ...chat, messages }, promptTokens: contextTokens };
}
