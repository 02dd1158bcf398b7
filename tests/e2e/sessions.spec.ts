import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readStoredSession, seedSessions } from './helpers/seed';

async function createSession(page: Page, name: string) {
	await page.goto('./');
	await page.getByLabel('Job you apply for').fill(name);
	await page.getByRole('button', { name: 'Create session' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function waitForSave(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

function sessionIdOf(page: Page): string {
	return new URL(page.url()).searchParams.get('id') ?? '';
}

test('a filled profile and job survive a reload exactly as typed', async ({ page }) => {
	await createSession(page, 'Platform Engineer at Nordwind');

	await page.getByLabel('Full name').fill('Zoë Łukasiewicz-Müller');
	await page.getByLabel('Email').fill('zoe@example.com');
	await page.getByLabel('What you are good at, in your own words').fill('Pipelines people trust.');

	for (const [index, role] of [
		{ title: 'Senior Data Engineer', organization: 'Helvetia Freight', start: '2021-04' },
		{ title: 'Data Engineer', organization: 'Łódź Retail', start: '2018-02' }
	].entries()) {
		await page.getByRole('button', { name: 'Add role' }).click();
		const role_ = page.getByRole('group', { name: new RegExp(`^Role ${index + 1}`) });
		await role_.getByLabel('Job title').fill(role.title);
		await role_.getByLabel('Organization').fill(role.organization);
		await role_.getByLabel('Start').fill(role.start);
		await role_
			.getByLabel('Accomplishment 1', { exact: true })
			.fill(`Did a thing at ${role.organization} — naïve €5`);
	}
	await page.getByRole('button', { name: 'Add project' }).click();
	const project = page.getByRole('group', { name: /^Project 1/ });
	await project.getByLabel('Project name').fill('tram-delays');
	await project.getByLabel('Tools').fill('Python, Kafka, DuckDB');

	await page.getByRole('tab', { name: 'Job' }).click();
	await page.getByLabel('Job title').fill('Platform Engineer');
	await page.getByLabel('Main job description').fill('We need Kafka and Python.\nAnd care.');
	await page.getByRole('button', { name: 'Add similar job description' }).click();
	await page
		.getByLabel('Similar job description 1', { exact: true })
		.fill('Another ad about Spark.');
	await waitForSave(page);

	await page.reload();
	await expect(page.getByLabel('Main job description')).toHaveValue(
		'We need Kafka and Python.\nAnd care.'
	);
	await expect(page.getByLabel('Similar job description 1', { exact: true })).toHaveValue(
		'Another ad about Spark.'
	);
	await page.getByRole('tab', { name: 'Profile' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');
	const second = page.getByRole('group', { name: 'Role 2: Data Engineer at Łódź Retail' });
	await expect(second.getByLabel('Start')).toHaveValue('2018-02');
	await expect(second.getByLabel('Accomplishment 1', { exact: true })).toHaveValue(
		'Did a thing at Łódź Retail — naïve €5'
	);
	await expect(
		page.getByRole('group', { name: 'Project 1: tram-delays' }).getByLabel('Tools')
	).toHaveValue('Python, Kafka, DuckDB');

	const stored = await readStoredSession(page, sessionIdOf(page));
	expect(stored?.profile.projects[0]?.tools).toEqual(['Python', 'Kafka', 'DuckDB']);
	expect(stored?.profile.roles.map((role) => role.organization)).toEqual([
		'Helvetia Freight',
		'Łódź Retail'
	]);
});

test('undo and redo with the keyboard, also after a reload', async ({ page }) => {
	await createSession(page, 'Undo test');
	const name = page.getByLabel('Full name');
	// The page's clock, not a sleep, moves past the edit burst so the next edit is its own undo step.
	const start = Date.now();
	await page.clock.setFixedTime(start);
	await name.fill('First Name');
	await waitForSave(page);
	await page.clock.setFixedTime(start + 5_000);
	await name.fill('Second Name');
	await waitForSave(page);

	// Outside the field: inside it, Ctrl+Z is the field's own (the browser's) undo.
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('Control+z');
	await expect(name).toHaveValue('First Name');
	await page.keyboard.press('Control+Shift+z');
	await expect(name).toHaveValue('Second Name');
	await page.keyboard.press('Control+z');
	await expect(name).toHaveValue('First Name');
	await waitForSave(page);

	await page.reload();
	await expect(page.getByLabel('Full name')).toHaveValue('First Name');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Second Name');
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('');
});

test('duplicate, rename and delete (with confirmation) sessions', async ({ page }) => {
	await createSession(page, 'Original application');
	await page.getByLabel('Full name').fill('Ada Example');
	await waitForSave(page);
	await page.getByRole('link', { name: 'Sessions' }).click();

	await page.getByRole('button', { name: 'Duplicate Original application' }).click();
	await expect(page.getByRole('link', { name: 'Original application (copy)' })).toBeVisible();

	await page.getByRole('button', { name: 'Rename Original application (copy)' }).click();
	await page.getByLabel('New name for “Original application (copy)”').fill('Second application');
	await page.getByRole('button', { name: 'Save name' }).click();
	await page.getByRole('link', { name: 'Second application' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Ada Example');
	await page.getByRole('link', { name: 'Sessions' }).click();

	await page.getByRole('button', { name: 'Delete Second application' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('link', { name: 'Second application' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete Second application' }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('link', { name: 'Second application' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Original application' })).toBeVisible();
});

test('an invalid file is refused with a message and nothing is lost', async ({ page }) => {
	await createSession(page, 'Keep me');
	await page.getByRole('link', { name: 'Sessions' }).click();
	const before = await page.getByRole('list', { name: 'Sessions' }).innerText();

	await page.getByLabel('Import session file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"aicvgen-session","session":{"id":')
	});
	await expect(page.getByRole('alert')).toContainText('Could not import “broken.json”');
	await expect(page.getByRole('alert')).toContainText('not valid JSON');

	await page.getByLabel('Import session file').setInputFiles({
		name: 'wrong.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'aicvgen-session',
				session: {
					schemaVersion: 1,
					id: 'x',
					name: 'Bad',
					createdAt: 1,
					updatedAt: 1,
					profile: { roles: [{ id: 'r', start: 'last year' }] }
				}
			})
		)
	});
	await expect(page.getByRole('alert')).toContainText('Role #1 › start: Use a date like 2021-03');
	await expect(page.getByRole('list', { name: 'Sessions' })).toHaveText(before);
});

test('a session exported and imported again is identical', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue('Zoë Łukasiewicz-Müller');
	const original = await readStoredSession(page, sessionIdOf(page));

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export session' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/\.aicvgen\.json$/);
	const text = await readFile((await download.path())!, 'utf8');

	await page.getByRole('link', { name: 'Sessions' }).click();
	await page.getByLabel('Import session file').setInputFiles({
		name: 'exported.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByText('Imported “exported.json”')).toBeVisible();
	const copyLink = page.getByRole('link', { name: `${original!.name} (imported)` });
	await copyLink.click();
	await expect(
		page.getByRole('heading', { level: 1, name: `${original!.name} (imported)` })
	).toBeVisible();
	const imported = await readStoredSession(page, sessionIdOf(page));
	expect(imported?.profile).toEqual(original?.profile);
	expect(imported?.job).toEqual(original?.job);
	expect(imported?.cv).toEqual(original?.cv);
});

test('one damaged session is reported and the others still open', async ({ page }) => {
	await createSession(page, 'Healthy session');
	await page.getByRole('link', { name: 'Sessions' }).click();
	// A record written by a buggy version: wrong types where the schema wants text.
	await seedSessions(page, [{ id: 'broken-1', name: 42, profile: 'oops' } as never]);
	await page.reload();
	await expect(page.getByText('This session is damaged and cannot be opened')).toBeVisible();
	await page.getByRole('link', { name: 'Healthy session' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Healthy session' })).toBeVisible();
});

test('a pasted novel is cut with a message, not frozen', async ({ page }) => {
	await createSession(page, 'Huge paste');
	await page.getByRole('tab', { name: 'Job' }).click();
	const field = page.getByLabel('Main job description');
	await field.fill('word '.repeat(200_000));
	await expect(page.getByRole('alert')).toContainText('Cut to 30,000 characters');
	await expect(field).toHaveValue(/^word /);
	expect((await field.inputValue()).length).toBe(30_000);
});
