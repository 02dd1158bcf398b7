/**
 * The mock Groq server itself, as the browser and the pacer rely on it: its CORS preflight, its
 * exposed rate-limit headers, another tab's use and scaled time.
 */
import { describe, expect, it } from 'vitest';
import { startMockGroq } from '../../../tests/mock-groq/server';
import { GroqLlmClient } from './groq-client';
import {
	client,
	failure,
	mock,
	MODEL,
	textRequest,
	useMockGroq
} from './testing/groq-client-fixtures';

useMockGroq();

describe('the mock server', () => {
	it('allows a preflight for authorization and content-type only', async () => {
		const ask = (headers: string) =>
			fetch(`${mock.url}/openai/v1/chat/completions`, {
				method: 'OPTIONS',
				headers: {
					origin: 'http://127.0.0.1:4181',
					'access-control-request-method': 'POST',
					'access-control-request-headers': headers
				}
			});
		const allowed = await ask('authorization,content-type');
		expect(allowed.status).toBe(204);
		expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
		const refused = await ask('authorization,content-type,x-stainless-os');
		expect(refused.status).toBe(403);
		expect(refused.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('exposes the rate-limit headers to browsers unless told not to', async () => {
		const response = await fetch(`${mock.url}/openai/v1/models`, {
			headers: { authorization: `Bearer ${mock.apiKey}` }
		});
		expect(response.headers.get('access-control-expose-headers')).toContain(
			'x-ratelimit-remaining-tokens'
		);
		const hidden = await startMockGroq({ exposeRateLimitHeaders: false });
		try {
			const other = await fetch(`${hidden.url}/openai/v1/models`, {
				headers: { authorization: `Bearer ${hidden.apiKey}` }
			});
			expect(other.headers.get('access-control-expose-headers')).toBeNull();
		} finally {
			await hidden.close();
		}
	});

	it('counts another tab’s use in the headers it reports', async () => {
		mock.setUsedBudget(MODEL, { requests: 3, tokens: 4000 });
		const result = await client().complete(textRequest());
		expect(result.rateLimit?.remainingTokens).toBe(8000 - 4000 - result.usage.promptTokens - 300);
		expect(result.rateLimit?.remainingRequests).toBe(1000 - 4);
	});

	it('scales its windows and reset headers with timeScale', async () => {
		const fast = await startMockGroq({
			timeScale: 60,
			limits: { [MODEL]: { rpm: 1, rpd: 100, tpm: 8000, tpd: 200_000 } }
		});
		try {
			const quick = new GroqLlmClient({
				connection: () => ({ apiKey: fast.apiKey, baseURL: fast.url })
			});
			await quick.complete(textRequest());
			const error = await failure(quick.complete(textRequest()));
			expect(error.kind).toBe('rate_limit');
			expect(error.retryAfterMs).toBeLessThanOrEqual(1000);
			await new Promise((resolve) => setTimeout(resolve, (error.retryAfterMs ?? 0) + 20));
			await expect(quick.complete(textRequest())).resolves.toMatchObject({ model: MODEL });
		} finally {
			await fast.close();
		}
	});
});
