/**
 * Reads Groq's `x-ratelimit-*` and `retry-after` headers. In a browser these are only visible when
 * Groq exposes them through CORS, so every field is optional and the pacer must work without them.
 * Note Groq's naming: the "requests" headers describe the DAY budget, the "tokens" headers the
 * MINUTE budget; there is no per-minute request header.
 */
import { parseGoDuration } from './go-duration';

export interface RateLimitInfo {
	/** Requests per day allowed (x-ratelimit-limit-requests). */
	requestsPerDay?: number;
	/** Requests left today. */
	remainingRequests?: number;
	/** Milliseconds until the day's request budget refills. */
	resetRequestsMs?: number;
	/** Tokens per minute allowed (x-ratelimit-limit-tokens). */
	tokensPerMinute?: number;
	/** Tokens left this minute. */
	remainingTokens?: number;
	/** Milliseconds until the minute's token budget refills. */
	resetTokensMs?: number;
	/** Milliseconds the server asked us to wait (retry-after, on 429). */
	retryAfterMs?: number;
}

/** Anything with a case-insensitive `get`, as the Fetch API's Headers. */
export interface HeaderSource {
	get(name: string): string | null;
}

function count(value: string | null): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	const number = Number(value.trim());
	return Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** Seconds (`2`, `0.5`) or an HTTP date, as the Retry-After header allows. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	const seconds = Number(value.trim());
	if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The rate-limit facts in `headers`, or undefined when none could be read. */
export function parseRateLimitHeaders(
	headers: HeaderSource | undefined,
	now: number = Date.now()
): RateLimitInfo | undefined {
	if (!headers) return undefined;
	const info: RateLimitInfo = {
		requestsPerDay: count(headers.get('x-ratelimit-limit-requests')),
		remainingRequests: count(headers.get('x-ratelimit-remaining-requests')),
		resetRequestsMs: parseGoDuration(headers.get('x-ratelimit-reset-requests')),
		tokensPerMinute: count(headers.get('x-ratelimit-limit-tokens')),
		remainingTokens: count(headers.get('x-ratelimit-remaining-tokens')),
		resetTokensMs: parseGoDuration(headers.get('x-ratelimit-reset-tokens')),
		retryAfterMs: parseRetryAfter(headers.get('retry-after'), now)
	};
	const present = Object.entries(info).filter(([, value]) => value !== undefined);
	return present.length === 0 ? undefined : (Object.fromEntries(present) as RateLimitInfo);
}
