/**
 * The first screen does not move: what appears after the page is drawn (the notice that the
 * browser refused persistent storage, which headless Chromium always does) must not push the
 * page's content, on the session list nor on a session page. Layout shifts are read from the
 * browser's own PerformanceObserver, the figure Lighthouse's CLS is made of.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession } from '../../src/lib/domain';
import { seedSessions } from './helpers/seed';

declare global {
	interface Window {
		__layoutShifts?: { value: number; sources: string[] }[];
	}
}

async function watchLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__layoutShifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as PerformanceEntry[] &
				{ value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
				if (entry.hadRecentInput) continue;
				window.__layoutShifts!.push({
					value: entry.value,
					sources: (entry.sources ?? []).map((source) =>
						source.node instanceof Element
							? `${source.node.tagName.toLowerCase()}.${source.node.className}`
							: String(source.node?.nodeName)
					)
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

async function shiftsAfterNotice(page: Page) {
	const notice = page
		.getByRole('status')
		.filter({ hasText: 'did not promise to keep this site’s data' });
	await expect(notice).toBeVisible();
	// Two frames after the notice, every shift it caused has been reported.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	return page.evaluate(() => window.__layoutShifts ?? []);
}

test('the storage notice does not move the session list', async ({ page }) => {
	await watchLayoutShifts(page);
	await page.goto('./');
	await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
	expect(await shiftsAfterNotice(page)).toEqual([]);
});

test('the storage notice does not move a session page', async ({ page }) => {
	await page.goto('./');
	const session = exampleSession(Date.now());
	await seedSessions(page, [session]);
	await watchLayoutShifts(page);
	await page.goto(`./session?id=${session.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await shiftsAfterNotice(page)).toEqual([]);
});

test('a session opens on its Profile tab without the Tailor and CV tabs’ code, which comes when they open', async ({
	page
}) => {
	await page.goto('./');
	const session = exampleSession(Date.now());
	await seedSessions(page, [session]);
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	const loaded = (text: string) => scripts.some((script) => script.includes(text));

	await page.goto(`./session?id=${session.id}`);
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');
	await page.waitForLoadState('networkidle');
	expect(loaded('Tailor this CV')).toBe(false);
	expect(loaded('Download letter PDF')).toBe(false);

	await page.getByRole('tab', { name: 'Tailor' }).click();
	await expect(page.getByRole('heading', { name: 'Tailor this CV' })).toBeVisible();
	await expect.poll(() => loaded('Tailor this CV')).toBe(true);
	await page.getByRole('tab', { name: 'CV' }).click();
	await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
	await expect.poll(() => loaded('Download letter PDF')).toBe(true);
});
