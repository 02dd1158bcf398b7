/**
 * The Groq client against the mock Groq server over real HTTP on 127.0.0.1: Groq's wire format,
 * its errors, and the promise that the key never leaks into an error.
 */
import { describe, expect, it } from 'vitest';
import { startMockGroq } from '../../../tests/mock-groq/server';
import { checkJsonSchema } from './check-json-schema';
import { GroqLlmClient } from './groq-client';
import {
	client,
	expectNoKey,
	failure,
	JOB_TEXT,
	jsonRequest,
	mock,
	MODEL,
	SCHEMA,
	textRequest,
	useMockGroq
} from './testing/groq-client-fixtures';

useMockGroq();

describe('GroqLlmClient against the mock Groq server', () => {
	it('returns schema-shaped JSON built from the prompt, with usage, reasoning and rate-limit headers', async () => {
		const result = await client().complete(jsonRequest());
		const value = JSON.parse(result.text) as { summary: string; bullets: string[] };
		expect(checkJsonSchema(value, SCHEMA)).toEqual([]);
		expect(value.bullets).toHaveLength(3);
		expect(JOB_TEXT).toContain(value.summary.slice(0, 30));
		expect(result.reasoning).toMatch(/phrases/);
		expect(result.usage.promptTokens).toBeGreaterThan(0);
		expect(result.usage.totalTokens).toBe(
			result.usage.promptTokens + result.usage.completionTokens
		);
		expect(result.fromCache).toBe(false);
		expect(result.rateLimit).toMatchObject({
			requestsPerDay: 1000,
			tokensPerMinute: 8000,
			remainingRequests: 999
		});
		expect(result.rateLimit?.remainingTokens).toBe(8000 - result.usage.promptTokens - 400);
	});

	it('sends the key only as a bearer token and no x-stainless or user-agent headers', async () => {
		await client().complete(textRequest());
		const [sent] = mock.requests;
		expect(sent?.headers.authorization).toBe(`Bearer ${mock.apiKey}`);
		expect(
			Object.keys(sent?.headers ?? {}).filter((name) => name.startsWith('x-stainless'))
		).toEqual([]);
		expect(sent?.body).toMatchObject({ model: MODEL, max_completion_tokens: 300, stream: false });
	});

	it('answers plain requests with bullet lines taken from the prompt', async () => {
		const result = await client().complete(textRequest());
		const lines = result.text.split('\n');
		expect(lines).toHaveLength(4);
		for (const line of lines) expect(line).toMatch(/^- \S/);
		expect(result.text).toContain('You will own our Airflow deployment.');
	});

	it('uses a registered responder, first match wins', async () => {
		mock.addResponder((request) =>
			request.messages.some((message) => message.content.includes('Airflow'))
				? '- Cut pipeline failures by 73%'
				: undefined
		);
		mock.addResponder(() => '- never used');
		const result = await client().complete(textRequest());
		expect(result.text).toBe('- Cut pipeline failures by 73%');
	});

	it('refuses a wrong key with an auth error that does not contain the key', async () => {
		const wrongKey = 'gsk_wrong_key_ABCDEFGHIJ';
		const error = await failure(client(wrongKey).complete(textRequest()));
		expect(error.kind).toBe('auth');
		expect(error.status).toBe(401);
		expectNoKey(error, wrongKey);
	});

	it('fails without a key before any network call', async () => {
		const error = await failure(client('').complete(textRequest()));
		expect(error.kind).toBe('no_key');
		expect(mock.requests).toHaveLength(0);
	});

	it('reports an unknown model and a retired one as unavailable', async () => {
		const unknown = await failure(client().complete(textRequest('acme/not-a-model')));
		expect(unknown.kind).toBe('model_unavailable');
		expect(unknown.message).toContain('acme/not-a-model');
		const retired = await failure(client().complete(textRequest('gemma2-9b-it')));
		expect(retired.kind).toBe('model_unavailable');
		expect(retired.message).toMatch(/retired/);
	});

	it('turns a request over the minute token limit into too_large (413) with the figures', async () => {
		const request = { ...textRequest(), maxTokens: 9000 };
		const error = await failure(client().complete(request));
		expect(error.kind).toBe('too_large');
		expect(error.status).toBe(413);
		expect(error.message).toMatch(/needs \d+ tokens.*allows 8000 tokens per minute/);
	});

	it('enforces the requests-per-minute limit with a Groq-shaped 429', async () => {
		const small = await startMockGroq({
			limits: { [MODEL]: { rpm: 2, rpd: 100, tpm: 100_000, tpd: 1_000_000 } }
		});
		try {
			const tight = new GroqLlmClient({
				connection: () => ({ apiKey: small.apiKey, baseURL: small.url })
			});
			await tight.complete(textRequest());
			await tight.complete(textRequest());
			const error = await failure(tight.complete(textRequest()));
			expect(error.kind).toBe('rate_limit');
			expect(error.retryAfterMs).toBeGreaterThan(55_000);
			expect(small.rejections).toBe(1);
		} finally {
			await small.close();
		}
	});

	it('says "aborted" when the caller cancels', async () => {
		mock.injectFaults({ kind: 'hang' });
		const controller = new AbortController();
		const pending = client(mock.apiKey, 5000).complete(textRequest(), {
			signal: controller.signal
		});
		setTimeout(() => controller.abort(), 50);
		expect((await failure(pending)).kind).toBe('aborted');
	});

	it('reports an unreachable address as a network error naming the host', async () => {
		const closed = await startMockGroq();
		const url = closed.url;
		await closed.close();
		const unreachable = new GroqLlmClient({
			connection: () => ({ apiKey: mock.apiKey, baseURL: url })
		});
		const error = await failure(unreachable.complete(textRequest()));
		expect(error.kind).toBe('network');
		expect(error.message).toContain(new URL(url).host);
		expectNoKey(error, mock.apiKey);
	});

	it('lists the live models, and refuses a wrong key when listing', async () => {
		const models = await client().listModels();
		expect(models.map((model) => model.id)).toEqual([
			'openai/gpt-oss-120b',
			'openai/gpt-oss-20b',
			'qwen/qwen3.8-27b'
		]);
		const error = await failure(client('gsk_nope_123456').listModels());
		expect(error.kind).toBe('auth');
	});
});
