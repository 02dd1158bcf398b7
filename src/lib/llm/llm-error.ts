/**
 * Every failure of an LLM call becomes one LlmError with a kind the app can act on and a message
 * a non-engineer understands. The message never contains the API key or the request body.
 */
import type { RateLimitInfo } from './parse-rate-limit-headers';

export const LLM_ERROR_KINDS = [
	'no_key',
	'auth',
	'rate_limit',
	'day_limit',
	'too_large',
	'model_unavailable',
	'bad_request',
	'server',
	'network',
	'timeout',
	'offline',
	'aborted',
	'invalid_output'
] as const;
export type LlmErrorKind = (typeof LLM_ERROR_KINDS)[number];

/** Kinds that a later attempt may fix on its own; the retry layer retries only these. */
export const RETRYABLE_KINDS: ReadonlySet<LlmErrorKind> = new Set([
	'rate_limit',
	'server',
	'network',
	'timeout'
]);

/** The default words for each kind; `provider` names who refused or failed (Groq by default). */
const defaultText = (
	provider: string
): Record<LlmErrorKind, { message: string; action: string }> => ({
	no_key: {
		message: `No ${provider} API key is set.`,
		action: 'Add your key in Settings, then press Retry.'
	},
	auth: {
		message: `${provider} refused the API key (it may be mistyped or revoked).`,
		action: 'Check or replace your key in Settings, then press Retry.'
	},
	rate_limit: {
		message: `${provider} asked us to slow down (rate limit).`,
		action: 'Wait a moment, then press Retry.'
	},
	day_limit: {
		message: `Today's ${provider} allowance for this model is used up.`,
		action: 'Try again after the reset time, or pick another model in Settings.'
	},
	too_large: {
		message: 'This request is larger than the model allows per minute.',
		action: 'Shorten the job description or this item, or pick a model with a higher token limit.'
	},
	model_unavailable: {
		message: `The selected model is not available on ${provider} (it may have been retired).`,
		action: 'Pick another model in Settings, then press Retry.'
	},
	bad_request: {
		message: `${provider} could not process this request.`,
		action: 'Press Retry; if it fails again, shorten the text or pick another model.'
	},
	server: {
		message: `${provider} had a temporary problem.`,
		action: 'Press Retry in a minute.'
	},
	network: {
		message: `Could not reach ${provider} (network problem).`,
		action: 'Check your connection, then press Retry.'
	},
	timeout: {
		message: `${provider} took too long to answer.`,
		action: 'Press Retry.'
	},
	offline: {
		message: 'You are offline.',
		action: 'Generation continues when you are back online.'
	},
	aborted: { message: 'Cancelled.', action: 'Press Retry to generate again.' },
	invalid_output: {
		message: 'The model answered in a form the app could not use.',
		action: 'Press Retry; a new answer usually works.'
	}
});

export interface LlmErrorDetails {
	/** HTTP status, when there was a response. */
	status?: number;
	/** How long the server asked us to wait before retrying. */
	retryAfterMs?: number;
	/** Epoch ms when a day budget resets (day_limit). */
	resetAt?: number;
	/** A more specific message than the default for this kind. */
	message?: string;
	action?: string;
	cause?: unknown;
	/** Who the request went to, for the default message ("Groq", "Ollama"); Groq when unset. */
	provider?: string;
	/** Rate-limit headers that came with the failed response, so the pacer can learn from a 429. */
	rateLimit?: RateLimitInfo;
	/** Which budget a 429 was about, when Groq said. */
	limit?: 'requests' | 'tokens';
	/** An answer that ran out of `max_completion_tokens` (invalid_output): what it was given. */
	cutOff?: CutOff;
}

export interface CutOff {
	/** The `max_completion_tokens` the request asked for. */
	maxTokens: number;
	/** What Groq billed for the attempt (its thinking included). */
	completionTokens: number;
}

export class LlmError extends Error {
	override name = 'LlmError';
	readonly kind: LlmErrorKind;
	readonly status?: number;
	readonly retryAfterMs?: number;
	readonly resetAt?: number;
	readonly rateLimit?: RateLimitInfo;
	readonly limit?: 'requests' | 'tokens';
	readonly cutOff?: CutOff;
	/** What the user should do next. */
	readonly action: string;

	constructor(kind: LlmErrorKind, details: LlmErrorDetails = {}) {
		const text = defaultText(details.provider ?? 'Groq')[kind];
		super(details.message ?? text.message, { cause: details.cause });
		this.kind = kind;
		this.status = details.status;
		this.retryAfterMs = details.retryAfterMs;
		this.resetAt = details.resetAt;
		this.rateLimit = details.rateLimit;
		this.limit = details.limit;
		this.cutOff = details.cutOff;
		this.action = details.action ?? text.action;
	}

	get retryable(): boolean {
		return RETRYABLE_KINDS.has(this.kind);
	}
}

export function isLlmError(error: unknown): error is LlmError {
	return error instanceof LlmError;
}
