import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './go-duration';
import { parseRateLimitHeaders, parseRetryAfter } from './parse-rate-limit-headers';

describe('parseGoDuration', () => {
	it.each([
		['940ms', 940],
		['7.66s', 7660],
		['2m59.56s', 179_560],
		['1h2m3s', 3_723_000],
		['0', 0],
		['0s', 0],
		['1.5m', 90_000],
		['250us', 0.25],
		['.5s', 500]
	])('reads %s as %d ms', (text, expected) => {
		expect(parseGoDuration(text)).toBeCloseTo(expected, 6);
	});

	it.each(['', '7.66', 's', '2 m', '5x', '1h-2m', 'soon', '3s extra'])(
		'rejects %j instead of guessing',
		(text) => {
			expect(parseGoDuration(text)).toBeUndefined();
		}
	);

	it('round-trips what it formats', () => {
		for (const ms of [940, 7660, 179_560, 3_723_000]) {
			expect(parseGoDuration(formatGoDuration(ms))).toBe(ms);
		}
		expect(formatGoDuration(179_560)).toBe('2m59.56s');
	});
});

describe('parseRateLimitHeaders', () => {
	it('reads every x-ratelimit header and retry-after', () => {
		const headers = new Headers({
			'x-ratelimit-limit-requests': '1000',
			'x-ratelimit-limit-tokens': '8000',
			'x-ratelimit-remaining-requests': '997',
			'x-ratelimit-remaining-tokens': '7421',
			'x-ratelimit-reset-requests': '2m59.56s',
			'x-ratelimit-reset-tokens': '7.66s',
			'retry-after': '2'
		});
		expect(parseRateLimitHeaders(headers)).toEqual({
			requestsPerDay: 1000,
			tokensPerMinute: 8000,
			remainingRequests: 997,
			remainingTokens: 7421,
			resetRequestsMs: 179_560,
			resetTokensMs: 7660,
			retryAfterMs: 2000
		});
	});

	it('returns undefined when the browser could not read any (no CORS expose)', () => {
		expect(
			parseRateLimitHeaders(new Headers({ 'content-type': 'application/json' }))
		).toBeUndefined();
		expect(parseRateLimitHeaders(undefined)).toBeUndefined();
	});

	it('drops unreadable values and keeps the rest', () => {
		const headers = new Headers({
			'x-ratelimit-remaining-tokens': 'many',
			'x-ratelimit-reset-tokens': 'later',
			'x-ratelimit-limit-tokens': '6000'
		});
		expect(parseRateLimitHeaders(headers)).toEqual({ tokensPerMinute: 6000 });
	});

	it('reads retry-after as seconds or as an HTTP date', () => {
		const now = Date.UTC(2025, 0, 1, 12, 0, 0);
		expect(parseRetryAfter('0.5', now)).toBe(500);
		expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
		expect(parseRetryAfter('whenever', now)).toBeUndefined();
	});
});
