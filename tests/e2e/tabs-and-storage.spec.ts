/**
 * Two tabs on one session never silently overwrite each other, and a full disk loses nothing
 * that is on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession } from '../../src/lib/domain';
import { readStoredSession, seedSessions } from './helpers/seed';

async function saved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('a second tab shows what the first saved, and a real conflict asks which version to keep', async ({
	context
}) => {
	const session = exampleSession(Date.now());
	const first = await context.newPage();
	await first.goto('./');
	await seedSessions(first, [session]);
	await first.goto(`./session?id=${session.id}`);
	const second = await context.newPage();
	await second.goto(`./session?id=${session.id}`);
	await expect(second.getByLabel('Headline')).toHaveValue('Senior Data Engineer');

	// The second tab has nothing unsaved: it follows the first.
	await first.getByLabel('Headline').fill('Staff Data Engineer');
	await saved(first);
	await expect(second.getByLabel('Headline')).toHaveValue('Staff Data Engineer');
	await expect(second.getByText('Updated with changes saved in another tab.')).toBeVisible();

	// Both type at once. Whatever the timing, no change may vanish silently: a tab whose change
	// did not make it into storage shows the conflict and lets the person choose.
	const tabs = [
		{ page: second, field: 'Location', value: 'Basel, Switzerland', key: 'location' },
		{ page: first, field: 'Phone', value: '+41 00 000 00 00', key: 'phone' }
	] as const;
	for (const tab of tabs) {
		await tab.page.getByRole('region', { name: 'Header' }).getByLabel(tab.field).fill(tab.value);
	}
	const conflictIn = (page: Page) =>
		page.getByRole('alert').filter({ hasText: 'changed in another tab' });
	for (const tab of tabs) {
		await expect(
			tab.page
				.getByRole('status')
				.filter({ hasText: /^Saved$/ })
				.or(conflictIn(tab.page))
		).toBeVisible();
	}
	const stored = (await readStoredSession(first, session.id))!.profile.header;
	const lost = tabs.filter((tab) => stored[tab.key] !== tab.value);
	expect(lost.length).toBeGreaterThan(0);
	for (const tab of lost) await expect(conflictIn(tab.page)).toBeVisible();

	// The person keeps the version of a tab that was told; the other tab then shows it.
	const told = lost[0]!;
	const other = tabs.find((tab) => tab !== told)!;
	await told.page.getByRole('button', { name: 'Keep my version here' }).click();
	await expect(conflictIn(told.page)).toHaveCount(0);
	await saved(told.page);
	const kept = (await readStoredSession(first, session.id))!.profile.header;
	expect(kept[told.key]).toBe(told.value);
	if (!(await conflictIn(other.page).isVisible())) {
		await expect(
			other.page.getByRole('region', { name: 'Header' }).getByLabel(told.field)
		).toHaveValue(told.value);
	}
});

test('deleting a session in another tab is announced where it is open, and nothing re-creates it silently', async ({
	context
}) => {
	const session = exampleSession(Date.now());
	const list = await context.newPage();
	await list.goto('./');
	await seedSessions(list, [session]);
	const open = await context.newPage();
	await open.goto(`./session?id=${session.id}`);
	await expect(open.getByLabel('Headline')).toHaveValue('Senior Data Engineer');

	await list.reload();
	await list.getByRole('button', { name: `Delete ${session.name}` }).click();
	await list.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	const alert = open.getByRole('alert').filter({ hasText: 'deleted in another tab' });
	await expect(alert).toBeVisible();
	await open.getByLabel('Headline').fill('Typed after the delete');
	// The autosave came and stored nothing: the page says so.
	await expect(open.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();
	expect(await readStoredSession(open, session.id)).toBeUndefined();

	await open.getByRole('button', { name: 'Keep this session' }).click();
	await expect(alert).toHaveCount(0);
	await expect
		.poll(async () => (await readStoredSession(open, session.id))?.profile.header.headline)
		.toBe('Typed after the delete');
	await expect(list.getByRole('link', { name: session.name })).toBeVisible();
});

test('a full disk is reported, the edit stays on screen, and the next save lands', async ({
	page
}) => {
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	const session = exampleSession(Date.now());
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}`);
	await expect(page.getByLabel('Headline')).toHaveValue('Senior Data Engineer');

	await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true));
	await page.getByLabel('Headline').fill('Typed while the disk is full');
	await expect(
		page.getByRole('alert').filter({ hasText: 'storage for this site is full' })
	).toBeVisible();
	await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Headline')).toHaveValue('Typed while the disk is full');
	expect((await readStoredSession(page, session.id))?.profile.header.headline).toBe(
		'Senior Data Engineer'
	);

	await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = false));
	await page.getByLabel('Headline').fill('Saved once there is room');
	await saved(page);
	await page.reload();
	await expect(page.getByLabel('Headline')).toHaveValue('Saved once there is room');
});

test('a browser that refuses persistent storage is told to keep exported copies', async ({
	page
}) => {
	await page.goto('./');
	// Headless Chromium refuses persistence for a site without engagement, as real browsers often do.
	const notice = page
		.getByRole('status')
		.filter({ hasText: 'did not promise to keep this site’s data' });
	await expect(notice).toContainText('Export each session as a file');

	// While it shows, it floats above the import review's sticky "create" bar, not over it.
	await page
		.getByLabel(/Choose your CV/)
		.setInputFiles('tests/fixtures/cv-import/files/warehouse-supervisor.txt');
	const create = page.getByRole('button', { name: 'Create a session from this CV' });
	await expect(create).toBeVisible();
	const noticeBox = await notice.boundingBox();
	const createBox = await create.boundingBox();
	expect(noticeBox && createBox && createBox.y + createBox.height <= noticeBox.y).toBe(true);

	// Dismissed once, it stays dismissed after a reload.
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your applications' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await expect(notice).toHaveCount(0);
});
