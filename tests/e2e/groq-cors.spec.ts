/**
 * The real groq-sdk in the built app, in Chromium, against the mock Groq server's strict CORS:
 * the preflight may ask for nothing but `authorization` and `content-type`, exactly as a browser
 * app must manage with api.groq.com. Testing a key is the first call a user makes.
 */
import { expect, test } from '@playwright/test';
import { startMockGroq, type MockGroq } from '../mock-groq/server';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq();
});
test.afterAll(async () => {
	await mock.close();
});
test.beforeEach(() => mock.reset());

async function enterConnection(page: import('@playwright/test').Page, key: string) {
	await page.goto('/settings');
	await page.getByRole('textbox', { name: 'Groq API key' }).fill(key);
	await page.getByRole('textbox', { name: 'Base URL' }).fill(mock.url);
	await page.getByRole('button', { name: 'Save address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Base URL set to' })).toBeVisible();
}

test('a valid key passes the strict CORS preflight and lists the live models', async ({ page }) => {
	await enterConnection(page, mock.apiKey);
	await page.getByRole('button', { name: 'Test connection' }).click();

	await expect(page.getByText('The key works. 3 models are available to it.')).toBeVisible();
	const models = page.getByRole('list', { name: 'Models available to this key' });
	await expect(models.getByRole('listitem')).toHaveText([
		'openai/gpt-oss-120b',
		'openai/gpt-oss-20b',
		'qwen/qwen3.8-27b'
	]);

	const preflight = mock.requests.find((request) => request.method === 'OPTIONS');
	expect(preflight?.status).toBe(204);
	expect(preflight?.headers['access-control-request-headers']).toBe('authorization');
	const listing = mock.requests.find((request) => request.method === 'GET');
	expect(listing?.path).toBe('/openai/v1/models');
	expect(listing?.status).toBe(200);
	expect(
		Object.keys(listing?.headers ?? {}).filter((name) => name.startsWith('x-stainless'))
	).toEqual([]);
});

test('a wrong key gets the rejected-key message, not a network error', async ({ page }) => {
	await enterConnection(page, 'gsk_this_key_is_wrong_000');
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText(/Groq rejected this key \(401\)/)).toBeVisible();
	await expect(page.getByText('gsk_this_key_is_wrong_000')).toHaveCount(0);
});

test('an unreachable address gets its own message', async ({ page }) => {
	await page.goto('/settings');
	await page.getByRole('textbox', { name: 'Groq API key' }).fill(mock.apiKey);
	await page.getByRole('textbox', { name: 'Base URL' }).fill('http://127.0.0.1:9');
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText(/Could not reach 127\.0\.0\.1:9/)).toBeVisible();
});

test('a remembered key survives a reload; "Forget key" removes it', async ({ page }) => {
	await enterConnection(page, mock.apiKey);
	await page.getByLabel('Remember on this device').check();
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByText('Key saved on this device.')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Groq API key' })).toHaveValue(mock.apiKey);
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText('The key works.', { exact: false })).toBeVisible();

	await page.getByRole('button', { name: 'Forget key' }).click();
	await expect(page.getByText('Key forgotten on this device and in this tab.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Groq API key' })).toHaveValue('');
});
