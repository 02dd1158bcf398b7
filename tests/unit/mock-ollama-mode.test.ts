/**
 * The mock's Ollama-style mode answers as Ollama's OpenAI-compatible layer does: no key, no limit
 * headers, Ollama's error bodies, one request at a time, and Ollama's CORS, including the bare 403
 * a site outside OLLAMA_ORIGINS gets. Over real HTTP on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockOllama, type MockOllama } from '../mock-groq/ollama-mode';

let ollama: MockOllama;

beforeAll(async () => {
	ollama = await startMockOllama({ pace: { firstTokenMs: 0, chunkIntervalMs: 1 } });
});
afterAll(() => ollama.close());
beforeEach(() => {
	ollama.reset();
	ollama.refuseCors(false);
});

const SCHEMA = {
	type: 'object',
	properties: {
		headline: { type: 'string' },
		bullets: { type: 'array', items: { type: 'string' } }
	},
	required: ['headline', 'bullets']
};

function chat(body: Record<string, unknown>, headers: Record<string, string> = {}, mock = ollama) {
	return fetch(`${mock.baseUrl}/chat/completions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify({
			model: 'llama3.1:8b',
			messages: [{ role: 'user', content: 'Led the migration of billing to a new platform.' }],
			...body
		})
	});
}

describe('mock Ollama: answers', () => {
	it('answers without a key, ignores any Authorization, and sends no limit headers', async () => {
		const bare = await chat({});
		const withKey = await chat({}, { authorization: 'Bearer anything-at-all' });
		expect(bare.status).toBe(200);
		expect(withKey.status).toBe(200);
		const body = await bare.json();
		expect(body.system_fingerprint).toBe('fp_ollama');
		expect(body.choices[0].message.content).toBe((await withKey.json()).choices[0].message.content);
		expect([...bare.headers.keys()].filter((name) => name.includes('ratelimit'))).toEqual([]);
	});

	it('lists the pulled models', async () => {
		const body = await (await fetch(`${ollama.baseUrl}/models`)).json();
		expect(body.data).toEqual([
			expect.objectContaining({ id: 'llama3.1:8b', owned_by: 'library' }),
			expect.objectContaining({ id: 'qwen3:8b', owned_by: 'library' })
		]);
	});

	it('shapes the answer to a json_schema, or writes free text when told to ignore it', async () => {
		const format = { type: 'json_schema', json_schema: { name: 'item', schema: SCHEMA } };
		const shaped = await (await chat({ response_format: format })).json();
		expect(Object.keys(JSON.parse(shaped.choices[0].message.content))).toEqual([
			'headline',
			'bullets'
		]);
		const old = await startMockOllama({ jsonSchema: 'ignore', pace: { firstTokenMs: 0 } });
		try {
			const free = await (await chat({ response_format: format }, {}, old)).json();
			expect(() => JSON.parse(free.choices[0].message.content)).toThrow();
		} finally {
			await old.close();
		}
	});

	it('in JSON mode, answers in the shape of a schema the prompt spells out', async () => {
		const system = `You write CVs.\n\nAnswer with one JSON object only, no other text, that follows this JSON schema:\n${JSON.stringify(SCHEMA)}`;
		const messages = [
			{ role: 'system', content: system },
			{ role: 'user', content: 'Led the migration of billing to a new platform.' }
		];
		const shaped = await (
			await chat({ messages, response_format: { type: 'json_object' } })
		).json();
		const answer = JSON.parse(shaped.choices[0].message.content);
		expect(Object.keys(answer)).toEqual(['headline', 'bullets']);
		expect(answer.headline).toContain('Led the migration of billing');
		const unshaped = await (await chat({ response_format: { type: 'json_object' } })).json();
		expect(typeof JSON.parse(unshaped.choices[0].message.content)).toBe('object');
	});

	it('cuts a prompt longer than the context window from the start, without a word', async () => {
		const small = await startMockOllama({ contextTokens: 60, pace: { firstTokenMs: 0 } });
		try {
			const start = 'Founded the billing team and hired its first five engineers.';
			const end = 'Most recently moved the payment service to a new cloud provider.';
			const content = [start, ...Array(20).fill('Kept the lights on for the platform.'), end];
			const body = { messages: [{ role: 'user', content: content.join('\n') }] };
			const answer = await (await chat(body, {}, small)).json();
			expect(answer.usage.prompt_tokens).toBe(60);
			expect(answer.choices[0].message.content).not.toContain('Founded the billing team');
			const whole = await (await chat(body)).json();
			expect(whole.usage.prompt_tokens).toBeGreaterThan(60);
			expect(whole.choices[0].message.content).toContain('Founded the billing team');
		} finally {
			await small.close();
		}
	});

	it('reads max_tokens but not max_completion_tokens', async () => {
		const ignored = await (await chat({ max_completion_tokens: 3 })).json();
		expect(ignored.choices[0].finish_reason).toBe('stop');
		const capped = await (await chat({ max_tokens: 3 })).json();
		expect(capped.choices[0].finish_reason).toBe('length');
		expect(capped.usage.completion_tokens).toBe(3);
	});

	it('streams the answer in several chunks when asked', async () => {
		const plain = await (await chat({})).json();
		const events = (await (await chat({ stream: true })).text())
			.split('\n\n')
			.filter((line) => line.startsWith('data: '))
			.map((line) => line.slice(6));
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.map((chunk) => chunk.choices[0].delta.content ?? '').join('')).toBe(
			plain.choices[0].message.content
		);
	});

	it('runs one request at a time: a short question waits for a long answer', async () => {
		ollama.addResponder((request) =>
			request.messages[0]?.content === 'long' ? 'word '.repeat(400) : 'short'
		);
		const finished: string[] = [];
		const ask = (content: string) =>
			chat({ messages: [{ role: 'user', content }] })
				.then((response) => response.json())
				.then(() => finished.push(content));
		const long = ask('long');
		// The short question arrives while the long answer is being written.
		await vi.waitFor(() => expect(ollama.requests).toHaveLength(1));
		await Promise.all([long, ask('short')]);
		expect(finished).toEqual(['long', 'short']);
	});
});

describe('mock Ollama: errors and refusals', () => {
	it('answers a model never pulled as Ollama does', async () => {
		const response = await chat({ model: 'mistral:7b' });
		expect(response.status).toBe(404);
		expect((await response.json()).error).toEqual({
			message: 'model "mistral:7b" not found, try pulling it first',
			type: 'api_error',
			param: null,
			code: null
		});
	});

	it('refuses reasoning_effort for a model that does not think', async () => {
		const response = await chat({ reasoning_effort: 'low' });
		expect(response.status).toBe(400);
		expect((await response.json()).error.message).toBe('"llama3.1:8b" does not support thinking');
		expect((await chat({ model: 'qwen3:8b', reasoning_effort: 'low' })).status).toBe(200);
	});

	const preflight = (origin: string) =>
		fetch(`${ollama.baseUrl}/chat/completions`, {
			method: 'OPTIONS',
			headers: {
				origin,
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type'
			}
		});

	it('lets a local page through and refuses another site with a bare 403', async () => {
		const local = await preflight('http://127.0.0.1:4320');
		expect(local.status).toBe(204);
		expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4320');
		const hosted = await preflight('https://someone.github.io');
		expect(hosted.status).toBe(403);
		expect(hosted.headers.get('access-control-allow-origin')).toBeNull();
		expect(await hosted.text()).toBe('');
	});

	it('refuses every browser request while the switch is on, and only then', async () => {
		ollama.refuseCors(true);
		expect((await preflight('http://127.0.0.1:4320')).status).toBe(403);
		const simple = await fetch(`${ollama.baseUrl}/models`, {
			headers: { origin: 'http://127.0.0.1:4320' }
		});
		expect(simple.status).toBe(403);
		expect((await fetch(`${ollama.baseUrl}/models`)).status).toBe(200);
		ollama.refuseCors(false);
		expect((await preflight('http://127.0.0.1:4320')).status).toBe(204);
		expect(ollama.requests.filter((request) => request.status === 403)).toHaveLength(2);
	});

	it('refuses connections while down and answers again once up', async () => {
		await ollama.down();
		await expect(fetch(`${ollama.baseUrl}/models`)).rejects.toThrow();
		await ollama.up();
		expect((await fetch(`${ollama.baseUrl}/models`)).status).toBe(200);
		expect(await (await fetch(ollama.url)).text()).toBe('Ollama is running');
	});
});
