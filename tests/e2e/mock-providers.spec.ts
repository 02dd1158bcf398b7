/**
 * The mock providers as Chromium sees them from the built app, so specs written against them
 * test what a person's browser would do: Ollama's refusal of a page is a bare network error to
 * the page (yet a no-cors probe still reaches the server, which tells "refused" from "not
 * running"), and the OpenAI mode's Bearer preflight and per-minute limit headers work in a page.
 */
import { expect, test } from '@playwright/test';
import { startMockOllama, type MockOllama } from '../mock-groq/ollama-mode';
import { startMockOpenAi, type MockOpenAi } from '../mock-groq/openai-mode';

let ollama: MockOllama;
let openai: MockOpenAi;

test.beforeAll(async () => {
	ollama = await startMockOllama({ pace: { firstTokenMs: 0 } });
	openai = await startMockOpenAi();
});
test.afterAll(async () => {
	await ollama.close();
	await openai.close();
});
test.beforeEach(() => {
	ollama.reset();
	ollama.refuseCors(false);
});

/** From the page: a JSON chat call, a simple GET, and a no-cors probe of the server's root. */
function probe(page: import('@playwright/test').Page, base: string) {
	return page.evaluate(async (url) => {
		const outcome = (promise: Promise<Response>) =>
			promise.then(
				(response) => (response.type === 'opaque' ? 'opaque' : String(response.status)),
				(error: unknown) => (error instanceof TypeError ? 'TypeError' : 'other error')
			);
		return {
			chat: await outcome(
				fetch(`${url}/v1/chat/completions`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						model: 'llama3.1:8b',
						messages: [{ role: 'user', content: 'Say hello.' }]
					})
				})
			),
			models: await outcome(fetch(`${url}/v1/models`)),
			noCors: await outcome(fetch(`${url}/`, { mode: 'no-cors' }))
		};
	}, base);
}

test('an Ollama that refuses the page, one that allows it, and one that is not running', async ({
	page
}) => {
	await page.goto('./');

	expect(await probe(page, ollama.url)).toEqual({ chat: '200', models: '200', noCors: 'opaque' });

	ollama.refuseCors(true);
	const before = ollama.requests.length;
	// The page learns nothing but "Failed to fetch"; the server is there all the same.
	expect(await probe(page, ollama.url)).toEqual({
		chat: 'TypeError',
		models: 'TypeError',
		noCors: 'opaque'
	});
	// Every CORS request got the bare 403 (the no-cors probe carries no Origin to refuse).
	const refused = ollama.requests.slice(before).filter((request) => request.path !== '/');
	expect(refused.length).toBeGreaterThanOrEqual(2);
	expect(refused.map((request) => request.status)).toEqual(refused.map(() => 403));

	await ollama.down();
	try {
		expect(await probe(page, ollama.url)).toEqual({
			chat: 'TypeError',
			models: 'TypeError',
			noCors: 'TypeError'
		});
	} finally {
		await ollama.up();
	}
});

test('the OpenAI mode passes a Bearer preflight and lets the page read its minute limits', async ({
	page
}) => {
	await page.goto('./');
	const result = await page.evaluate(
		async ({ base, key }) => {
			const response = await fetch(`${base}/models`, {
				headers: { authorization: `Bearer ${key}` }
			});
			return {
				status: response.status,
				limit: response.headers.get('x-ratelimit-limit-requests'),
				wrongKey: (await fetch(`${base}/models`, { headers: { authorization: 'Bearer sk-nope' } }))
					.status
			};
		},
		{ base: openai.baseUrl, key: openai.apiKey }
	);
	expect(result).toEqual({ status: 200, limit: null, wrongKey: 401 });

	const chat = await page.evaluate(
		async ({ base, key }) => {
			const response = await fetch(`${base}/chat/completions`, {
				method: 'POST',
				headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
				body: JSON.stringify({
					model: 'gpt-4.1-mini',
					messages: [{ role: 'user', content: 'Say hello.' }]
				})
			});
			return {
				status: response.status,
				limit: response.headers.get('x-ratelimit-limit-requests'),
				remaining: response.headers.get('x-ratelimit-remaining-requests')
			};
		},
		{ base: openai.baseUrl, key: openai.apiKey }
	);
	expect(chat).toEqual({ status: 200, limit: '500', remaining: '499' });
});
