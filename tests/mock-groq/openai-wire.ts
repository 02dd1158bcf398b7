/**
 * What OpenAI says besides answers and errors: the key check (Bearer auth only; no header and a
 * wrong key get different 401 bodies), the model list, the response headers it sends with every
 * answer, and which of them a browser may read.
 */
import type { ServerResponse } from 'node:http';
import { errorBodyIn, type ErrorDialect } from './error-dialects';
import { sendJson, type RecordedRequest } from './http-wire';
import type { MinuteLimits } from './minute-limiter';
import {
	incorrectKeyError,
	missingKeyError,
	OPENAI_ORGANIZATION,
	type OpenAiErrorResponse
} from './openai-errors';

export const DEFAULT_OPENAI_KEY = 'sk-proj-mockopenai0123456789abcdefXYZ';

/** Tier-1-like figures; a test that must never wait passes its own. */
export const DEFAULT_OPENAI_MODELS: Record<string, MinuteLimits> = {
	'gpt-4.1-mini': { rpm: 500, tpm: 200_000 },
	'gpt-4.1-nano': { rpm: 500, tpm: 200_000 },
	'gpt-5-mini': { rpm: 500, tpm: 500_000 }
};

export function checkOpenAiKey(
	authorization: string | undefined,
	apiKey: string
): OpenAiErrorResponse | undefined {
	const given = /^Bearer\s+(.*)$/i.exec(authorization ?? '')?.[1]?.trim();
	if (given === undefined || given === '') return missingKeyError();
	return given === apiKey ? undefined : incorrectKeyError(given);
}

export function openAiModel(id: string) {
	return { id, object: 'model', created: 1744316542, owned_by: 'system' };
}

export function openAiModelList(ids: readonly string[]) {
	return { object: 'list', data: ids.map(openAiModel) };
}

/** Sent with every answer besides the limit headers. */
export function openAiAnswerHeaders(requestNumber: number): Record<string, string> {
	return {
		'openai-organization': OPENAI_ORGANIZATION,
		'openai-version': '2020-10-01',
		'x-request-id': `req_mock${requestNumber}`
	};
}

/** The headers CORS lets a browser read when the mock exposes them. */
export const EXPOSED_RATE_LIMIT_HEADERS = [
	'x-ratelimit-limit-requests',
	'x-ratelimit-limit-tokens',
	'x-ratelimit-remaining-requests',
	'x-ratelimit-remaining-tokens',
	'x-ratelimit-reset-requests',
	'x-ratelimit-reset-tokens',
	'retry-after'
].join(', ');

/**
 * Sends an error answer in OpenAI's words or another provider's (error-dialects.ts), with
 * `retry-after` in whole seconds when the error says when.
 */
export function sendOpenAiError(
	response: ServerResponse,
	record: RecordedRequest,
	error: OpenAiErrorResponse,
	headers: Record<string, string> = {},
	dialect: ErrorDialect = 'openai'
): void {
	const retryAfter: Record<string, string> =
		error.retryAfterMs === undefined
			? {}
			: { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
	sendJson(response, record, error.status, errorBodyIn(dialect, error), {
		...headers,
		...retryAfter
	});
}
