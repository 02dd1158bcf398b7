/**
 * Tailoring a whole CV (3 roles, 2 projects) against the mock Groq server, the way a person
 * does it: accept, edit, regenerate with feedback, a failure retried by hand, a reload halfway.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession, type Session } from '../../src/lib/domain';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { readStoredSession, seedSessions } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 30, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});

function smallSession(): Session {
	const session = exampleSession(Date.now());
	session.name = 'Tailoring e2e';
	session.profile.roles = session.profile.roles.slice(0, 3);
	session.profile.projects = session.profile.projects.slice(0, 2);
	return session;
}

function card(page: Page, name: string | RegExp) {
	return page.getByRole('article', { name });
}

function chatBodies(): string[] {
	return mock.requests
		.filter(
			(request) => request.path === '/openai/v1/chat/completions' && request.method === 'POST'
		)
		.map((request) => JSON.stringify(request.body));
}

test('a whole CV tailored item by item, with edits, feedback, a failure and a reload', async ({
	page
}) => {
	test.setTimeout(120_000);
	const session = smallSession();
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto(`./session?id=${session.id}&tab=tailor`);

	// 1. Key qualifications: generated, edited by the person, accepted.
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const qualifications = card(page, 'Key qualifications');
	await expect(qualifications.getByText('To review', { exact: true })).toBeVisible();
	await expect(qualifications.getByRole('heading', { name: 'Key qualifications' })).toBeFocused();
	await qualifications.getByRole('button', { name: 'Edit' }).click();
	await qualifications
		.getByLabel('Qualification 1', { exact: true })
		.fill('Kafka streaming at scale');
	await qualifications.getByRole('button', { name: 'Save changes' }).click();
	await expect(qualifications.getByRole('listitem').first()).toHaveText('Kafka streaming at scale');
	await qualifications.getByRole('button', { name: 'Accept' }).click();

	// 2. Role 1 starts only now; accepted with the keyboard.
	const role1 = card(page, /^Role 1: Senior Data Engineer/);
	await expect(role1.getByText('To review', { exact: true })).toBeVisible();
	await expect(role1.getByRole('region', { name: 'Your original' })).toContainText(
		'Migrated 140 nightly batch jobs'
	);
	await expect(card(page, /^Role 2/).getByText('Pending', { exact: true })).toBeVisible();
	await expect(role1.getByRole('heading', { level: 3 })).toBeFocused();
	await page.keyboard.press('a');
	await expect(role1.getByText('Accepted', { exact: true })).toBeVisible();

	// 3. Role 2 regenerated with feedback: the feedback reaches the model in the next prompt.
	const role2 = card(page, /^Role 2: Data Engineer/);
	await expect(role2.getByText('To review', { exact: true })).toBeVisible();
	const before = await role2.getByRole('region', { name: 'Tailored' }).innerText();
	await role2
		.getByLabel('Feedback for a new version (optional)')
		.fill('stress the Redshift migration');
	await role2.getByRole('button', { name: 'Regenerate' }).click();
	await expect(role2.getByText('To review', { exact: true })).toBeVisible();
	expect(chatBodies().at(-1)).toContain('stress the Redshift migration');
	await expect(role2.getByLabel('Earlier versions')).toBeVisible();
	expect(await role2.getByRole('region', { name: 'Tailored' }).innerText()).not.toBe(before);

	// 4. A failure touches this item only; the person retries it.
	mock.injectFaults({ kind: 'model_not_found' });
	await role2.getByRole('button', { name: 'Accept' }).click();
	const role3 = card(page, /^Role 3: Business Intelligence Developer/);
	await expect(role3.getByRole('alert')).toContainText('not available');
	await expect(role2.getByText('Accepted', { exact: true })).toBeVisible();
	await role3.getByRole('button', { name: 'Retry' }).click();
	await expect(role3.getByText('To review', { exact: true })).toBeVisible();
	await role3.getByRole('button', { name: 'Accept' }).click();

	// 5. A reload in the middle: accepted items stay, the flow resumes.
	const project1 = card(page, /^Project: tram-delays/);
	await expect(project1.getByText('To review', { exact: true })).toBeVisible();
	await page.reload();
	await expect(card(page, /^Role 3/).getByText('Accepted', { exact: true })).toBeVisible();
	await expect(
		card(page, /^Project: tram-delays/).getByText('To review', { exact: true })
	).toBeVisible();
	await card(page, /^Project: tram-delays/)
		.getByRole('button', { name: 'Accept' })
		.click();
	const project2 = card(page, /^Project: dbt-polish-holidays/);
	await expect(project2.getByText('To review', { exact: true })).toBeVisible();
	await project2.getByRole('button', { name: 'Accept' }).click();

	// 6. The summary is written last, from what was accepted.
	const summary = card(page, 'Executive summary');
	await expect(summary.getByText('To review', { exact: true })).toBeVisible();
	await summary.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText('Every item is done.')).toBeVisible();

	// What it cost, as the mock (Groq) reported it, is shown against the day's allowance.
	const answered = mock.requests.filter(
		(request) => request.path === '/openai/v1/chat/completions' && request.status === 200
	);
	const usagePanel = page.getByRole('region', { name: 'Groq use' });
	await expect(usagePanel).toContainText(`This session: ${answered.length} requests`);
	await expect(usagePanel).toContainText(/of 1,000 requests,\s+[\d,]+ of 200,000 tokens/);

	const stored = await readStoredSession(page, session.id);
	expect(stored!.usage.requests).toBe(answered.length);
	// The cover letter waits for the person to ask for one: no request was spent on it.
	const letter = stored!.cv.sections.find((section) => section.kind === 'cover_letter')!.items[0]!;
	expect(letter).toMatchObject({ status: 'pending', content: { text: '' } });
	const items = stored!.cv.sections
		.filter((section) => section.kind !== 'cover_letter')
		.flatMap((section) => section.items);
	expect(items.map((item) => item.status)).toEqual(Array(7).fill('accepted'));
	expect(items[0]!.content.bullets[0]).toBe('Kafka streaming at scale');
	expect(items.every((item) => item.content.bullets.length > 0 || item.content.text !== '')).toBe(
		true
	);
	expect(stored!.profile.roles).toHaveLength(3);
});
