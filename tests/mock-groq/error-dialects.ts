/**
 * The same failures as other OpenAI-compatible providers word them (shapes from
 * ../shared/reference/providers.md §3), so an adapter can be tested on each: Gemini's OpenAI
 * layer wraps the error in a JSON array with a status name; Mistral answers a bad key with a bare
 * `{"detail": "Unauthorized"}` and other errors without `error` around them; OpenRouter puts a
 * numeric `code` and `metadata` in `error`. The status code stays the same.
 */
import type { OpenAiErrorResponse } from './openai-errors';

export type ErrorDialect = 'openai' | 'gemini' | 'mistral' | 'openrouter';

const GOOGLE_STATUS: Record<number, string> = {
	400: 'INVALID_ARGUMENT',
	401: 'UNAUTHENTICATED',
	403: 'PERMISSION_DENIED',
	404: 'NOT_FOUND',
	429: 'RESOURCE_EXHAUSTED',
	500: 'INTERNAL',
	503: 'UNAVAILABLE'
};

/** The body `error` would have at a provider speaking `dialect`. */
export function errorBodyIn(dialect: ErrorDialect, error: OpenAiErrorResponse): unknown {
	const { message, type, param, code } = error.body.error;
	switch (dialect) {
		case 'gemini':
			return [
				{
					error: {
						code: error.status,
						message,
						status: GOOGLE_STATUS[error.status] ?? 'UNKNOWN'
					}
				}
			];
		case 'mistral':
			if (error.status === 401) return { detail: 'Unauthorized' };
			return { object: 'error', message, type, param, code };
		case 'openrouter':
			return { error: { code: error.status, message, metadata: { raw: code ?? type } } };
		default:
			return error.body;
	}
}
