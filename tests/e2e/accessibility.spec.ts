/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA) on every page and session tab in the states a
 * person meets, and the keyboard paths the product promises (review with A / E / R, tabs with
 * arrow keys, a delete dialog that holds focus and gives it back, a focus ring you can see).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exampleSession, type Session } from '../../src/lib/domain';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock } from './helpers/connect-mock';
import { cvItem, openPreparedSession } from './helpers/prepared-session';
import { seedSessions } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 20 });
});
test.afterAll(async () => {
	await mock.close();
});

/** Fails with the rule, its impact and the offending elements, so a report says what to fix. */
async function expectNoSeriousViolations(page: Page, state: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const serious = results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.help}\n` +
				violation.nodes
					.slice(0, 5)
					.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
					.join('\n')
		);
	expect(serious, `axe violations in state "${state}"`).toEqual([]);
}

/**
 * The example CV half tailored: qualifications accepted, role 1 waiting for review with one
 * claim the profile does not support and an earlier version, role 2 failed, the rest pending.
 */
function sessionInReview(): Session {
	const session = exampleSession(Date.now());
	session.name = 'Accessibility review';
	const createdAt = 1_700_000_000_000;
	const claim = 'cut costs by 37%';
	const bullet = `Moved 140 nightly batch jobs to Airflow and ${claim}`;
	const reviewContent = {
		text: 'Led the data platform team of a logistics company.',
		bullets: [bullet, 'Mentored four engineers']
	};
	session.cv = {
		sections: [
			{
				kind: 'key_qualifications',
				items: [
					cvItem({
						id: 'kq',
						kind: 'key_qualifications',
						status: 'accepted',
						content: { text: '', bullets: ['Airflow', 'Kafka streaming', 'Team leadership'] }
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
						...(index === 0 && {
							status: 'to_review' as const,
							content: reviewContent,
							versions: [
								{ content: reviewContent, createdAt, origin: 'generated' as const, feedback: '' },
								{
									content: reviewContent,
									createdAt: createdAt + 60_000,
									origin: 'generated' as const,
									feedback: 'shorter'
								}
							],
							findings: [
								{
									kind: 'percentage' as const,
									text: '37%',
									bulletIndex: 0,
									start: bullet.indexOf('37%'),
									end: bullet.indexOf('37%') + 3,
									confirmed: false
								}
							]
						}),
						...(index === 1 && {
							status: 'failed' as const,
							error: {
								message: 'The model is not available to your key.',
								action: 'Choose another model in Settings, then press Retry.'
							}
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

function reviewCard(page: Page) {
	return page.getByRole('article', { name: /^Role 1:/ });
}

test.describe('axe finds nothing serious', () => {
	test('session list: empty, with sessions, delete dialog open', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByText('No sessions yet')).toBeVisible();
		await expectNoSeriousViolations(page, 'empty session list');

		const first = exampleSession(Date.now());
		const second = exampleSession(Date.now() - 86_400_000);
		second.name = 'Analytics Engineer – Nordwind';
		await seedSessions(page, [first, second]);
		await page.reload();
		await expect(page.getByRole('link', { name: second.name })).toBeVisible();
		await expectNoSeriousViolations(page, 'session list with sessions');

		await page.getByRole('button', { name: `Delete ${second.name}` }).click();
		await expect(page.getByRole('dialog', { name: 'Delete this session?' })).toBeVisible();
		await expectNoSeriousViolations(page, 'delete dialog open');
	});

	test('profile and job tabs of the example', async ({ page }) => {
		const session = exampleSession(Date.now());
		await openPreparedSession(page, session, 'profile');
		await expect(page.getByLabel('Full name')).not.toHaveValue('');
		await expectNoSeriousViolations(page, 'profile tab');

		await page.getByRole('tab', { name: 'Job' }).click();
		await expect(page.getByLabel('Main job description')).not.toHaveValue('');
		await expectNoSeriousViolations(page, 'job tab');
	});

	test('tailor tab with an item in review, findings and a failed item; CV tab', async ({
		page
	}) => {
		await page.goto('./');
		await connectToMock(page, mock);
		const session = sessionInReview();
		await openPreparedSession(page, session, 'tailor');
		await expect(reviewCard(page).getByText('To review', { exact: true })).toBeVisible();
		await expect(
			reviewCard(page).getByRole('region', { name: 'Claims not found in your profile' })
		).toContainText('37%');
		await expect(page.getByRole('article', { name: /^Role 2:/ }).getByRole('alert')).toContainText(
			'not available'
		);
		await expectNoSeriousViolations(page, 'tailor tab in review');

		await reviewCard(page).getByRole('button', { name: 'Edit' }).click();
		await expect(reviewCard(page).getByLabel('Bullets, one per line')).toBeVisible();
		await expectNoSeriousViolations(page, 'tailor tab, editor open');

		await page.getByRole('tab', { name: 'CV' }).click();
		await expect(page.getByRole('article', { name: 'CV preview' })).toBeVisible();
		await expectNoSeriousViolations(page, 'CV tab, page preview');
		await page.getByRole('radio', { name: 'Markdown' }).check();
		await expect(page.getByRole('region', { name: 'Markdown preview' })).toBeVisible();
		await expectNoSeriousViolations(page, 'CV tab, Markdown preview');
	});

	test('CV import: the review screen of a two-column PDF, with the LLM pass offered', async ({
		page
	}) => {
		await page.goto('./');
		await connectToMock(page, mock);
		await page.goto('./');
		await page
			.getByLabel(/Choose your CV/)
			.setInputFiles('tests/fixtures/cv-import/files/teacher-sidebar.pdf');
		await expect(page.getByRole('heading', { name: 'Review your imported CV' })).toBeFocused();
		await expect(page.getByRole('button', { name: /^Improve with/ })).toBeVisible();
		await expectNoSeriousViolations(page, 'CV import review');
	});

	test('settings with a tested key', async ({ page }) => {
		await page.goto('./');
		await connectToMock(page, mock);
		await page.getByRole('button', { name: 'Test connection' }).click();
		await expect(page.getByRole('list', { name: 'Models available to this key' })).toBeVisible();
		await expectNoSeriousViolations(page, 'settings with a tested key');
	});
});

test.describe('keyboard', () => {
	test('the review flow: Tab to an item, E edits, R asks for feedback, A accepts', async ({
		page
	}) => {
		await page.goto('./');
		await connectToMock(page, mock);
		await openPreparedSession(page, sessionInReview(), 'tailor');
		const card = reviewCard(page);
		const title = card.getByRole('heading', { level: 3 });
		// The item that waits for review takes focus, so the person can act at once.
		await expect(title).toBeFocused();

		// Away from the item and back with Tab only.
		await page.getByRole('heading', { level: 1 }).click();
		let reached = false;
		for (let presses = 0; presses < 80 && !reached; presses++) {
			await page.keyboard.press('Tab');
			reached = await title.evaluate((element) => element === document.activeElement);
		}
		expect(reached, 'Tab reaches the item waiting for review').toBe(true);

		await page.keyboard.press('e');
		// Focus lands in the editor's first field, and the E itself is not typed into it.
		const summary = card.getByLabel('One-line summary');
		await expect(summary).toBeFocused();
		await expect(summary).toHaveValue('Led the data platform team of a logistics company.');
		await page.keyboard.press('Tab');
		await expect(card.getByLabel('Bullets, one per line')).toBeFocused();
		await page.keyboard.press('Control+End');
		await page.keyboard.type('\nRan the on-call rota');
		await page.keyboard.press('Tab');
		await expect(card.getByRole('button', { name: 'Save changes' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(
			card.getByRole('listitem').filter({ hasText: 'Ran the on-call rota' })
		).toHaveCount(1);
		// The editor closed: focus stays with the item instead of falling back to the page.
		await expect(title).toBeFocused();

		await page.keyboard.press('r');
		await expect(card.getByLabel('Feedback for a new version (optional)')).toBeFocused();
		// Letters typed into the feedback are text, not shortcuts.
		await page.keyboard.type('a bit shorter');
		await expect(card.getByText('To review', { exact: true })).toBeVisible();
		await page.keyboard.press('Shift+Tab');

		await page.keyboard.press('a');
		await expect(card.getByText('Accepted', { exact: true })).toBeVisible();
		// Accepting starts the next pending item (role 2 failed and waits for its Retry); once
		// it is ready for review, focus is on it.
		const next = page.getByRole('article', { name: /^Role 3:/ });
		await expect(next.getByText('To review', { exact: true })).toBeVisible();
		await expect(next.getByRole('heading', { level: 3 })).toBeFocused();
	});

	test('session tabs switch with the arrow keys, Home and End', async ({ page }) => {
		const session = exampleSession(Date.now());
		await openPreparedSession(page, session, 'profile');
		await page.getByRole('tab', { name: 'Profile' }).focus();

		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name: 'Job' })).toBeFocused();
		await expect(page.getByRole('tab', { name: 'Job' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByRole('tabpanel', { name: 'Job' })).toBeVisible();
		await expect(page).toHaveURL(/tab=job/);

		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('tab', { name: 'CV' })).toBeFocused();
		await expect(page.getByRole('tabpanel', { name: 'CV' })).toBeVisible();

		await page.keyboard.press('Home');
		await expect(page.getByRole('tab', { name: 'Profile' })).toBeFocused();
		await page.keyboard.press('End');
		await expect(page.getByRole('tab', { name: 'CV' })).toBeFocused();
		await expect(page.getByRole('tab', { name: 'CV' })).toHaveAttribute('aria-selected', 'true');

		// Only the selected tab is a Tab stop; the next Tab goes into its panel.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('tablist').locator(':focus')).toHaveCount(0);
	});

	test('the delete dialog holds focus, Escape cancels and focus returns', async ({ page }) => {
		const session = exampleSession(Date.now());
		await page.goto('./');
		await seedSessions(page, [session]);
		await page.reload();
		const deleteButton = page.getByRole('button', { name: `Delete ${session.name}` });
		await deleteButton.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
		await expect(dialog).toBeVisible();

		for (let presses = 0; presses < 5; presses++) {
			await page.keyboard.press('Tab');
			await expect(dialog.locator(':focus')).toHaveCount(1);
		}
		for (let presses = 0; presses < 3; presses++) {
			await page.keyboard.press('Shift+Tab');
			await expect(dialog.locator(':focus')).toHaveCount(1);
		}

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(deleteButton).toBeFocused();
		await expect(page.getByRole('link', { name: session.name })).toBeVisible();

		// Confirmed: the button that opened it is gone with its row, so focus stays in the list.
		await page.keyboard.press('Enter');
		await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('link', { name: session.name })).toBeHidden();
		await expect(page.getByRole('heading', { level: 2, name: 'Sessions' })).toBeFocused();
	});

	test('focus is visible on inputs, tabs and buttons, in a colour that stands out', async ({
		page
	}) => {
		const session = exampleSession(Date.now());
		await openPreparedSession(page, session, 'profile');
		/** The focused element's outline, and its contrast with the page behind it (WCAG 1.4.11). */
		const expectVisibleRing = async (what: string) => {
			const ring = await page.locator(':focus').evaluate((element) => {
				const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
				const luminance = (colour: string) => {
					const [red = 0, green = 0, blue = 0] = channels(colour).map((value) => {
						const unit = value / 255;
						return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
				};
				const style = getComputedStyle(element);
				const ringLight = luminance(style.outlineColor);
				const pageLight = luminance(getComputedStyle(document.documentElement).backgroundColor);
				return {
					tag: element.tagName,
					style: style.outlineStyle,
					width: parseFloat(style.outlineWidth),
					contrast:
						(Math.max(ringLight, pageLight) + 0.05) / (Math.min(ringLight, pageLight) + 0.05)
				};
			});
			expect(ring.style, `${what} (${ring.tag}) shows an outline`).not.toBe('none');
			expect(ring.width, `${what} outline width`).toBeGreaterThanOrEqual(2);
			expect(ring.contrast, `${what} outline contrast`).toBeGreaterThanOrEqual(3);
		};

		// Into the panel from its tab: the CV import's file input, then on to the first text field.
		await page.getByRole('tab', { name: 'Profile' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel(/Choose a CV file/)).toBeFocused();
		await expectVisibleRing('the CV file input');
		await page.keyboard.press('Tab');
		await expect(page.getByText('Paste the text instead')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Full name')).toBeFocused();
		await expectVisibleRing('a text field');

		await page.getByRole('tab', { name: 'Profile' }).focus();
		await expect(page.getByRole('tab', { name: 'Profile' })).toBeFocused();
		await expectVisibleRing('a tab');

		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('button', { name: 'Export session' })).toBeFocused();
		await expectVisibleRing('a button');
	});
});
