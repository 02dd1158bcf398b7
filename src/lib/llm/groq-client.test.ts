/**
 * The Groq client against the mock Groq server over real HTTP on 127.0.0.1: Groq's wire format,
 * every fault the mock can inject, and the promise that the key never leaks into an error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	ALL_FAULT_KINDS,
	startMockGroq,
	type MockFault,
	type MockFaultKind,
	type MockGroq
} from '../../../tests/mock-groq/server';
import { checkJsonSchema } from './check-json-schema';
import { GroqLlmClient } from './groq-client';
import type { LlmRequest } from './llm-client';
import { LlmError, type LlmErrorKind } from './llm-error';

const MODEL = 'openai/gpt-oss-20b';

const SCHEMA = {
	type: 'object',
	additionalProperties: false,
	required: ['summary', 'bullets', 'level'],
	properties: {
		summary: { type: 'string', maxLength: 120 },
		bullets: { type: 'array', minItems: 2, maxItems: 3, items: { type: 'string' } },
		level: { type: 'string', enum: ['junior', 'senior'] }
	}
};

const JOB_TEXT =
	'We need a data engineer who builds reliable pipelines in Python. You will own our Airflow deployment. Experience with PostgreSQL tuning is a plus.';

function jsonRequest(): LlmRequest {
	return {
		model: MODEL,
		messages: [
			{ role: 'system', content: 'Answer with JSON only.' },
			{ role: 'user', content: JOB_TEXT }
		],
		temperature: 0.2,
		maxTokens: 400,
		jsonSchema: { name: 'summary', schema: SCHEMA }
	};
}

function textRequest(model = MODEL): LlmRequest {
	return {
		model,
		messages: [{ role: 'user', content: JOB_TEXT }],
		temperature: 0.2,
		maxTokens: 300
	};
}

let mock: MockGroq;

function client(apiKey = mock.apiKey, timeoutMs = 2000): GroqLlmClient {
	return new GroqLlmClient({ connection: () => ({ apiKey, baseURL: mock.url }), timeoutMs });
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(LlmError);
	return error as LlmError;
}

function expectNoKey(error: LlmError, key: string): void {
	const exposed = [error.message, error.action, String(error), JSON.stringify(error)].join('\n');
	expect(exposed).not.toContain(key);
}

beforeAll(async () => {
	mock = await startMockGroq();
});
afterAll(async () => {
	await mock.close();
});
beforeEach(() => mock.reset());

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

describe('reasoning effort and cut-off answers', () => {
	let other: MockGroq;
	const PLAIN_MODEL = 'meta-llama/llama-4-scout-17b-16e-instruct';
	beforeAll(async () => {
		other = await startMockGroq({
			limits: {
				[MODEL]: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 },
				[PLAIN_MODEL]: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 }
			},
			// gpt-oss thinks 300 tokens on every call, whatever room it was given.
			reasoning: () => 300
		});
	});
	afterAll(async () => {
		await other.close();
	});
	const otherClient = () =>
		new GroqLlmClient({ connection: () => ({ apiKey: other.apiKey, baseURL: other.url }) });
	const sentBodies = () =>
		other.requests
			.filter((request) => request.method === 'POST')
			.map((request) => request.body as Record<string, unknown>);

	it('sends reasoning_effort to a model that takes it and never to one that does not', async () => {
		other.reset();
		const roomy = (model: string) => ({ ...textRequest(model), maxTokens: 1000 });
		await otherClient().complete({ ...roomy(MODEL), reasoningEffort: 'low' });
		await otherClient().complete({ ...roomy(PLAIN_MODEL), reasoningEffort: 'low' });
		await otherClient().complete(roomy(MODEL));
		const bodies = sentBodies();
		expect(bodies[0]).toMatchObject({ model: MODEL, reasoning_effort: 'low' });
		expect(bodies[1]?.model).toBe(PLAIN_MODEL);
		expect(bodies[1]).not.toHaveProperty('reasoning_effort');
		expect(bodies[2]).not.toHaveProperty('reasoning_effort');
	});

	it('reports an answer cut off at its budget, with what the attempt was given and billed', async () => {
		other.reset();
		const error = await failure(otherClient().complete({ ...jsonRequest(), maxTokens: 320 }));
		expect(error.kind).toBe('invalid_output');
		expect(error.cutOff).toEqual({ maxTokens: 320, completionTokens: 320 });
		expect(error.message).toMatch(/cut off.*320 tokens/);
		// The same request with room for thinking and answer comes back whole.
		await expect(
			otherClient().complete({ ...jsonRequest(), maxTokens: 640 })
		).resolves.toMatchObject({ finishReason: 'stop' });
	});
});

describe('every fault the mock can inject', () => {
	const expected: Record<
		MockFaultKind,
		{
			fault: MockFault;
			kind?: LlmErrorKind;
			message?: RegExp;
			check?: (text: string, reasoning?: string) => void;
		}
	> = {
		rate_limit: { fault: { kind: 'rate_limit', retryAfterSeconds: 3 }, kind: 'rate_limit' },
		day_limit: {
			fault: { kind: 'day_limit' },
			kind: 'day_limit',
			message: /allowance of requests.*used up/
		},
		server_error: { fault: { kind: 'server_error' }, kind: 'server' },
		unavailable: { fault: { kind: 'unavailable' }, kind: 'server' },
		too_large: { fault: { kind: 'too_large' }, kind: 'too_large', message: /needs 8294 tokens/ },
		model_not_found: {
			fault: { kind: 'model_not_found' },
			kind: 'model_unavailable',
			message: /does not exist/
		},
		model_decommissioned: {
			fault: { kind: 'model_decommissioned' },
			kind: 'model_unavailable',
			message: /retired/
		},
		unauthorized: { fault: { kind: 'unauthorized' }, kind: 'auth', message: /refused the API key/ },
		json_validate_failed: {
			fault: { kind: 'json_validate_failed' },
			kind: 'invalid_output',
			message: /JSON that Groq itself rejected/
		},
		hang: { fault: { kind: 'hang' }, kind: 'timeout', message: /too long/ },
		drop: { fault: { kind: 'drop' }, kind: 'network', message: /broke off/ },
		// The SDK's own timeout ends when the headers arrive; the client's covers the body too.
		stall: { fault: { kind: 'stall' }, kind: 'timeout', message: /too long/ },
		malformed_json: {
			fault: { kind: 'malformed_json' },
			kind: 'server',
			message: /could not read/
		},
		empty_content: {
			fault: { kind: 'empty_content' },
			kind: 'invalid_output',
			message: /empty answer/
		},
		think: {
			fault: { kind: 'think' },
			check: (text, reasoning) => {
				expect(text).not.toContain('<think>');
				expect(JSON.parse(text)).toHaveProperty('summary');
				expect(reasoning).toContain('Let me reuse their words.');
			}
		},
		code_fence: {
			fault: { kind: 'code_fence' },
			check: (text) => {
				expect(text.startsWith('{')).toBe(true);
				expect(checkJsonSchema(JSON.parse(text), SCHEMA)).toEqual([]);
			}
		},
		schema_violation: {
			fault: { kind: 'schema_violation' },
			kind: 'invalid_output',
			message: /does not follow the requested shape: \$\.summary: missing/
		},
		length: { fault: { kind: 'length' }, kind: 'invalid_output', message: /cut off.*400 tokens/ }
	};

	it('covers every fault kind', () => {
		expect(Object.keys(expected).sort()).toEqual([...ALL_FAULT_KINDS].sort());
	});

	for (const [name, { fault, kind, message, check }] of Object.entries(expected)) {
		it(`${name} → ${kind ?? 'a clean answer'}`, async () => {
			mock.injectFaults(fault);
			const call = client(mock.apiKey, 400).complete(jsonRequest());
			if (check) {
				const result = await call;
				check(result.text, result.reasoning);
				return;
			}
			const error = await failure(call);
			expect(error.kind).toBe(kind);
			if (message) expect(error.message).toMatch(message);
			expectNoKey(error, mock.apiKey);
			if (name === 'rate_limit') {
				expect(error.retryAfterMs).toBe(3000);
				expect(error.limit).toBe('requests');
			}
			if (name === 'day_limit') {
				expect(error.resetAt).toBeGreaterThan(Date.now() + 2 * 3_600_000);
				expect(error.retryable).toBe(false);
			}
		});
	}

	it('tells a token-limit 429 from a request-limit one', async () => {
		mock.injectFaults({ kind: 'rate_limit', limit: 'tokens', retryAfterSeconds: 5 });
		const error = await failure(client().complete(textRequest()));
		expect(error).toMatchObject({ kind: 'rate_limit', limit: 'tokens', retryAfterMs: 5000 });
		expect(error.rateLimit).toMatchObject({ remainingTokens: 0, resetTokensMs: 5000 });
	});

	it('serves the next request normally once a fault is consumed', async () => {
		mock.injectFaults({ kind: 'server_error' });
		await failure(client().complete(textRequest()));
		await expect(client().complete(textRequest())).resolves.toMatchObject({ fromCache: false });
		expect(mock.requests.map((request) => request.fault)).toEqual(['server_error', undefined]);
	});
});

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
