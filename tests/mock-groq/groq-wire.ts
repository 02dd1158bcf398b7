/**
 * What Groq says besides answers: how it reads a chat body (a missing cap means 1024 tokens),
 * its model list, which models are retired or take `reasoning_effort`, and the limit headers a
 * browser may read.
 */
import { groqError, type GroqErrorResponse } from './faults';
import { parseChat } from './http-wire';
import type { MockModelLimits } from './rate-limiter';
import type { MockChatRequest } from './responder';

export const RETIRED_MODELS = [
	'deepseek-r1-distill-llama-70b',
	'gemma2-9b-it',
	'llama-3.3-70b-versatile',
	'llama-3.1-8b-instant'
];

/** Models that take `reasoning_effort` on Groq; any other refuses a request carrying it (400). */
export const TAKES_REASONING_EFFORT = [/^openai\/gpt-oss-/, /^qwen\/qwen3\.8-27b$/];

export const EXPOSED_GROQ_HEADERS = [
	'x-ratelimit-limit-requests',
	'x-ratelimit-limit-tokens',
	'x-ratelimit-remaining-requests',
	'x-ratelimit-remaining-tokens',
	'x-ratelimit-reset-requests',
	'x-ratelimit-reset-tokens',
	'retry-after'
].join(', ');

export type ParsedGroqChat =
	{ ok: true; request: MockChatRequest } | { ok: false; error: GroqErrorResponse };

export function parseGroqChat(raw: string): ParsedGroqChat {
	const parsed = parseChat(raw, ['max_completion_tokens', 'max_tokens']);
	if (!parsed.ok) {
		const message =
			parsed.param === null ? parsed.message : "'messages' and 'model' are required properties";
		return { ok: false, error: groqError(400, message, 'invalid_request_error') };
	}
	const { request } = parsed;
	if (Number.isFinite(request.maxTokens)) return { ok: true, request };
	return { ok: true, request: { ...request, maxTokens: 1024 } };
}

export function groqModelList(limits: Record<string, MockModelLimits>) {
	return {
		object: 'list',
		data: Object.keys(limits).map((id) => ({
			id,
			object: 'model',
			created: 1754407957,
			owned_by: id.startsWith('openai/') ? 'OpenAI' : 'Groq',
			active: true,
			context_window: 131072,
			public_apps: null,
			max_completion_tokens: 65536
		}))
	};
}

export function unknownGroqUrl(path: string): GroqErrorResponse {
	return groqError(
		404,
		'Unknown request URL: ' + path + '. Please check the URL for typos.',
		'invalid_request_error',
		'unknown_url'
	);
}
