/**
 * Reads a provider's `x-ratelimit-*` and `retry-after` headers. In a browser these are only
 * visible when the provider exposes them through CORS, so every field is optional and the pacer
 * must work without them. The same names mean different windows: at Groq the "requests" headers
 * describe the DAY budget (there is no per-minute request header), at OpenAI the MINUTE budget;
 * the "tokens" headers are per minute at both. The preset's scheme says which reading applies.
 */
import { parseGoDuration } from './go-duration';
import type { RateLimitScheme } from './provider-presets';

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
	/** Requests per minute allowed (OpenAI's x-ratelimit-limit-requests). */
	requestsPerMinute?: number;
	/** Requests left this minute. */
	remainingRequestsThisMinute?: number;
	/** Milliseconds until the minute's request budget refills. */
	resetRequestsMinuteMs?: number;
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
	now: number = Date.now(),
	scheme: RateLimitScheme = 'groq'
): RateLimitInfo | undefined {
	if (!headers) return undefined;
	const requests = {
		limit: count(headers.get('x-ratelimit-limit-requests')),
		remaining: count(headers.get('x-ratelimit-remaining-requests')),
		resetMs: parseGoDuration(headers.get('x-ratelimit-reset-requests'))
	};
	const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
	if (scheme === 'none') return retryAfterMs === undefined ? undefined : { retryAfterMs };
	const info: RateLimitInfo = {
		...(scheme === 'groq'
			? {
					requestsPerDay: requests.limit,
					remainingRequests: requests.remaining,
					resetRequestsMs: requests.resetMs
				}
			: {
					requestsPerMinute: requests.limit,
					remainingRequestsThisMinute: requests.remaining,
					resetRequestsMinuteMs: requests.resetMs
				}),
		tokensPerMinute: count(headers.get('x-ratelimit-limit-tokens')),
		remainingTokens: count(headers.get('x-ratelimit-remaining-tokens')),
		resetTokensMs: parseGoDuration(headers.get('x-ratelimit-reset-tokens')),
		retryAfterMs
	};
	const present = Object.entries(info).filter(([, value]) => value !== undefined);
	return present.length === 0 ? undefined : (Object.fromEntries(present) as RateLimitInfo);
}
