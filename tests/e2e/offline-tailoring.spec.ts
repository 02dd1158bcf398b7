/**
 * Offline: the Tailor tab says why generation is unavailable instead of failing, export still
 * works from the cache, and an item interrupted by the connection going away proceeds by itself
 * once it is back.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { exampleSession } from '../../src/lib/domain';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { readStoredSession, seedSessions } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 1_500, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});

test('offline: generation explains itself, PDF export works, and a waiting item resumes online', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const session = exampleSession(Date.now());
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto(`./session?id=${session.id}&tab=tailor`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	// The connection drops while the key qualifications are being written.
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const qualifications = page.getByRole('article', { name: 'Key qualifications' });
	await expect(qualifications.getByText('Generating', { exact: true })).toBeVisible();
	await context.setOffline(true);
	await expect(
		page.getByText(/You are offline: generation needs a connection to Groq/)
	).toBeVisible();

	// Export still works offline, fonts included.
	await page.getByRole('tab', { name: 'CV' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const pdfPath = await (await download).path();
	const text = execFileSync('pdftotext', [pdfPath!, '-']).toString();
	expect(text).toContain('Zoë Łukasiewicz-Müller');
	expect(text).toContain('Łódź');

	// The answer never arrived (the mock answers in 1.5 s; export took longer than that).
	const stored = await readStoredSession(page, session.id);
	const kq = stored!.cv.sections.flatMap((section) => section.items)[0]!;
	expect(kq.status).not.toBe('to_review');

	// Back online: the interrupted item goes on by itself and reaches review.
	await page.getByRole('tab', { name: 'Tailor' }).click();
	await context.setOffline(false);
	await expect(qualifications.getByText('To review', { exact: true })).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByRole('button', { name: 'Accept' }).first()).toBeEnabled();
});
