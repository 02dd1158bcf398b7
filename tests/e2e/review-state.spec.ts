/**
 * What a person sees of the tailoring state on the Tailor tab, in real Chromium: a tab-only key
 * that survives a reload, an item the reload interrupted written again by itself, no "Writing …
 * — Done" next to an item that waits for review, done items folded to one line under a stepper
 * that stays in view, and Ctrl+Z that leaves text fields to the browser and never undoes what
 * the person cannot see.
 */
import { expect, test, type Page } from '@playwright/test';
import { exampleSession, type Session } from '../../src/lib/domain';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { cvItem, exampleCut } from './helpers/prepared-session';
import { readStoredSession, seedSessions } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 20, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});
test.beforeEach(() => mock.reset());

/** The example CV with the qualifications and the first three roles accepted, role 4 in review. */
function sessionMidway(): Session {
	const session = exampleSession(Date.now());
	session.name = 'Review state';
	const accepted = (bullets: string[]) => ({
		status: 'accepted' as const,
		content: { text: '', bullets }
	});
	session.cv = {
		sections: [
			{
				kind: 'key_qualifications',
				items: [
					cvItem({
						id: 'kq',
						kind: 'key_qualifications',
						...accepted(['Airflow orchestration', 'Kafka streaming', 'Team leadership'])
					})
				]
			},
			{
				kind: 'experience',
				items: session.profile.roles.map((role, index) =>
					cvItem({
						id: `role-${index + 1}`,
						kind: 'role',
						sourceId: role.id,
						...(index < 3 &&
							accepted([
								`Accepted bullet one of role ${index + 1}`,
								`Accepted bullet two of role ${index + 1}`,
								`Accepted bullet three of role ${index + 1}`
							])),
						...(index === 3 && {
							status: 'to_review' as const,
							content: { text: '', bullets: ['Bullet waiting for review', 'Another one'] }
						})
					})
				)
			},
			{
				kind: 'projects',
				items: session.profile.projects.map((project, index) =>
					cvItem({ id: `project-${index + 1}`, kind: 'project', sourceId: project.id })
				)
			},
			{ kind: 'executive_summary', items: [cvItem({ id: 'summary', kind: 'executive_summary' })] }
		]
	};
	return session;
}

/** Only the key qualifications, none generated yet. */
function freshSession(): Session {
	return exampleCut({ name: 'Fresh run', roles: 1, projects: 0 });
}

function chats() {
	return mock.requests.filter(
		(request) => request.method === 'POST' && request.path === '/openai/v1/chat/completions'
	);
}

async function openSession(page: Page, session: Session, tab: string): Promise<void> {
	await page.goto(`./session?id=${session.id}&tab=${tab}`);
	await expect(page.getByRole('heading', { level: 1, name: session.name })).toBeVisible();
}

/** Settings as a person fills them in, with the key kept "In this tab only". */
async function keyForThisTabOnly(page: Page): Promise<void> {
	await page.goto('./settings');
	await page.getByRole('textbox', { name: 'Base URL' }).fill(mock.url);
	await page.getByRole('button', { name: 'Save address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Base URL set to' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Groq API key' }).fill(mock.apiKey);
	await page.getByRole('radio', { name: /In this tab only/ }).check();
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByRole('button', { name: 'Forget key' })).toBeEnabled();
}

test('a key kept "In this tab only" survives F5 on the Tailor tab, and a new tab says why it has none', async ({
	page,
	context
}) => {
	const session = freshSession();
	await page.goto('./');
	await seedSessions(page, [session]);
	await keyForThisTabOnly(page);
	await openSession(page, session, 'tailor');
	await expect(page.getByRole('button', { name: 'Start tailoring' })).toBeEnabled();

	await page.reload();
	await expect(page.getByRole('button', { name: 'Start tailoring' })).toBeEnabled();
	await expect(page.getByText(/Add your Groq API key/)).toHaveCount(0);
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	await expect(
		page
			.getByRole('article', { name: 'Key qualifications' })
			.getByText('To review', { exact: true })
	).toBeVisible();

	const otherTab = await context.newPage();
	await openSession(otherTab, session, 'tailor');
	await expect(
		otherTab.getByRole('status').filter({ hasText: 'This tab has no Groq API key' })
	).toContainText('In this tab only');
});

test('a reload while an item is written: it is written again by itself', async ({ page }) => {
	const session = freshSession();
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await openSession(page, session, 'tailor');
	mock.injectFaults({ kind: 'hang' });
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	await expect.poll(() => chats().length).toBe(1);

	await page.reload();
	const qualifications = page.getByRole('article', { name: 'Key qualifications' });
	await expect(qualifications.getByText('To review', { exact: true })).toBeVisible();
	expect(chats()).toHaveLength(2);
});

/**
 * Holds every write to the app's sessions store until `release`, as a slow disk would: a
 * read-only transaction of our own over that store, kept busy, makes each write wait for it
 * (reads and the other stores go on).
 */
async function holdSessionWrites(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(async () => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aicvgen');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const flags = window as unknown as { releaseWrites?: boolean };
		flags.releaseWrites = false;
		const store = database.transaction('sessions', 'readonly').objectStore('sessions');
		const keepBusy = () => {
			if (flags.releaseWrites) return;
			store.count().onsuccess = keepBusy;
		};
		keepBusy();
	});
	return () =>
		page.evaluate(() => {
			(window as unknown as { releaseWrites?: boolean }).releaseWrites = true;
		});
}

test('an answer that is in shows the item for review at once, not "Writing … — Done"', async ({
	page
}) => {
	const session = freshSession();
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await openSession(page, session, 'tailor');
	let answer: () => void = () => undefined;
	const answered = new Promise<void>((resolve) => (answer = resolve));
	let asked: () => void = () => undefined;
	const requested = new Promise<void>((resolve) => (asked = resolve));
	await page.route(`${mock.url}/openai/v1/chat/completions`, async (route) => {
		if (route.request().method() === 'POST') asked();
		await answered;
		await route.fallback();
	});
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const qualifications = page.getByRole('article', { name: 'Key qualifications' });
	await expect(page.getByText(/^Writing Key qualifications/).first()).toBeVisible();
	// The request is out, so "generating" is saved: from here on, saves are slow.
	await requested;

	const release = await holdSessionWrites(page);
	answer();
	await expect(qualifications.getByText('To review', { exact: true })).toBeVisible();
	await expect(page.getByText(/Writing Key qualifications/)).toHaveCount(0);
	await expect(qualifications.getByRole('button', { name: 'Accept' })).toBeVisible();
	await qualifications.getByRole('button', { name: 'Accept' }).click();
	await release();
	await expect(qualifications.getByText('Accepted', { exact: true })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'being written' })).toHaveCount(0);
	await expect
		.poll(async () => (await readStoredSession(page, session.id))!.cv.sections[0]!.items[0]!.status)
		.toBe('accepted');
});

test('done items fold to one line, the item in review is open, and the steps stay in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 1100, height: 900 });
	const session = sessionMidway();
	await page.goto('./');
	await seedSessions(page, [session]);
	await openSession(page, session, 'tailor');

	const review = page.getByRole('article', { name: /^Role 4:/ });
	await expect(review.getByRole('button', { name: 'Accept' })).toBeVisible();
	await expect(review.getByRole('heading', { level: 3 })).toBeFocused();

	const done = page.getByRole('article', { name: /^Role 2:/ });
	const opener = done.getByRole('button', { name: /^Role 2:/ });
	await expect(opener).toHaveAttribute('aria-expanded', 'false');
	await expect(done).toContainText('Accepted bullet one of role 2');
	await expect(done).not.toContainText('Accepted bullet two of role 2');
	await expect(done.getByRole('button', { name: 'Edit' })).toHaveCount(0);
	await expect(done.getByLabel('Feedback for a new version (optional)')).toHaveCount(0);
	// Folded: title and status, the first line under them; a fraction of the open card.
	expect((await done.boundingBox())!.height).toBeLessThan(90);
	expect((await review.boundingBox())!.height).toBeGreaterThan(250);
	await page.screenshot({ path: test.info().outputPath('tailor-folded.png'), fullPage: true });

	// The steps stay on screen while the cards scroll under them.
	await page.getByRole('article', { name: 'Executive summary' }).scrollIntoViewIfNeeded();
	const steps = page.getByRole('navigation', { name: 'Tailoring steps' });
	await expect(steps).toBeInViewport();
	// The row of steps is scrolled to the item in review.
	await expect(steps.getByRole('link', { name: /^Role 4:/ })).toBeInViewport({ ratio: 0.9 });
	await page.screenshot({ path: test.info().outputPath('tailor-scrolled.png') });

	// Opened with the keyboard: Enter on the title.
	await opener.focus();
	await page.keyboard.press('Enter');
	await expect(opener).toHaveAttribute('aria-expanded', 'true');
	await expect(done).toContainText('Accepted bullet two of role 2');
	await expect(done.getByRole('button', { name: 'Edit' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(opener).toHaveAttribute('aria-expanded', 'false');
});

test('Ctrl+Z in a text field is the field’s own undo, and never undoes a change on another tab', async ({
	page
}) => {
	const session = sessionMidway();
	await page.goto('./');
	await seedSessions(page, [session]);
	await openSession(page, session, 'profile');
	const headline = page.getByLabel('Headline');
	const original = await headline.inputValue();
	await headline.fill('Typed on the Profile tab');
	await expect(page.getByText('Saved', { exact: true })).toBeVisible();

	await page.getByRole('tab', { name: 'Tailor' }).click();
	const feedback = page
		.getByRole('article', { name: /^Role 4:/ })
		.getByLabel('Feedback for a new version (optional)');
	await feedback.click();
	// One insertion is one step of the field's own undo; typed key by key on a loaded machine,
	// Chromium may split the word into several steps.
	await page.keyboard.insertText('shorter');
	await expect(feedback).toHaveValue('shorter');
	await page.keyboard.press('Control+z');
	await expect(feedback).toHaveValue('');

	// Outside a field: the profile edit is not undone from here, and the person is told why.
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('Control+z');
	await expect(
		page.getByRole('status').filter({ hasText: 'last change was on the Profile tab' })
	).toBeVisible();
	await page.getByRole('tab', { name: 'Profile' }).click();
	await expect(headline).toHaveValue('Typed on the Profile tab');

	// Where it is seen, it is undone.
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('Control+z');
	await expect(headline).toHaveValue(original);
});
