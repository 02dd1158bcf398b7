/**
 * Skills as data, end to end: typed in the Profile tab with the shared list controls, saved, and
 * shown in the CV preview after the key qualifications with the skills the job asks for first.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession } from '../../src/lib/domain';
import { readStoredSession, seedSessions } from './helpers/seed';

async function openProfile(page: Page) {
	const session = exampleSession(Date.now());
	session.profile.skills = [];
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=profile`);
	await expect(page.getByRole('heading', { level: 1, name: session.name })).toBeVisible();
	return session;
}

async function waitForSave(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('skills typed in the profile are saved and printed, the job’s first', async ({ page }) => {
	const session = await openProfile(page);
	const skills = page.getByRole('region', { name: 'Skills' });
	await skills.getByRole('button', { name: 'Add skill' }).click();
	const first = page.getByRole('group', { name: /^Skill 1/ });
	await first.getByLabel('Skill name').fill('Baking');
	await first.getByLabel('Level (optional)').fill('Advanced');
	await first.getByLabel('Keywords').fill('Sourdough, Croissants');
	await skills.getByRole('button', { name: 'Add skill' }).click();
	const second = page.getByRole('group', { name: /^Skill 2/ });
	await second.getByLabel('Skill name').fill('Streaming');
	await second.getByLabel('Keywords').fill('Kafka');
	await skills.getByRole('button', { name: 'Add skill' }).click();
	await page
		.getByRole('group', { name: /^Skill 3/ })
		.getByLabel('Skill name')
		.fill('Knitting');
	await page.getByRole('button', { name: 'Remove skill 3' }).click();
	await page.getByRole('button', { name: 'Move skill 2 up' }).click();
	await waitForSave(page);

	await page.reload();
	await expect(page.getByRole('group', { name: 'Skill 1: Streaming' })).toBeVisible();
	await expect(
		page.getByRole('group', { name: 'Skill 2: Baking' }).getByLabel('Keywords')
	).toHaveValue('Sourdough, Croissants');
	const stored = await readStoredSession(page, session.id);
	expect(
		stored?.profile.skills.map(({ name, level, keywords }) => ({ name, level, keywords }))
	).toEqual([
		{ name: 'Streaming', level: '', keywords: ['Kafka'] },
		{ name: 'Baking', level: 'Advanced', keywords: ['Sourdough', 'Croissants'] }
	]);

	// Back in the person's first order: the preview still puts Kafka, which the job asks for, first.
	await page.getByRole('button', { name: 'Move skill 2 up' }).click();
	await waitForSave(page);
	await page.getByRole('tab', { name: 'CV' }).click();
	const preview = page.getByRole('article', { name: 'CV preview' });
	const section = preview.getByRole('region', { name: 'Skills' });
	await expect(section.locator('p')).toHaveText([
		'Streaming: Kafka',
		'Baking (Advanced): Sourdough, Croissants'
	]);
});

test('an empty skills list prints no Skills heading', async ({ page }) => {
	await openProfile(page);
	await page.getByRole('tab', { name: 'CV' }).click();
	const preview = page.getByRole('article', { name: 'CV preview' });
	await expect(preview.getByRole('heading', { name: 'Professional Experience' })).toBeVisible();
	await expect(preview.getByRole('heading', { name: 'Skills' })).toHaveCount(0);
});
