/**
 * Turns whatever groq-sdk throws into one LlmError, and (`mapHttpStatus`) any provider's error
 * answer too. SDK classes are matched with `instanceof` on the module actually loaded (class
 * names are minified in a production build), and the error body is read through a schema.
 * Server text is redacted before it can reach a message.
 */
import { dayLimitMessage } from './describe-llm-activity';
import { readErrorBody, type ErrorBody } from './error-body';
import { parseGoDuration } from './go-duration';
import { LlmError } from './llm-error';
import { parseRateLimitHeaders } from './parse-rate-limit-headers';
import type { RateLimitScheme } from './provider-presets';
import { redactSecrets } from './redact-secrets';

export type GroqErrorClasses = Pick<
	typeof import('groq-sdk'),
	'APIError' | 'APIUserAbortError' | 'APIConnectionError' | 'APIConnectionTimeoutError'
>;

export interface ErrorContext {
	model?: string;
	baseURL: string;
	apiKey?: string;
	signal?: AbortSignal;
	now: number;
	/** False when the browser reports no network at all. */
	online?: boolean;
	/** Who answered, in messages ("Groq", "OpenAI"); Groq when unset. */
	provider?: string;
	/** How to read its rate-limit headers; Groq's reading when unset. */
	scheme?: RateLimitScheme;
}

const DAY_MARKER = /\((RPD|TPD)\)/;
const TRY_AGAIN = /try again in\s+([0-9.hmsuµn]+)/i;
const LIMIT_REQUESTED = /Limit\s+(\d+),\s*(?:Used\s+\d+,\s*)?Requested\s+(\d+)/i;

const QUOTA_CODES = new Set(['insufficient_quota', 'billing_hard_limit_reached']);

function providerOf(context: ErrorContext): string {
	return context.provider ?? 'Groq';
}

function host(baseURL: string): string {
	try {
		return new URL(baseURL).host;
	} catch {
		return baseURL;
	}
}

function modelName(context: ErrorContext): string {
	return context.model ? `“${context.model}”` : 'the selected model';
}

function serverSaid(body: ErrorBody | undefined, context: ErrorContext): string {
	const text = body?.message?.trim();
	if (!text) return '';
	const clipped = text.length > 300 ? `${text.slice(0, 300)}…` : text;
	return ` ${providerOf(context)} said: “${redactSecrets(clipped, context.apiKey)}”`;
}

/** An error answer (status, body, headers) from any provider as one LlmError. */
export function mapHttpStatus(
	status: number,
	rawBody: unknown,
	headers: Headers | undefined,
	context: ErrorContext,
	cause?: unknown
): LlmError {
	const body = readErrorBody(rawBody);
	const name = providerOf(context);
	const rateLimit = parseRateLimitHeaders(headers, context.now, context.scheme);
	const common = { status, cause, rateLimit, provider: name };
	const code = body?.code ?? '';
	const message = body?.message ?? '';
	if (status === 401) return new LlmError('auth', common);
	if (status === 402 || QUOTA_CODES.has(code))
		return new LlmError('day_limit', {
			...common,
			message: `${name} says this account has no credit or quota left.${serverSaid(body, context)}`,
			action: `Add credit at ${name}, or pick another provider in Settings.`
		});
	if (status === 403)
		return new LlmError('auth', {
			...common,
			message: `${name} refused access for this key (403).${serverSaid(body, context)}`
		});
	if (status === 404 || code === 'model_not_found' || code === 'model_decommissioned') {
		const retired = code === 'model_decommissioned';
		return new LlmError('model_unavailable', {
			...common,
			message: retired
				? `${name} has retired the model ${modelName(context)}.`
				: `The model ${modelName(context)} does not exist on ${name} or is not available to this key.`
		});
	}
	if (status === 413) {
		const figures = LIMIT_REQUESTED.exec(message);
		return new LlmError('too_large', {
			...common,
			message: figures
				? `This request needs ${figures[2]} tokens, but ${modelName(context)} allows ${figures[1]} tokens per minute, so ${name} will never accept it as it is.`
				: `This request is larger than ${modelName(context)} accepts in a minute, so ${name} will never accept it as it is.`
		});
	}
	if (status === 429) {
		const waitText = TRY_AGAIN.exec(message)?.[1];
		const waitMs = rateLimit?.retryAfterMs ?? parseGoDuration(waitText?.replace(/\.$/, ''));
		const day = DAY_MARKER.exec(message)?.[1];
		if (day) {
			const resetAt =
				waitMs !== undefined
					? context.now + waitMs
					: (rateLimit?.resetRequestsMs ?? 0) + context.now;
			return new LlmError('day_limit', {
				...common,
				resetAt,
				message: dayLimitMessage(
					name,
					day === 'RPD' ? 'requests' : 'tokens',
					context.model,
					resetAt - context.now
				)
			});
		}
		const limit = body?.type === 'tokens' || body?.type === 'requests' ? body.type : undefined;
		return new LlmError('rate_limit', { ...common, retryAfterMs: waitMs, limit });
	}
	if (status >= 500) return new LlmError('server', { ...common });
	if (code === 'json_validate_failed')
		return new LlmError('invalid_output', {
			...common,
			message: `The model produced JSON that ${name} itself rejected as invalid.`
		});
	return new LlmError('bad_request', {
		...common,
		message: `${name} could not process this request (${status}).${serverSaid(body, context)}`
	});
}

export function mapGroqError(
	error: unknown,
	sdk: GroqErrorClasses,
	context: ErrorContext
): LlmError {
	if (error instanceof LlmError) return error;
	if (error instanceof sdk.APIUserAbortError || context.signal?.aborted)
		return new LlmError('aborted', { cause: error });
	if (error instanceof sdk.APIConnectionTimeoutError)
		return new LlmError('timeout', { cause: error });
	if (error instanceof sdk.APIConnectionError) {
		if (context.online === false) return new LlmError('offline', { cause: error });
		return new LlmError('network', {
			cause: error,
			message: `Could not reach ${host(context.baseURL)}. The address may be wrong, the connection down, or the browser blocked the request.`
		});
	}
	if (error instanceof sdk.APIError && typeof error.status === 'number') {
		return mapHttpStatus(error.status, error.error, error.headers, context, error);
	}
	if (error instanceof SyntaxError)
		return new LlmError('server', {
			cause: error,
			message: 'Groq sent a response the app could not read.'
		});
	if (error instanceof Error && error.name === 'AbortError')
		return new LlmError('aborted', { cause: error });
	// A body that stops half-way arrives as a TypeError ("terminated") from fetch, after the status.
	return new LlmError('network', {
		cause: error,
		message: 'The connection to Groq broke off before the answer arrived.'
	});
}
