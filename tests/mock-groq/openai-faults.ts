/**
 * What can go wrong at OpenAI, on demand (one fault per chat request): status faults answer with
 * OpenAI's bodies; the content and transport faults are the Groq mode's (spoil-answer.ts).
 * `insufficient_quota` is OpenAI's own: a 429 that waiting does not cure.
 */
import { formatGoDuration } from '../../src/lib/llm/go-duration';
import type { MinuteLimits } from './minute-limiter';
import {
	incorrectKeyError,
	insufficientQuotaError,
	openAiModelNotFound,
	openAiOverloaded,
	openAiRateLimit,
	openAiServerError,
	type OpenAiErrorResponse
} from './openai-errors';
import type { MockChatRequest } from './responder';
import type { ContentFaultKind } from './spoil-answer';

export type OpenAiFault =
	/** 429 for the minute with retry-after (OpenAI seconds, scaled by timeScale). */
	| { kind: 'rate_limit'; limit?: 'requests' | 'tokens'; retryAfterSeconds?: number }
	| { kind: 'insufficient_quota' }
	| { kind: 'server_error' }
	| { kind: 'unavailable' }
	| { kind: 'model_not_found' }
	| { kind: 'unauthorized' }
	| { kind: ContentFaultKind };

/** The error answer for a status fault; undefined for faults that spoil a successful answer. */
export function openAiFaultResponse(
	fault: OpenAiFault,
	chat: MockChatRequest,
	promptTokens: number,
	limitsOf: (model: string) => MinuteLimits,
	timeScale: number
): OpenAiErrorResponse | undefined {
	switch (fault.kind) {
		case 'rate_limit': {
			const waitMs = ((fault.retryAfterSeconds ?? 2) * 1000) / timeScale;
			const limits = limitsOf(chat.model);
			const tokens = fault.limit === 'tokens';
			const requested = tokens
				? promptTokens + (Number.isFinite(chat.maxTokens) ? chat.maxTokens : 0)
				: 1;
			const limit = tokens ? limits.tpm : limits.rpm;
			const figures = { limit, used: limit, requested };
			const window = tokens ? 'TPM' : 'RPM';
			return openAiRateLimit(chat.model, window, figures, formatGoDuration(waitMs), waitMs);
		}
		case 'insufficient_quota':
			return insufficientQuotaError();
		case 'server_error':
			return openAiServerError();
		case 'unavailable':
			return openAiOverloaded();
		case 'model_not_found':
			return openAiModelNotFound(chat.model);
		case 'unauthorized':
			return incorrectKeyError('sk-proj-revoked-key-0000000000000000');
		default:
			return undefined;
	}
}
