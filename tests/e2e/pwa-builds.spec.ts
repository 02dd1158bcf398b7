import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { startStaticServer } from '../serve-build';
import { buildVariant } from './helpers/build-variant';

// These specs build the app again (other version, other base path): give them time.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const PORT = 4199;
let server: Server | undefined;

async function serve(dir: string, base = '') {
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	server?.closeAllConnections();
	server = await startStaticServer({ port: PORT, dir, base });
}

test.afterAll(async () => {
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function controlledByServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

test('a newly deployed version is announced, and updating keeps the draft', async ({ page }) => {
	const [first, second] = await Promise.all([
		buildVariant({ name: 'v1', appVersion: 'e2e-v1' }),
		buildVariant({ name: 'v2', appVersion: 'e2e-v2' })
	]);
	await serve(first);
	await page.goto(`http://127.0.0.1:${PORT}/`);
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByText('Version e2e-v1')).toBeVisible();
	await controlledByServiceWorker(page);
	await page.getByLabel('Headline').fill('Draft typed before the update');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	await serve(second);
	// The browser looks for a new service worker on navigation; the old version keeps running.
	await page.reload();
	await expect(page.getByText('Version e2e-v1')).toBeVisible();
	const prompt = page
		.getByRole('alert')
		.filter({ hasText: 'A new version of aicvgen is available' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Reload to update' }).click();

	await expect(page.getByText('Version e2e-v2')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByLabel('Headline')).toHaveValue('Draft typed before the update');
	await expect(prompt).toHaveCount(0);
});

test('hosted under a sub-path, the app loads, opens sessions and works offline', async ({
	page,
	context
}) => {
	const dir = await buildVariant({ name: 'subpath', basePath: '/aicvgen' });
	await serve(dir, '/aicvgen');
	const root = `http://127.0.0.1:${PORT}/aicvgen`;
	await page.goto(`${root}/`);
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');
	expect(new URL(page.url()).pathname).toBe('/aicvgen/session');
	const manifest = await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
		return { href: link.href, body: await (await fetch(link.href)).json() };
	});
	expect(manifest.href).toBe(`${root}/manifest.webmanifest`);
	expect(new URL(manifest.body.start_url, manifest.href).pathname).toBe('/aicvgen/');
	await controlledByServiceWorker(page);

	await context.setOffline(true);
	await page.goto(`${root}/`);
	await page.getByRole('link', { name: 'Lead Data Engineer – Acme Mobility' }).click();
	await page.getByLabel('Full name').fill('Zoë under a sub-path');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë under a sub-path');
	await context.setOffline(false);
});
