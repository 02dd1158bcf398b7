/**
 * Takes a full-page screenshot of every page and main state into SHOTS_DIR: the session list
 * (empty, with sessions), the session's Profile and Job tabs, the Tailor tab (an item in review
 * with a claim and a failed one, an editor open, the cover letter's options, a letter in review),
 * the CV tab (page, Markdown, cover letter), Settings with a tested key, and the CV import review.
 * Everything that could differ between runs is fixed: times, the mock's port, the data.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exampleSession, updateItem, type CvItem, type Session } from '../../src/lib/domain';
import { syncCvItems } from '../../src/lib/pipeline/sync-cv-items';
import { startMockGroq, type MockGroq } from '../../tests/mock-groq/server';
import { connectToMock } from '../../tests/e2e/helpers/connect-mock';
import { seedSessions } from '../../tests/e2e/helpers/seed';

const shotsDir = process.env.SHOTS_DIR ?? 'test-results-shots/pngs';
const MOCK_PORT = Number(process.env.SHOTS_MOCK_PORT ?? 4393);
const T = 1_750_000_000_000;

let mock: MockGroq;
test.beforeAll(async () => {
	mkdirSync(shotsDir, { recursive: true });
	mock = await startMockGroq({ port: MOCK_PORT, latencyMs: 0 });
});
test.afterAll(async () => {
	await mock.close();
});

async function shot(page: Page, name: string) {
	// The storage warning floats over whatever is under it: out of the way, as a person would.
	const dismiss = page.getByRole('button', { name: 'Dismiss' });
	if (await dismiss.isVisible()) await dismiss.click();
	// The job match is made again once the phrase tagger's chunk arrives: wait for it, or a
	// shot shows one or the other report depending on timing.
	await page.waitForLoadState('networkidle');
	// Let fonts and late layout settle, then hide the caret and stop animations.
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({
		path: join(shotsDir, `${name}.png`),
		fullPage: true,
		animations: 'disabled',
		caret: 'hide',
		// The footer names the build's commit, which a refactor changes by definition.
		mask: [page.getByText(/^Version \S+$/)]
	});
}

const bullet = 'Moved 140 nightly batch jobs to Airflow and cut costs by 37%';
const claim = (text: string, where: string, bulletIndex: number) => ({
	kind: 'percentage' as const,
	text,
	bulletIndex,
	start: where.indexOf(text),
	end: where.indexOf(text) + text.length,
	confirmed: false
});
const letterText =
	'I would like to lead the data platform team at Acme Mobility, where shipment data meets real-time decisions.\n\n' +
	'At Helvetia Freight I designed the shipment event stream on Kafka and cut cloud costs by 37%.\n\n' +
	'I would welcome a conversation about how I could help your team.';

/**
 * The example CV part way through: qualifications and role 1 accepted (role 1 with an open
 * claim), role 2 in review with a claim and an earlier version, role 3 failed, the rest pending;
 * the cover letter as `letter` says.
 */
function preparedSession(name: string, letter: 'pending' | 'to_review' | 'accepted'): Session {
	const base = exampleSession(T);
	base.name = name;
	let cv = syncCvItems(base.cv, base.profile, T);
	const items = cv.sections.flatMap((section) => section.items);
	const set = (kind: CvItem['kind'], index: number, change: Partial<CvItem>) => {
		const target = items.filter((item) => item.kind === kind)[index]!;
		cv = updateItem(cv, target.id, (item) => ({ ...item, updatedAt: T, ...change }));
	};
	const content = {
		text: 'Led the data platform team of a logistics company.',
		bullets: [bullet, 'Mentored four engineers']
	};
	const version = (feedback: string, at: number) => ({
		content,
		createdAt: at,
		origin: 'generated' as const,
		feedback
	});
	set('key_qualifications', 0, {
		status: 'accepted',
		content: { text: '', bullets: ['Airflow', 'Kafka streaming', 'Team leadership'] }
	});
	set('role', 0, {
		status: 'accepted',
		content,
		versions: [version('', T)],
		findings: [claim('37%', bullet, 0)]
	});
	set('role', 1, {
		status: 'to_review',
		content,
		versions: [version('', T), version('shorter', T + 60_000)],
		findings: [claim('37%', bullet, 0)]
	});
	set('role', 2, {
		status: 'failed',
		error: {
			message: 'The model is not available to your key.',
			action: 'Choose another model in Settings, then press Retry.'
		}
	});
	if (letter !== 'pending') {
		const letterContent = { text: letterText, bullets: [] };
		set('cover_letter', 0, {
			status: letter,
			content: letterContent,
			versions: [{ content: letterContent, createdAt: T, origin: 'generated', feedback: '' }],
			findings: [claim('37%', letterText, -1)]
		});
	}
	base.coverLetter = {
		...base.coverLetter,
		recipientName: 'Kari Nordmann',
		recipientTitle: 'Head of Engineering'
	};
	return { ...base, cv, createdAt: T, updatedAt: T };
}

async function openSession(page: Page, session: Session, tab: string) {
	await page.goto('./');
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=${tab}`);
	await expect(page.getByRole('heading', { level: 1, name: session.name })).toBeVisible();
}

test('session list', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByText('No sessions yet')).toBeVisible();
	await shot(page, 'home-empty');
	const first = { ...exampleSession(T), createdAt: T, updatedAt: T };
	const second = {
		...exampleSession(T - 86_400_000),
		createdAt: T - 86_400_000,
		updatedAt: T - 86_400_000
	};
	second.name = 'Analytics Engineer – Nordwind';
	await seedSessions(page, [first, second]);
	await page.reload();
	await expect(page.getByRole('link', { name: second.name })).toBeVisible();
	await shot(page, 'home-sessions');
});

test('profile and job tabs', async ({ page }) => {
	const session = { ...exampleSession(T), createdAt: T, updatedAt: T };
	await openSession(page, session, 'profile');
	await expect(page.getByLabel('Full name')).not.toHaveValue('');
	await shot(page, 'session-profile');
	await page.getByRole('tab', { name: 'Job' }).click();
	await expect(page.getByLabel('Main job description')).not.toHaveValue('');
	await shot(page, 'session-job');
});

test('tailor tab', async ({ page }) => {
	await page.goto('./');
	await connectToMock(page, mock);
	await openSession(page, preparedSession('Tailor review', 'pending'), 'tailor');
	const review = page.getByRole('article', { name: /^Role 2:/ });
	await expect(review.getByText('To review', { exact: true })).toBeVisible();
	await expect(
		page
			.getByRole('article', { name: 'Cover letter' })
			.getByRole('button', { name: 'Write cover letter' })
	).toBeVisible();
	await expect(page.getByText(/Today on this device.*requests/).first()).toBeVisible();
	await shot(page, 'tailor-review');

	await page
		.getByRole('article', { name: /^Role 1:/ })
		.getByRole('button', { name: /^Role 1:/ })
		.click();
	await expect(
		page.getByRole('article', { name: /^Role 1:/ }).getByRole('button', { name: 'Accept' })
	).toHaveCount(0);
	await shot(page, 'tailor-accepted-opened');

	await review.getByRole('button', { name: 'Edit' }).click();
	await expect(review.getByLabel('Bullets, one per line')).toBeVisible();
	await shot(page, 'tailor-editor');
});

test('tailor tab, a letter in review', async ({ page }) => {
	await page.goto('./');
	await connectToMock(page, mock);
	await openSession(page, preparedSession('Letter review', 'to_review'), 'tailor');
	const letter = page.getByRole('article', { name: 'Cover letter' });
	await expect(
		letter.getByRole('region', { name: 'Tailored: Cover letter' }).locator('mark')
	).toHaveText(['37%']);
	await shot(page, 'tailor-letter-review');
	await letter.getByRole('button', { name: 'Edit' }).click();
	await expect(letter.getByLabel('Letter body')).toBeVisible();
	await shot(page, 'tailor-letter-editor');
});

test('CV tab: page, Markdown, cover letter', async ({ page }) => {
	await openSession(page, preparedSession('Export', 'accepted'), 'cv');
	await expect(page.getByRole('article', { name: 'CV preview' })).toBeVisible();
	await shot(page, 'cv-page');
	await page.getByRole('checkbox').first().check();
	await shot(page, 'cv-page-claims-checked');
	await page.getByRole('radio', { name: 'Markdown' }).check();
	await expect(page.getByRole('region', { name: 'Markdown preview' })).toBeVisible();
	await shot(page, 'cv-markdown');
	await page.getByRole('radio', { name: 'Cover letter' }).check();
	await expect(page.getByRole('radio', { name: 'Page' })).toBeVisible();
	await shot(page, 'cv-letter');
	await page.getByRole('radio', { name: 'Markdown' }).check();
	await shot(page, 'cv-letter-markdown');
});

test('CV tab without a letter', async ({ page }) => {
	await openSession(page, preparedSession('No letter', 'pending'), 'cv');
	await page.getByRole('radio', { name: 'Cover letter' }).check();
	await shot(page, 'cv-letter-missing');
});

test('settings with a tested key', async ({ page }) => {
	await page.goto('./');
	await connectToMock(page, mock);
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByRole('list', { name: 'Models available to this key' })).toBeVisible();
	await shot(page, 'settings');
});

test('CV import review', async ({ page }) => {
	await page.goto('./');
	await connectToMock(page, mock);
	await page.goto('./');
	await page
		.getByLabel(/Choose your CV/)
		.setInputFiles('tests/fixtures/cv-import/files/teacher-sidebar.pdf');
	await expect(page.getByRole('heading', { name: 'Review your imported CV' })).toBeFocused();
	await expect(page.getByRole('button', { name: /^Improve with/ })).toBeVisible();
	await shot(page, 'cv-import-review');
});
