/** Points the app at the mock Groq server with its key remembered, as a user would in Settings. */
import { expect, type Page } from '@playwright/test';
import type { MockGroq } from '../../mock-groq/server';

/** Limits high enough that a test never waits a real minute for the pacer. */
export const GENEROUS_LIMITS = { rpm: 1_000, rpd: 100_000, tpm: 10_000_000, tpd: 100_000_000 };

export function generousMockLimits() {
	return {
		'openai/gpt-oss-120b': GENEROUS_LIMITS,
		'openai/gpt-oss-20b': GENEROUS_LIMITS
	};
}

export async function connectToMock(
	page: Page,
	mock: MockGroq,
	options: { generousLimits?: boolean } = {}
): Promise<void> {
	await page.goto('./settings');
	await page.getByRole('textbox', { name: 'Base URL' }).fill(mock.url);
	await page.getByRole('button', { name: 'Save address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Base URL set to' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Groq API key' }).fill(mock.apiKey);
	await page.getByRole('radio', { name: 'Remember on this device' }).check();
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByRole('button', { name: 'Forget key' })).toBeEnabled();
	if (options.generousLimits) {
		for (const model of Object.keys(generousMockLimits())) {
			await page.getByLabel(`Tokens per minute for ${model}`).fill(String(GENEROUS_LIMITS.tpm));
			await page.getByLabel(`Requests per minute for ${model}`).fill(String(GENEROUS_LIMITS.rpm));
			await page.getByRole('button', { name: `Save limits for ${model}` }).click();
		}
	}
}
