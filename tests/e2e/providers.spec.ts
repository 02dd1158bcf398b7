/**
 * Other providers than Groq, in Chromium against the built app: a whole CV tailored with the
 * OpenAI-style mock and with the Ollama-style one (a model on this computer); Test connection's
 * sentences for a wrong key, an Ollama that refuses this page and one that is not running; and a
 * switch of provider that keeps each provider's key and the person's sessions.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession, type Session } from '../../src/lib/domain';
import { startMockOllama, type MockOllama } from '../mock-groq/ollama-mode';
import { startMockOpenAi, type MockOpenAi } from '../mock-groq/openai-mode';
import { seedSessions } from './helpers/seed';

let openai: MockOpenAi;
let ollama: MockOllama;

test.beforeAll(async () => {
	openai = await startMockOpenAi({ latencyMs: 20 });
	ollama = await startMockOllama({
		pace: { firstTokenMs: 30, chunkIntervalMs: 1, chunkChars: 200 }
	});
});
test.afterAll(async () => {
	await openai.close();
	await ollama.close();
});
test.beforeEach(async () => {
	openai.reset();
	ollama.reset();
	ollama.refuseCors(false);
	await ollama.up().catch(() => undefined);
});

function smallSession(name: string): Session {
	const session = exampleSession(Date.now());
	session.name = name;
	session.profile.roles = session.profile.roles.slice(0, 2);
	session.profile.projects = session.profile.projects.slice(0, 1);
	return session;
}

async function chooseProvider(page: Page, provider: string, baseUrl: string): Promise<void> {
	await page.goto('./settings');
	await page.getByLabel('Which service writes your CV').selectOption(provider);
	await page.getByRole('textbox', { name: 'Base URL' }).fill(baseUrl);
	await page.getByRole('button', { name: 'Save address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Base URL set to' })).toBeVisible();
}

async function saveKey(page: Page, label: string, key: string): Promise<void> {
	await page.getByRole('textbox', { name: label }).fill(key);
	await page.getByRole('radio', { name: 'Remember on this device' }).check();
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByText('Key saved on this device.')).toBeVisible();
}

async function tailorWholeCv(page: Page, session: Session): Promise<void> {
	await page.goto(`./session?id=${session.id}&tab=tailor`);
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const items = ['Key qualifications', /^Role 1:/, /^Role 2:/, /^Project:/, 'Executive summary'];
	for (const name of items) {
		const card = page.getByRole('article', { name });
		await expect(card.getByText('To review', { exact: true })).toBeVisible({ timeout: 30_000 });
		await card.getByRole('button', { name: 'Accept' }).click();
	}
	await expect(page.getByText('Every item is done.')).toBeVisible();
}

test('a whole CV tailored with an OpenAI-style provider', async ({ page }) => {
	test.setTimeout(120_000);
	const session = smallSession('OpenAI e2e');
	await page.goto('./');
	await seedSessions(page, [session]);
	await chooseProvider(page, 'openai', openai.baseUrl);
	await saveKey(page, 'OpenAI API key', openai.apiKey);
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText('The key works. 3 models are available to it.')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('requests go only to OpenAI.');

	await tailorWholeCv(page, session);
	// What it cost is named for the provider that answered, not for Groq.
	await expect(page.getByRole('region', { name: 'OpenAI use' })).toContainText('This session:');

	const chats = openai.requests.filter(
		(request) => request.method === 'POST' && request.path === '/v1/chat/completions'
	);
	expect(chats.length).toBeGreaterThanOrEqual(5);
	expect(chats.every((request) => request.status === 200)).toBe(true);
	expect(JSON.stringify(chats[0]?.body)).toContain('"strict":true');
});

test('a whole CV tailored with a model on this computer (Ollama), no key', async ({ page }) => {
	test.setTimeout(120_000);
	const session = smallSession('Ollama e2e');
	await page.goto('./');
	await seedSessions(page, [session]);
	await chooseProvider(page, 'ollama', ollama.baseUrl);
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText('Connected to Ollama. 2 models are available.')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText(
		'requests go only to Ollama on this computer.'
	);

	await tailorWholeCv(page, session);
	await expect(page.getByRole('region', { name: 'Ollama use' })).toContainText('This session:');

	const chats = ollama.requests.filter(
		(request) => request.method === 'POST' && request.path === '/v1/chat/completions'
	);
	expect(chats.length).toBeGreaterThanOrEqual(5);
	expect(chats.every((request) => request.headers.authorization === undefined)).toBe(true);
	expect(JSON.stringify(chats[0]?.body)).toContain('"json_object"');
});

test('Test connection explains a wrong key, an Ollama refusing this page and one not running', async ({
	page
}) => {
	await chooseProvider(page, 'openai', openai.baseUrl);
	await page.getByRole('textbox', { name: 'OpenAI API key' }).fill('sk-wrong-key-000000000000');
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(
		page.getByText(/^OpenAI rejected this key \(401\)\. Check that you copied all/)
	).toBeVisible();
	await expect(page.getByText(/sk-wrong-key/)).toHaveCount(0);

	await chooseProvider(page, 'ollama', ollama.baseUrl);
	ollama.refuseCors(true);
	await page.getByRole('button', { name: 'Test connection' }).click();
	const origin = new URL(page.url()).origin;
	await expect(
		page.getByText(
			`Ollama is running but does not allow this site. Quit Ollama and start it again with OLLAMA_ORIGINS=${origin} ollama serve`,
			{ exact: false }
		)
	).toBeVisible();

	await ollama.down();
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(
		page.getByText(
			`Nothing answers at 127.0.0.1:${ollama.port}: Ollama does not seem to be running.`,
			{
				exact: false
			}
		)
	).toBeVisible();
});

test('switching provider keeps each provider’s key and the sessions', async ({ page }) => {
	const session = smallSession('Kept across providers');
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto('./settings');
	await saveKey(page, 'Groq API key', 'gsk_kept_groq_key_0000');
	await chooseProvider(page, 'openai', openai.baseUrl);
	await expect(page.getByRole('textbox', { name: 'OpenAI API key' })).toHaveValue('');
	await saveKey(page, 'OpenAI API key', openai.apiKey);

	await page.getByLabel('Which service writes your CV').selectOption('groq');
	await expect(page.getByRole('textbox', { name: 'Groq API key' })).toHaveValue(
		'gsk_kept_groq_key_0000'
	);
	await page.reload();
	await expect(page.getByLabel('Which service writes your CV')).toHaveValue('groq');
	await page.getByLabel('Which service writes your CV').selectOption('openai');
	await expect(page.getByRole('textbox', { name: 'OpenAI API key' })).toHaveValue(openai.apiKey);
	await expect(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue(openai.baseUrl);

	await page.getByRole('link', { name: 'Sessions' }).click();
	await expect(page.getByText('Kept across providers')).toBeVisible();
});
