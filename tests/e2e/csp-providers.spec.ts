/**
 * The content security policy of the built app: every page names exactly the preset providers
 * and local servers in connect-src, and Chromium enforces it — the page may reach each provider
 * and a server on this computer, and nothing else (a look-alike host, a server on the LAN).
 * Provider hosts are answered by Playwright's router: a request the policy blocks never gets
 * that far.
 */
import { expect, test } from '@playwright/test';
import { startMockOllama, type MockOllama } from '../mock-groq/ollama-mode';

const PROVIDERS = [
	'https://api.groq.com',
	'https://api.openai.com',
	'https://openrouter.ai',
	'https://api.mistral.ai',
	'https://generativelanguage.googleapis.com'
];
const LOCAL = ['http://localhost:*', 'http://127.0.0.1:*'];

let ollama: MockOllama;
test.beforeAll(async () => {
	ollama = await startMockOllama({ pace: { firstTokenMs: 0 } });
});
test.afterAll(() => ollama.close());

function connectSrc(html: string): string[] {
	const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	const directive = policy.split(';').find((part) => part.trim().startsWith('connect-src'));
	return directive?.trim().split(/\s+/).slice(1) ?? [];
}

test('every built page allows the preset providers and local servers, and no other origin', async ({
	request
}) => {
	for (const page of ['./', './settings', './session', './200.html']) {
		const html = await (await request.get(page)).text();
		expect(connectSrc(html), page).toEqual(["'self'", ...PROVIDERS, ...LOCAL]);
	}
});

test('Chromium lets the page reach each provider and a local server, and blocks the rest', async ({
	page
}) => {
	await page.route(/^https:\/\//, (route) =>
		route.fulfill({
			status: 200,
			headers: { 'access-control-allow-origin': '*' },
			contentType: 'application/json',
			body: '{"object":"list","data":[]}'
		})
	);
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI}`
			);
		});
	});
	await page.goto('./');

	const outcomes = await page.evaluate(
		async (urls) => {
			const results: Record<string, string> = {};
			for (const url of urls) {
				try {
					results[url] = String((await fetch(url)).status);
				} catch {
					results[url] = 'blocked';
				}
			}
			return results;
		},
		[
			...PROVIDERS.map((origin) => `${origin}/v1/models`),
			`http://127.0.0.1:${ollama.port}/v1/models`,
			`http://localhost:${ollama.port}/v1/models`,
			'https://api.groq.com.evil.example/v1/models',
			'http://192.168.1.20:11434/v1/models'
		]
	);

	expect(outcomes).toEqual({
		...Object.fromEntries(PROVIDERS.map((origin) => [`${origin}/v1/models`, '200'])),
		[`http://127.0.0.1:${ollama.port}/v1/models`]: '200',
		[`http://localhost:${ollama.port}/v1/models`]: '200',
		'https://api.groq.com.evil.example/v1/models': 'blocked',
		'http://192.168.1.20:11434/v1/models': 'blocked'
	});
	// Blocked by the policy, not by the network: Chromium says so for each.
	await expect.poll(() => violations.length).toBe(2);
	expect(violations.sort()).toEqual([
		'connect-src http://192.168.1.20:11434/v1/models',
		'connect-src https://api.groq.com.evil.example/v1/models'
	]);
});
