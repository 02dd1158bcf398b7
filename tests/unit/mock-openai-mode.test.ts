/**
 * The mock's OpenAI-style mode speaks OpenAI's wire format: what the app's OpenAI-compatible
 * adapter and its e2e specs rely on. Over real HTTP on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockOpenAi, type ErrorDialect, type MockOpenAi } from '../mock-groq/openai-mode';

let openai: MockOpenAi;

beforeAll(async () => {
	openai = await startMockOpenAi({
		models: { 'gpt-4.1-mini': { rpm: 3, tpm: 100_000 }, 'gpt-5-mini': { rpm: 100, tpm: 100_000 } }
	});
});
afterAll(() => openai.close());
beforeEach(() => openai.reset());

const SCHEMA = {
	type: 'object',
	properties: {
		headline: { type: 'string' },
		bullets: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 3 }
	},
	required: ['headline', 'bullets'],
	additionalProperties: false
};

function chat(body: Record<string, unknown>, key: string | null = openai.apiKey) {
	return fetch(`${openai.baseUrl}/chat/completions`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			...(key === null ? {} : { authorization: `Bearer ${key}` })
		},
		body: JSON.stringify({
			model: 'gpt-4.1-mini',
			messages: [{ role: 'user', content: 'Led the migration of billing to a new platform.' }],
			...body
		})
	});
}

const strictFormat = (schema: unknown) => ({
	type: 'json_schema',
	json_schema: { name: 'cv_item', strict: true, schema }
});

describe('mock OpenAI: answers', () => {
	it('answers under /v1 with a strict schema followed and per-minute limit headers', async () => {
		const response = await chat({ response_format: strictFormat(SCHEMA) });
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.object).toBe('chat.completion');
		const answer = JSON.parse(body.choices[0].message.content);
		expect(Object.keys(answer)).toEqual(['headline', 'bullets']);
		expect(answer.bullets.length).toBeGreaterThanOrEqual(2);
		// Per minute: the model's RPM, not a day's worth as Groq's header says.
		expect(response.headers.get('x-ratelimit-limit-requests')).toBe('3');
		expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('2');
		expect(response.headers.get('x-ratelimit-limit-tokens')).toBe('100000');
		expect(response.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+(?:\.\d+)?s$/);
		expect(response.headers.get('access-control-expose-headers')).toContain(
			'x-ratelimit-remaining-tokens'
		);
	});

	it('lists its models the way OpenAI does', async () => {
		const response = await fetch(`${openai.baseUrl}/models`, {
			headers: { authorization: `Bearer ${openai.apiKey}` }
		});
		const body = await response.json();
		expect(body.object).toBe('list');
		expect(body.data.map((model: { id: string }) => model.id)).toEqual([
			'gpt-4.1-mini',
			'gpt-5-mini'
		]);
	});

	it('streams the same answer as server-sent chunks when asked', async () => {
		const plain = await (await chat({})).json();
		const streamed = await chat({ stream: true, stream_options: { include_usage: true } });
		expect(streamed.headers.get('content-type')).toBe('text/event-stream');
		const events = (await streamed.text())
			.split('\n\n')
			.filter((line) => line.startsWith('data: '))
			.map((line) => line.slice(6));
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
		expect(text).toBe(plain.choices[0].message.content);
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.at(-1).usage.completion_tokens).toBe(plain.usage.completion_tokens);
	});
});

describe('mock OpenAI: errors in OpenAI’s shapes', () => {
	it('tells a missing key from a wrong one, and masks the wrong key', async () => {
		const missing = await chat({}, null);
		expect(missing.status).toBe(401);
		expect((await missing.json()).error).toMatchObject({ code: null, param: null });
		const wrongKey = 'sk-proj-thisKeyIsWrong0000000000001234';
		const wrong = await chat({}, wrongKey);
		expect(wrong.status).toBe(401);
		const { error } = await wrong.json();
		expect(error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });
		expect(error.message).toContain('1234');
		expect(error.message).not.toContain(wrongKey);
	});

	it('answers an unknown model with model_not_found and a Groq path with Invalid URL', async () => {
		const unknown = await chat({ model: 'gpt-9' });
		expect(unknown.status).toBe(404);
		expect((await unknown.json()).error.code).toBe('model_not_found');
		const groqPath = await fetch(`${openai.url}/openai/v1/models`);
		expect(groqPath.status).toBe(404);
		expect((await groqPath.json()).error.message).toBe('Invalid URL (GET /openai/v1/models)');
	});

	it('enforces requests per minute with a 429 that says when to retry', async () => {
		for (let index = 0; index < 3; index++) expect((await chat({})).status).toBe(200);
		const limited = await chat({});
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(limited.headers.get('x-ratelimit-remaining-requests')).toBe('0');
		const { error } = await limited.json();
		expect(error).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded', param: null });
		expect(error.message).toContain('requests per min (RPM): Limit 3, Used 3');
		expect(openai.rejections).toBe(1);
	});

	it('sends insufficient_quota as a 429 without retry-after', async () => {
		openai.injectFaults({ kind: 'insufficient_quota' });
		const response = await chat({});
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBeNull();
		expect((await response.json()).error.code).toBe('insufficient_quota');
	});

	it('refuses a strict schema that leaves a property optional or an object open', async () => {
		const open = { ...SCHEMA, additionalProperties: undefined };
		const openResponse = await chat({ response_format: strictFormat(open) });
		expect(openResponse.status).toBe(400);
		expect((await openResponse.json()).error).toMatchObject({
			param: 'response_format',
			message: expect.stringContaining("'additionalProperties' is required")
		});
		const optional = { ...SCHEMA, required: ['headline'] };
		const optionalResponse = await chat({ response_format: strictFormat(optional) });
		expect((await optionalResponse.json()).error.message).toContain("Missing 'bullets'");
		const nameless = { type: 'json_schema', json_schema: { schema: SCHEMA } };
		expect((await chat({ response_format: nameless })).status).toBe(400);
	});

	it('refuses max_tokens and temperature 0 on a reasoning model, as OpenAI does', async () => {
		const capped = await chat({ model: 'gpt-5-mini', max_tokens: 500 });
		expect(capped.status).toBe(400);
		expect((await capped.json()).error).toMatchObject({
			code: 'unsupported_parameter',
			param: 'max_tokens'
		});
		const cold = await chat({ model: 'gpt-5-mini', temperature: 0 });
		expect((await cold.json()).error.param).toBe('temperature');
		expect((await chat({ model: 'gpt-5-mini', max_completion_tokens: 500 })).status).toBe(200);
	});

	it('lets a preflight ask for authorization and content-type only', async () => {
		const preflight = (headers: string) =>
			fetch(`${openai.baseUrl}/chat/completions`, {
				method: 'OPTIONS',
				headers: {
					origin: 'https://app.example',
					'access-control-request-method': 'POST',
					'access-control-request-headers': headers
				}
			});
		const fine = await preflight('authorization,content-type');
		expect(fine.status).toBe(204);
		expect(fine.headers.get('access-control-allow-origin')).toBe('*');
		const sdk = await preflight('authorization,content-type,x-stainless-os');
		expect(sdk.status).toBe(403);
		expect(sdk.headers.get('access-control-allow-origin')).toBeNull();
	});
});

describe('mock OpenAI: other providers’ error shapes', () => {
	async function failures(dialect: ErrorDialect) {
		const other = await startMockOpenAi({ errorDialect: dialect });
		try {
			const post = (key: string, model = 'gpt-4.1-mini') =>
				fetch(`${other.baseUrl}/chat/completions`, {
					method: 'POST',
					headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
					body: JSON.stringify({
						model,
						messages: [{ role: 'user', content: 'Hello there, model.' }]
					})
				});
			const wrongKey = await post('sk-wrong-key-000000000000');
			const unknown = await post(other.apiKey, 'gpt-9');
			return {
				wrongKey: { status: wrongKey.status, body: await wrongKey.json() },
				unknown: { status: unknown.status, body: await unknown.json() }
			};
		} finally {
			await other.close();
		}
	}

	it('wraps errors in an array with a status name, as Gemini’s OpenAI layer does', async () => {
		const { unknown } = await failures('gemini');
		expect(unknown.status).toBe(404);
		expect(unknown.body).toEqual([
			{ error: { code: 404, status: 'NOT_FOUND', message: expect.stringContaining('gpt-9') } }
		]);
	});

	it('answers a bad key with a bare detail and other errors without an envelope, as Mistral', async () => {
		const { wrongKey, unknown } = await failures('mistral');
		expect(wrongKey).toEqual({ status: 401, body: { detail: 'Unauthorized' } });
		expect(unknown.body).toMatchObject({
			object: 'error',
			message: expect.stringContaining('gpt-9')
		});
	});

	it('puts a numeric code and metadata in the error, as OpenRouter', async () => {
		const { wrongKey } = await failures('openrouter');
		expect(wrongKey.body.error).toMatchObject({ code: 401, metadata: { raw: 'invalid_api_key' } });
	});
});
