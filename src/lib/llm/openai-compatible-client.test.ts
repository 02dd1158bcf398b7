/**
 * The OpenAI-compatible fetch client against a recording fake fetch: what it sends for each
 * provider's dialect, and how every failure becomes the same LlmError the rest of the app knows.
 */
import { describe, expect, it } from 'vitest';
import type { LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import { OpenAiCompatibleClient } from './openai-compatible-client';
import { PROVIDER_PRESETS, structuredOutputFor, type ProviderId } from './provider-presets';
import { completion, fakeFetch, json } from './testing/fake-fetch';

const KEY = 'sk-test-secret-key-000';
const SCHEMA = {
	name: 'answer',
	schema: {
		type: 'object',
		additionalProperties: false,
		required: ['bullets'],
		properties: { bullets: { type: 'array', items: { type: 'string' } } }
	}
};

function client(
	provider: ProviderId,
	fetch: typeof globalThis.fetch,
	apiKey: string | undefined = KEY,
	baseURL = PROVIDER_PRESETS[provider].baseUrl || 'http://127.0.0.1:9000/v1'
) {
	const preset = PROVIDER_PRESETS[provider];
	return new OpenAiCompatibleClient({
		connection: () => ({
			preset,
			apiKey,
			baseURL,
			structuredOutput: (model) => structuredOutputFor(preset, model)
		}),
		fetch,
		online: () => true
	});
}

function request(overrides: Partial<LlmRequest> = {}): LlmRequest {
	return {
		model: 'gpt-4.1-mini',
		messages: [
			{ role: 'system', content: 'You write CV bullets.' },
			{ role: 'user', content: 'Role: data engineer' }
		],
		temperature: 0.4,
		maxTokens: 300,
		...overrides
	};
}

describe('OpenAiCompatibleClient: what it sends', () => {
	it('posts to {base}/chat/completions with only a bearer key and content type, and a strict schema where the provider takes one', async () => {
		const { sent, fetch } = fakeFetch(() => json(completion('{"bullets":["Built pipelines"]}')));
		const result = await client('openai', fetch).complete(request({ jsonSchema: SCHEMA }));
		expect(result.text).toBe('{"bullets":["Built pipelines"]}');
		expect(sent[0]?.url).toBe('https://api.openai.com/v1/chat/completions');
		expect(sent[0]?.headers).toEqual({
			authorization: `Bearer ${KEY}`,
			'content-type': 'application/json'
		});
		expect(sent[0]?.body).toMatchObject({
			max_completion_tokens: 300,
			response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true } }
		});
		expect(sent[0]?.body).not.toHaveProperty('max_tokens');
		expect(sent[0]?.body).not.toHaveProperty('reasoning_effort');
	});

	it('asks a JSON-mode provider for a JSON object with the schema in the first system message, and checks the shape itself', async () => {
		const { sent, fetch } = fakeFetch(() => json(completion('{"bullets":"not a list"}')));
		const error = await client('gemini', fetch)
			.complete(request({ model: 'gemini-2.5-flash', jsonSchema: SCHEMA }))
			.catch((caught: unknown) => caught);
		expect(sent[0]?.body).toMatchObject({
			max_tokens: 300,
			response_format: { type: 'json_object' }
		});
		const messages = sent[0]?.body?.messages as Array<{ role: string; content: string }>;
		expect(messages).toHaveLength(2);
		expect(messages[0]?.content).toMatch(
			/^You write CV bullets\.[\s\S]*JSON schema:\n\{"type":"object"/
		);
		expect(error).toBeInstanceOf(LlmError);
		expect(error).toMatchObject({ kind: 'invalid_output' });
	});

	it('sends no response_format in text mode, and no key to a local server that has none', async () => {
		const { sent, fetch } = fakeFetch(() => json(completion('{"bullets":["a"]}')));
		const preset = PROVIDER_PRESETS.ollama;
		const local = new OpenAiCompatibleClient({
			connection: () => ({
				preset,
				baseURL: preset.baseUrl,
				structuredOutput: () => 'text'
			}),
			fetch
		});
		await local.complete(request({ model: 'llama3.1:8b', jsonObject: true }));
		expect(sent[0]?.url).toBe('http://localhost:11434/v1/chat/completions');
		expect(sent[0]?.headers).toEqual({ 'content-type': 'application/json' });
		expect(sent[0]?.body).not.toHaveProperty('response_format');
	});

	it('sends reasoning_effort only to a model that takes it', async () => {
		const { sent, fetch } = fakeFetch(() => json(completion('done')));
		const openai = client('openai', fetch);
		await openai.complete(request({ model: 'gpt-5-mini', reasoningEffort: 'low' }));
		await openai.complete(request({ model: 'gpt-4.1-mini', reasoningEffort: 'low' }));
		expect(sent[0]?.body).toMatchObject({ reasoning_effort: 'low' });
		expect(sent[1]?.body).not.toHaveProperty('reasoning_effort');
	});

	it('runs one request at a time against a local server', async () => {
		let release: () => void = () => undefined;
		const { sent, fetch } = fakeFetch(
			() => new Promise<Response>((resolve) => (release = () => resolve(json(completion('ok')))))
		);
		const local = client('ollama', fetch, undefined);
		const first = local.complete(request({ model: 'llama3.1:8b' }));
		const second = local.complete(request({ model: 'llama3.1:8b' }));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(sent).toHaveLength(1);
		release();
		await first;
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(sent).toHaveLength(2);
		release();
		await expect(second).resolves.toMatchObject({ text: 'ok' });
	});

	it('needs no network call to refuse a missing key where the provider requires one', async () => {
		const { sent, fetch } = fakeFetch(() => json(completion('x')));
		await expect(client('mistral', fetch, '').complete(request())).rejects.toMatchObject({
			kind: 'no_key',
			message: 'No Mistral API key is set.'
		});
		expect(sent).toHaveLength(0);
	});
});

describe('OpenAiCompatibleClient: failures as LlmErrors', () => {
	async function failure(
		provider: ProviderId,
		response: () => Response | Promise<Response>
	): Promise<LlmError> {
		const { fetch } = fakeFetch(response);
		try {
			await client(provider, fetch).complete(request());
		} catch (error) {
			if (error instanceof LlmError) return error;
			throw error;
		}
		throw new Error('expected the call to fail');
	}

	it('a wrong key is an auth error naming the provider, never carrying the key', async () => {
		const error = await failure('openai', () =>
			json(
				{ error: { message: `Incorrect API key provided: ${KEY}`, code: 'invalid_api_key' } },
				401
			)
		);
		expect(error).toMatchObject({ kind: 'auth', status: 401 });
		expect(error.message).toBe('OpenAI refused the API key (it may be mistyped or revoked).');
		expect(JSON.stringify({ message: error.message, action: error.action })).not.toContain(KEY);
	});

	it('an unknown model is model_unavailable, and a 429 waits as the server asks', async () => {
		const missing = await failure('openai', () =>
			json({ error: { message: 'The model does not exist', code: 'model_not_found' } }, 404)
		);
		expect(missing).toMatchObject({ kind: 'model_unavailable' });
		expect(missing.message).toMatch(/does not exist on OpenAI/);
		const busy = await failure('openai', () =>
			json({ error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, 429, {
				'retry-after': '3'
			})
		);
		expect(busy).toMatchObject({ kind: 'rate_limit', retryAfterMs: 3000, retryable: true });
	});

	it('an account without credit is not retried', async () => {
		const error = await failure('openai', () =>
			json(
				{ error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } },
				429
			)
		);
		expect(error).toMatchObject({ kind: 'day_limit', retryable: false });
		expect(error.message).toMatch(/OpenAI says this account has no credit or quota left/);
	});

	it("reads Gemini's error array and Mistral's detail", async () => {
		const gemini = await failure('gemini', () =>
			json(
				[{ error: { code: 400, message: 'Invalid JSON payload', status: 'INVALID_ARGUMENT' } }],
				400
			)
		);
		expect(gemini.message).toBe(
			'Google Gemini could not process this request (400). Google Gemini said: “Invalid JSON payload”'
		);
		const mistral = await failure('mistral', () => json({ detail: 'Unauthorized' }, 403));
		expect(mistral).toMatchObject({ kind: 'auth' });
		expect(mistral.message).toMatch(/Mistral said: “Unauthorized”/);
	});

	it('no server is a network error naming the host; a half-read body broke off', async () => {
		const down = await failure('ollama', () => Promise.reject(new TypeError('Failed to fetch')));
		expect(down).toMatchObject({ kind: 'network', retryable: true });
		expect(down.message).toMatch(/^Could not reach localhost:11434\./);
		const broken = await failure(
			'openai',
			() =>
				({
					ok: true,
					status: 200,
					headers: new Headers(),
					text: () => Promise.reject(new TypeError('terminated'))
				}) as unknown as Response
		);
		expect(broken.message).toBe('The connection to OpenAI broke off before the answer arrived.');
	});

	it('a cancelled call is aborted, not a network problem', async () => {
		const controller = new AbortController();
		controller.abort();
		const { fetch } = fakeFetch(() => json(completion('x')));
		await expect(
			client('openai', fetch).complete(request(), { signal: controller.signal })
		).rejects.toMatchObject({ kind: 'aborted' });
	});

	it("reads OpenAI's request headers as the minute's, not the day's", async () => {
		const { fetch } = fakeFetch(() =>
			json(completion('ok'), 200, {
				'x-ratelimit-limit-requests': '500',
				'x-ratelimit-remaining-requests': '499',
				'x-ratelimit-reset-requests': '120ms'
			})
		);
		const result = await client('openai', fetch).complete(request());
		expect(result.rateLimit).toEqual({
			requestsPerMinute: 500,
			remainingRequestsThisMinute: 499,
			resetRequestsMinuteMs: 120
		});
	});
});

describe('OpenAiCompatibleClient.listModels', () => {
	it("lists the server's models by id, without Gemini's models/ prefix", async () => {
		const { sent, fetch } = fakeFetch(() =>
			json({ data: [{ id: 'models/gemini-2.5-flash' }, { id: 'models/gemini-2.5-flash-lite' }] })
		);
		const models = await client('gemini', fetch).listModels();
		expect(models.map((model) => model.id)).toEqual(['gemini-2.5-flash', 'gemini-2.5-flash-lite']);
		expect(sent[0]?.url).toBe('https://generativelanguage.googleapis.com/v1beta/openai/models');
		expect(sent[0]?.headers).toEqual({ authorization: `Bearer ${KEY}` });
	});

	it('says so when the address answers with something that is not a model list', async () => {
		const { fetch } = fakeFetch(() => new Response('<html>hello</html>', { status: 200 }));
		await expect(client('custom', fetch).listModels()).rejects.toMatchObject({ kind: 'server' });
	});
});
