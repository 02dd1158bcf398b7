/**
 * Importing an existing CV the way a person does it: drop a PDF on the start page, review and
 * correct what was read, start a session from it and tailor it; a scanned PDF refused with its
 * sentence; a CV added into an existing profile and undone; the optional LLM pass with an answer
 * that invents a role and a date, which the app drops and lists.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exampleSession } from '../../src/lib/domain';
import { cvImportResponder, emptyCvAnswer } from '../mock-groq/cv-import-responder';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { readStoredSession, seedSessions } from './helpers/seed';

const FILES = 'tests/fixtures/cv-import/files';

let mock: MockGroq;
test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 30, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});
test.beforeEach(() => mock.reset());

/** Drops a file on the drop zone as a browser does when a file is dragged from the desktop. */
async function dropFile(page: Page, name: string, type: string) {
	const bytes = [...readFileSync(`${FILES}/${name}`)];
	const dataTransfer = await page.evaluateHandle(
		({ bytes, name, type }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
			return transfer;
		},
		{ bytes, name, type }
	);
	const zone = page.getByRole('group', { name: 'Drop zone for a CV file' });
	await zone.dispatchEvent('dragover', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
}

async function waitForSaved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

function review(page: Page) {
	return page.getByRole('region', { name: 'Review your imported CV' });
}

test('a PDF dropped on the start page is reviewed, corrected, becomes a session and is tailored', async ({
	page
}) => {
	test.setTimeout(90_000);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto('./');
	await dropFile(page, 'teacher-sidebar.pdf', 'application/pdf');

	const heading = page.getByRole('heading', { name: 'Review your imported CV' });
	await expect(heading).toBeFocused();
	// The sidebar (contact, skills, languages) is read apart from the experience beside it.
	const text = review(page).getByRole('region', { name: 'Extracted text' });
	await expect(text).toContainText('claire.dubois@example.fr');
	await expect(text.locator('mark').filter({ hasText: 'claire.dubois@example.fr' })).toHaveCount(1);
	const profile = review(page).getByRole('region', { name: 'Imported profile' });
	await expect(profile.getByLabel('Email')).toHaveValue('claire.dubois@example.fr');
	await expect(profile.getByLabel('Job title').first()).toHaveValue('Professeure des écoles');
	await expect(profile.getByLabel('Start').first()).toHaveValue('2017-09');
	// Nothing is stored before the person accepts.
	await expect(page.getByText('No sessions yet')).toBeVisible();

	// Corrected in the same forms as the Profile tab.
	await profile.getByLabel('Full name').fill('Claire Dubois');
	await profile.getByLabel('Headline').fill('Professeure des écoles');
	await review(page).getByLabel('Job you apply for').fill('Conseillère pédagogique');
	await review(page).getByRole('button', { name: 'Create a session from this CV' }).click();

	await page.waitForURL(/\/session\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conseillère pédagogique');
	await expect(page.getByLabel('Full name')).toHaveValue('Claire Dubois');
	await waitForSaved(page);
	const stored = await readStoredSession(page, id);
	expect(stored!.profile.header.email).toBe('claire.dubois@example.fr');
	expect(stored!.profile.roles.length).toBeGreaterThanOrEqual(2);
	expect(stored!.profile.roles[0]).toMatchObject({
		title: 'Professeure des écoles',
		start: '2017-09',
		current: true
	});

	// Tailor the first role against the mock.
	await page.getByRole('tab', { name: 'Job' }).click();
	await page.getByLabel('Job title').fill('Conseillère pédagogique');
	await page.getByLabel('Company').fill('Académie de Lyon');
	await page
		.getByLabel('Main job description')
		.fill('Accompagner les enseignants du premier degré, animer des formations.');
	await page.getByRole('tab', { name: 'Tailor' }).click();
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const qualifications = page.getByRole('article', { name: 'Key qualifications' });
	await qualifications.getByRole('button', { name: 'Accept' }).click();
	const role = page.getByRole('article', { name: /^Role 1: Professeure des écoles/ });
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	await expect(role.getByRole('region', { name: 'Your original' })).toContainText('27 élèves');
	await role.getByRole('button', { name: 'Accept' }).click();
	await expect(role.getByText('Accepted', { exact: true })).toBeVisible();
});

test('a scanned PDF gets its sentence and changes nothing', async ({ page }) => {
	const session = exampleSession(Date.now());
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto('./');
	await dropFile(page, 'scanned-chef.pdf', 'application/pdf');
	await expect(page.getByRole('alert')).toContainText(
		'This PDF has no text to read (it looks scanned)'
	);
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
	await expect(page.getByRole('heading', { name: 'Review your imported CV' })).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1);

	// The same file at the top of the Profile tab leaves the profile as it was.
	await page.goto(`./session?id=${session.id}&tab=profile`);
	await page.getByLabel(/Choose a CV file/).setInputFiles(`${FILES}/scanned-chef.pdf`);
	await expect(page.getByRole('alert')).toContainText('looks scanned');
	expect((await readStoredSession(page, session.id))!.profile).toEqual(session.profile);
	await expect(page.getByLabel('Full name')).toHaveValue(session.profile.header.name);
});

test('a CV added into the current profile keeps what is there, and Undo takes it back', async ({
	page
}) => {
	const session = exampleSession(Date.now());
	const rolesBefore = session.profile.roles.length;
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=profile`);
	await page.getByLabel(/Choose a CV file/).setInputFiles(`${FILES}/warehouse-supervisor.txt`);
	await expect(page.getByRole('heading', { name: 'Review your imported CV' })).toBeFocused();

	// Cancel first: nothing changes.
	await review(page).getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByLabel('Full name')).toHaveValue(session.profile.header.name);
	expect((await readStoredSession(page, session.id))!.profile).toEqual(session.profile);

	await page.getByLabel(/Choose a CV file/).setInputFiles(`${FILES}/warehouse-supervisor.txt`);
	await expect(page.getByRole('heading', { name: 'Review your imported CV' })).toBeFocused();
	const imported = await review(page)
		.getByRole('region', { name: 'Imported profile' })
		.getByLabel('Job title')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	expect(imported.length).toBeGreaterThan(0);
	await expect(
		review(page).getByRole('radio', { name: /Add the roles and entries/ })
	).toBeChecked();
	await review(page).getByRole('button', { name: 'Accept into my profile' }).click();

	const status = page.getByRole('status').filter({ hasText: /^Added \d+ roles?/ });
	await expect(status).toBeVisible();
	await expect(status).toBeFocused();
	// The person's own header stays; the imported roles come after theirs.
	await expect(page.getByLabel('Full name')).toHaveValue(session.profile.header.name);
	const titles = await page
		.getByLabel('Job title')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	expect(titles).toEqual([...session.profile.roles.map((role) => role.title), ...imported]);
	await waitForSaved(page);
	expect((await readStoredSession(page, session.id))!.profile.roles).toHaveLength(
		rolesBefore + imported.length
	);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByLabel('Job title')).toHaveCount(rolesBefore);
	await waitForSaved(page);
	expect((await readStoredSession(page, session.id))!.profile).toEqual(session.profile);
});

test('the LLM pass fills gaps, and a role and a date it invents are dropped and listed', async ({
	page
}) => {
	mock.addResponder(
		cvImportResponder(() => ({
			...emptyCvAnswer(),
			header: { ...emptyCvAnswer().header, name: 'Claire Dubois' },
			roles: [
				{
					organization: 'École élémentaire Jean Macé',
					title: 'Professeure des écoles',
					location: 'Lyon',
					start: '2017-09',
					end: '2023-06',
					current: false,
					description: '',
					bullets: []
				},
				{
					organization: 'Rectorat de Lyon',
					title: 'Inspectrice académique',
					location: 'Lyon',
					start: '2009-09',
					end: '2012-06',
					current: false,
					description: '',
					bullets: []
				}
			]
		}))
	);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto('./');
	await dropFile(page, 'teacher-sidebar.pdf', 'application/pdf');
	const profile = review(page).getByRole('region', { name: 'Imported profile' });
	// A field left empty (here emptied by the person) is one the LLM may fill.
	await profile.getByLabel('Full name').fill('');
	const rolesBefore = await profile.getByLabel('Job title').count();

	await review(page).getByRole('button', { name: 'Improve with openai/gpt-oss-120b' }).click();
	await expect(review(page).getByRole('status')).toContainText(
		'2 values were dropped because the CV does not say them'
	);
	await expect(profile.getByLabel('Full name')).toHaveValue('Claire Dubois');
	const filled = review(page).getByRole('list', { name: /Filled by the LLM/ });
	await expect(filled).toContainText('Header: name');
	const dropped = review(page).getByRole('list', { name: /Dropped/ });
	await expect(dropped).toContainText(
		'Role 1 (Professeure des écoles at École élémentaire Jean Macé): end: “2023-06”'
	);
	await expect(dropped).toContainText('A role: “Inspectrice académique · Rectorat de Lyon');
	// The invented role never reaches the profile, nor its end date the real role.
	await expect(profile.getByLabel('Job title')).toHaveCount(rolesBefore);
	await expect(profile.getByLabel('End').first()).toHaveValue('');

	const chat = mock.requests.find(
		(request) => request.method === 'POST' && request.path.endsWith('/chat/completions')
	);
	expect(JSON.stringify(chat?.body)).toContain('<cv_text>');
});
