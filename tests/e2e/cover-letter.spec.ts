/**
 * The cover letter in the Tailor tab against the mock Groq server: it appears once something is
 * accepted, costs no request until the person presses "Write cover letter", is written from the
 * options they set, reviewed like any item (edit, regenerate with feedback, a flagged claim
 * removed in one click), excluded in one click, and kept across a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Session } from '../../src/lib/domain';
import { syncCvItems } from '../../src/lib/pipeline/sync-cv-items';
import { coverLetterParagraphs } from '../mock-groq/cover-letter-responder';
import { startMockGroq, type MockChatRequest, type MockGroq } from '../mock-groq/server';
import { generousMockLimits } from './helpers/connect-mock';
import { exampleCut, letterReadySession, openPreparedSession } from './helpers/prepared-session';
import { readStoredSession } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 20, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});
test.beforeEach(() => {
	mock.reset();
});

/** Two roles, no projects; with `accepted`, the key qualifications and the first role accepted. */
function session(accepted: boolean): Session {
	if (!accepted) {
		const base = exampleCut({ name: 'Nothing accepted', roles: 2, projects: 0 });
		return { ...base, cv: syncCvItems(base.cv, base.profile, Date.now()) };
	}
	return letterReadySession('Letter e2e', [
		'Designed the shipment event stream on Kafka that feeds near-real-time ETA predictions for 3,000 trucks.',
		'Mentored two junior engineers, both promoted within 18 months.'
	]);
}

function chats() {
	return mock.requests.filter(
		(request) => request.path === '/openai/v1/chat/completions' && request.method === 'POST'
	);
}

/** The user message of the last request the mock received. */
function lastPrompt(): string {
	const body = chats().at(-1)?.body as { messages: Array<{ role: string; content: string }> };
	return body.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

/** axe over the letter's card: nothing serious or critical (labels, contrast, roles). */
async function expectAccessibleCard(page: Page) {
	const id = await letterCard(page).getAttribute('data-item-id');
	const results = await new AxeBuilder({ page })
		.include(`article[data-item-id="${id}"]`)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const serious = results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`
		);
	expect(results.passes.length).toBeGreaterThan(0);
	expect(serious).toEqual([]);
}

/** The card as the person sees it, for a look at the layout (the sticky steps kept out of it). */
async function snapshot(page: Page, name: string) {
	await page.addStyleTag({ content: '.steps-bar { position: static !important; }' });
	const dismiss = page.getByRole('button', { name: 'Dismiss' });
	if (await dismiss.isVisible()) await dismiss.click();
	await letterCard(page).screenshot({ path: test.info().outputPath(`${name}.png`) });
}

const letterCard = (page: Page) => page.getByRole('article', { name: 'Cover letter' });

test('written on request from the options, edited, regenerated with feedback, kept across a reload', async ({
	page
}) => {
	test.setTimeout(90_000);
	const seeded = session(true);
	await openPreparedSession(page, [seeded], 'tailor', { mock, generousLimits: true });
	const letter = letterCard(page);
	await expect(letter.getByText('Pending', { exact: true })).toBeVisible();
	// Opening the tab, and the letter waiting there, spend no request.
	expect(chats()).toHaveLength(0);

	await letter.getByLabel('Recipient’s name').fill('Kari Nordmann');
	await letter.getByLabel('Their title').fill('Head of Engineering');
	await expect(letter.getByLabel('Company')).toHaveValue('Acme Mobility');
	await letter.getByRole('radio', { name: 'Warm' }).check();
	await letter.getByRole('radio', { name: /Short/ }).check();
	await letter.getByLabel('Point 1').fill('I am relocating to Zürich in March.');
	await snapshot(page, 'letter-options');
	await expectAccessibleCard(page);
	await letter.getByRole('button', { name: 'Write cover letter' }).click();

	await expect(letter.getByText('To review', { exact: true })).toBeVisible();
	expect(chats()).toHaveLength(1);
	const prompt = lastPrompt();
	expect(prompt).toContain(
		'at Acme Mobility, addressed to Kari Nordmann, Head of Engineering: about 150 words'
	);
	expect(prompt).toContain('Tone: warm');
	expect(prompt).toContain('<person>\n- I am relocating to Zürich in March.\n</person>');
	const body = letter.getByRole('region', { name: 'Tailored: Cover letter' });
	await expect(body.locator('p').first()).toHaveText('Dear Kari Nordmann,');
	await expect(body).toContainText('I am relocating to Zürich in March.');
	await expect(body.locator('mark')).toHaveCount(0);
	await snapshot(page, 'letter-written');
	await expectAccessibleCard(page);

	// Edited by the person: paragraphs between blank lines.
	await letter.getByRole('button', { name: 'Edit' }).click();
	await letter
		.getByLabel('Letter body')
		.fill(
			'I would like to lead the data platform team at Acme Mobility.\n\nI designed the shipment event stream on Kafka at Helvetia Freight.'
		);
	await letter.getByRole('button', { name: 'Save changes' }).click();
	await expect(body.locator('p')).toHaveText([
		'Dear Kari Nordmann,',
		'I would like to lead the data platform team at Acme Mobility.',
		'I designed the shipment event stream on Kafka at Helvetia Freight.',
		/^Kind regards,/,
		/words in the body/
	]);

	// Regenerated with feedback: the feedback and the edited letter reach the model.
	await letter.getByLabel('Feedback for a new version (optional)').fill('say more about mentoring');
	await letter.getByRole('button', { name: 'Regenerate' }).click();
	await expect(body).not.toContainText('I would like to lead the data platform team');
	expect(chats()).toHaveLength(2);
	expect(lastPrompt()).toContain('<feedback>\nsay more about mentoring\n</feedback>');
	expect(lastPrompt()).toContain('I would like to lead the data platform team at Acme Mobility.');
	const accepted = await body.locator('p').allTextContents();
	await letter.getByRole('button', { name: 'Accept' }).click();
	// Accepted, the card folds to its first line.
	await expect(letter.getByText('Accepted', { exact: true })).toBeVisible();
	await expect(body).toHaveCount(0);
	// Accepting the letter is not a go-ahead for the CV: the next role was not written.
	expect(chats()).toHaveLength(2);

	await page.reload();
	await expect(letter.getByText('Accepted', { exact: true })).toBeVisible();
	await letter.getByRole('button', { name: 'Cover letter' }).click();
	await expect(body.locator('p')).toHaveText(accepted);
	const stored = await readStoredSession(page, seeded.id);
	const item = stored!.cv.sections.find((section) => section.kind === 'cover_letter')!.items[0]!;
	expect(item.status).toBe('accepted');
	expect(item.versions.map((version) => version.origin)).toEqual([
		'generated',
		'edited',
		'generated'
	]);
	expect(stored!.coverLetter).toMatchObject({
		recipientName: 'Kari Nordmann',
		tone: 'warm',
		length: 'short',
		points: ['I am relocating to Zürich in March.']
	});
	expect(chats()).toHaveLength(2);
});

test('a figure the person never gave is marked in the letter and removed with one click', async ({
	page
}) => {
	mock.addResponder((request: MockChatRequest) => {
		const paragraphs = coverLetterParagraphs(request);
		if (!paragraphs) return undefined;
		const asked = request.messages.map((message) => message.content).join('\n');
		if (!asked.includes('Remove the claim')) {
			paragraphs[1] = `I cut cloud costs by 37% in one year. ${paragraphs[1]}`;
		}
		return JSON.stringify({ paragraphs });
	});
	await openPreparedSession(page, [session(true)], 'tailor', { mock, generousLimits: true });
	const letter = letterCard(page);
	await letter.getByRole('button', { name: 'Write cover letter' }).click();
	await expect(letter.getByText('To review', { exact: true })).toBeVisible();

	// One request: a letter of the asked length needs no second ask.
	expect(chats()).toHaveLength(1);
	const body = letter.getByRole('region', { name: 'Tailored: Cover letter' });
	await expect(body.locator('mark')).toHaveText(['37%']);
	await snapshot(page, 'letter-finding');
	const findings = letter.getByRole('region', { name: 'Claims not found in your profile' });
	await expect(findings.getByRole('listitem')).toHaveText([/37%.*percentage/]);
	await findings.getByRole('button', { name: 'Remove “37%”' }).click();
	await expect(findings).toHaveCount(0);
	await expect(body).not.toContainText('37%');
	await expect(body.locator('mark')).toHaveCount(0);
	expect(chats()).toHaveLength(2);
	expect(lastPrompt()).toContain('Remove the claim');
});

test('absent until something is accepted; one click leaves it out, one brings it back', async ({
	page
}) => {
	const fresh = session(false);
	const ready = session(true);
	await openPreparedSession(page, [fresh, ready], 'tailor', { mock, generousLimits: true });
	await expect(page.getByRole('article', { name: 'Key qualifications' })).toBeVisible();
	await expect(letterCard(page)).toHaveCount(0);

	await page.goto(`./session?id=${ready.id}&tab=tailor`);
	const letter = letterCard(page);
	// Left out, the card folds to one line (its checkbox with it) and keeps the focus.
	await letter.getByRole('checkbox', { name: 'No cover letter for this application' }).click();
	await expect(letter.getByText('Not wanted', { exact: true })).toBeVisible();
	await expect(letter.getByRole('heading', { name: 'Cover letter' })).toBeFocused();
	await expect(letter.getByRole('button', { name: 'Write cover letter' })).toHaveCount(0);
	await expect
		.poll(async () => {
			const stored = await readStoredSession(page, ready.id);
			return stored?.cv.sections.find((section) => section.kind === 'cover_letter')?.items[0]
				?.excluded;
		})
		.toBe(true);

	await letter.getByRole('button', { name: 'Cover letter' }).click();
	await letter.getByRole('checkbox', { name: 'No cover letter for this application' }).uncheck();
	await expect(letter.getByRole('button', { name: 'Write cover letter' })).toBeVisible();
	expect(chats()).toHaveLength(0);
});
