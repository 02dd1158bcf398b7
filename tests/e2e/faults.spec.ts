/**
 * The fault matrix: whatever Groq, the network, the browser or the person does in the middle of
 * tailoring, the item affected ends in a clear state with words a non-engineer understands and a
 * next action, everything else (and everything accepted) is intact in IndexedDB, and the person
 * can go on. Each case starts from a session whose key qualifications and first role are
 * accepted, with the second role next, against the mock Groq server in real Chromium.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CvItemSchema, newId, type CvItem, type Session } from '../../src/lib/domain';
import { startMockGroq, type MockFault, type MockGroq } from '../mock-groq/server';
import { generousMockLimits } from './helpers/connect-mock';
import { exampleCut, openPreparedSession } from './helpers/prepared-session';
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

const ACCEPTED_QUALIFICATIONS = [
	'Kafka and Spark pipelines on AWS',
	'Airflow orchestration of 140 batch jobs',
	'dbt models with tests and documentation',
	'Mentoring data engineers'
];

function accepted(kind: CvItem['kind'], sourceId: string, bullets: string[], text = ''): CvItem {
	const content = { text, bullets };
	return CvItemSchema.parse({
		id: newId(),
		kind,
		sourceId,
		status: 'accepted',
		content,
		versions: [{ content, createdAt: Date.now(), origin: 'generated', feedback: '' }],
		updatedAt: Date.now()
	});
}

function pending(kind: CvItem['kind'], sourceId: string): CvItem {
	return CvItemSchema.parse({ id: newId(), kind, sourceId, updatedAt: Date.now() });
}

/** Key qualifications and role 1 accepted; role 2 is next; the summary waits for it. */
function preparedSession(): Session {
	const session = exampleCut({ name: 'Fault matrix', roles: 2, projects: 0 });
	const [first, second] = session.profile.roles as [
		(typeof session.profile.roles)[number],
		(typeof session.profile.roles)[number]
	];
	session.cv = {
		sections: [
			{
				kind: 'key_qualifications',
				items: [accepted('key_qualifications', '', ACCEPTED_QUALIFICATIONS)]
			},
			{
				kind: 'experience',
				items: [
					accepted(
						'role',
						first.id,
						[
							'Moved 140 nightly batch jobs to Airflow on AWS; failed runs fell from 12 a week to 1.',
							'Built the Kafka shipment event stream behind ETA predictions for 3,000 trucks.'
						],
						'Leads a four-person data platform team.'
					),
					pending('role', second.id)
				]
			},
			{ kind: 'projects', items: [] },
			{ kind: 'executive_summary', items: [pending('executive_summary', '')] },
			{ kind: 'cover_letter', items: [pending('cover_letter', '')] }
		]
	};
	return session;
}

function card(page: Page, name: RegExp | string): Locator {
	return page.getByRole('article', { name });
}

const secondRole = (page: Page) => card(page, /^Role 2: Data Engineer/);

function chats() {
	return mock.requests.filter(
		(request) => request.method === 'POST' && request.path === '/openai/v1/chat/completions'
	);
}

async function waitForChats(count: number): Promise<void> {
	await expect.poll(() => chats().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
}

async function openTailor(page: Page, session: Session): Promise<void> {
	await openPreparedSession(page, session, 'tailor', { mock, generousLimits: true });
	await expect(secondRole(page).getByText('Pending', { exact: true })).toBeVisible();
}

async function continueTailoring(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/** What a person must never be shown: programmer's words, placeholders, raw data. */
const TECHNICAL_JUNK =
	/\bundefined\b|\bnull\b|\bNaN\b|\[object|TypeError|SyntaxError|ReferenceError|AbortError|Error:|\bat \S+ \(|https?:\/\/127\.0\.0\.1|[{}]|gsk_/;

/**
 * The failed item says what happened and what to do, in sentences, and offers Retry.
 */
async function expectExplainedFailure(
	item: Locator,
	message: RegExp,
	action: RegExp
): Promise<void> {
	const alert = item.getByRole('alert');
	await expect(alert).toContainText(message);
	await expect(alert).toContainText(action);
	await expect(item.getByText('Failed', { exact: true })).toBeVisible();
	const text = await alert.innerText();
	expect(text).not.toMatch(TECHNICAL_JUNK);
	expect(text).not.toContain(mock.apiKey);
	const sentences = text.split('\n').filter((line) => line.trim() !== '');
	for (const sentence of sentences) expect(sentence.trim().split(/\s+/).length).toBeGreaterThan(1);
	await expect(item.getByRole('button', { name: 'Retry' })).toBeEnabled();
}

/** The key qualifications and role 1 are stored exactly as accepted; nothing is left generating. */
async function expectAcceptedIntact(page: Page, seeded: Session): Promise<Session> {
	const stored = await readStoredSession(page, seeded.id);
	expect(stored).toBeDefined();
	const items = stored!.cv.sections.flatMap((section) => section.items);
	const before = seeded.cv.sections.flatMap((section) => section.items);
	for (const original of before.filter((item) => item.status === 'accepted')) {
		const now = items.find((item) => item.id === original.id);
		expect(now, `${original.kind} is still there`).toBeDefined();
		expect(now!.status).toBe('accepted');
		expect(now!.content).toEqual(original.content);
		expect(now!.versions).toEqual(original.versions);
	}
	expect(items.map((item) => item.id)).toEqual(before.map((item) => item.id));
	expect(stored!.profile).toEqual(seeded.profile);
	expect(stored!.job).toEqual(seeded.job);
	return stored!;
}

function storedItem(stored: Session, kind: CvItem['kind'], index = 0): CvItem {
	return stored.cv.sections
		.flatMap((section) => section.items)
		.filter((item) => item.kind === kind)[index]!;
}

/** The fault is gone: Retry writes the item and the summary can follow. */
async function expectRetryWorks(page: Page): Promise<void> {
	const role = secondRole(page);
	await role.getByRole('button', { name: 'Retry' }).click();
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	await expect(role.getByRole('alert')).toHaveCount(0);
}

interface FailureCase {
	name: string;
	faults: MockFault[];
	/** Requests Groq sees for the item: retries only for what a later attempt can fix. */
	attempts: number;
	message: RegExp;
	action: RegExp;
}

const rateLimited: MockFault = { kind: 'rate_limit', retryAfterSeconds: 1 };

const FAILURES: FailureCase[] = [
	{
		name: 'a burst of 429s longer than the retry budget',
		faults: [rateLimited, rateLimited, rateLimited, rateLimited],
		attempts: 4,
		message: /Groq asked us to slow down \(rate limit\)\./,
		action: /Wait a moment, then press Retry\./
	},
	{
		name: '500 on every attempt',
		faults: Array<MockFault>(4).fill({ kind: 'server_error' }),
		attempts: 4,
		message: /Groq had a temporary problem\./,
		action: /Press Retry in a minute\./
	},
	{
		name: '503 on every attempt',
		faults: Array<MockFault>(4).fill({ kind: 'unavailable' }),
		attempts: 4,
		message: /Groq had a temporary problem\./,
		action: /Press Retry in a minute\./
	},
	{
		name: 'the connection dropped mid-response on every attempt',
		faults: Array<MockFault>(4).fill({ kind: 'drop' }),
		attempts: 4,
		message: /The connection to Groq broke off before the answer arrived\./,
		action: /Check your connection, then press Retry\./
	},
	{
		name: 'malformed JSON on every attempt',
		faults: Array<MockFault>(4).fill({ kind: 'malformed_json' }),
		attempts: 4,
		message: /Groq sent a response the app could not read\./,
		action: /Press Retry in a minute\./
	},
	{
		name: 'empty content, also on the repair',
		faults: [{ kind: 'empty_content' }, { kind: 'empty_content' }],
		attempts: 2,
		message: /The model returned an empty answer\./,
		action: /Press Retry; a new answer usually works\./
	},
	{
		name: 'output that fails the schema, and again after the repair',
		faults: Array<MockFault>(3).fill({ kind: 'schema_violation' }),
		attempts: 3,
		message: /The model answered twice in a form the app could not use\./,
		action:
			/Press Retry; a new answer usually works\. If it keeps failing, pick another model in Settings\./
	},
	{
		name: '401 in the middle of a session (key revoked)',
		faults: [{ kind: 'unauthorized' }],
		attempts: 1,
		message: /Groq refused the API key \(it may be mistyped or revoked\)\./,
		action: /Check or replace your key in Settings, then press Retry\./
	},
	{
		name: '404 for a model that is gone',
		faults: [{ kind: 'model_not_found' }],
		attempts: 1,
		message:
			/The model “openai\/gpt-oss-120b” does not exist on Groq or is not available to this key\./,
		action: /Pick another model in Settings, then press Retry\./
	},
	{
		name: '400 for a retired model',
		faults: [{ kind: 'model_decommissioned' }],
		attempts: 1,
		message: /Groq has retired the model “openai\/gpt-oss-120b”\./,
		action: /Pick another model in Settings, then press Retry\./
	}
];

for (const failure of FAILURES) {
	test(`${failure.name}: the item says so and how to go on; the rest is intact`, async ({
		page
	}) => {
		const session = preparedSession();
		await openTailor(page, session);
		mock.injectFaults(...failure.faults);
		await continueTailoring(page);
		const role = secondRole(page);
		await expectExplainedFailure(role, failure.message, failure.action);
		expect(chats()).toHaveLength(failure.attempts);

		const stored = await expectAcceptedIntact(page, session);
		const failed = storedItem(stored, 'role', 1);
		expect(failed.status).toBe('failed');
		expect(failed.error?.message).toMatch(failure.message);
		expect(failed.error?.action).toMatch(failure.action);
		expect(storedItem(stored, 'executive_summary').status).toBe('pending');
		// Another part of the app still works while the item waits (the accepted item is folded:
		// its title opens it).
		await card(page, 'Key qualifications')
			.getByRole('button', { name: 'Key qualifications', exact: true })
			.click();
		await card(page, 'Key qualifications').getByRole('button', { name: 'Edit' }).click();
		await expect(page.getByLabel('Qualification 1', { exact: true })).toHaveValue(
			ACCEPTED_QUALIFICATIONS[0]!
		);
		await card(page, 'Key qualifications').getByRole('button', { name: 'Cancel' }).click();

		await expectRetryWorks(page);
	});
}

test('a 429 with retry-after is waited out, shown as a countdown, and the item is written', async ({
	page
}) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'rate_limit', retryAfterSeconds: 2 });
	await continueTailoring(page);
	const role = secondRole(page);
	await expect(role.getByText(/Trying again in \d s after Groq's rate limit/)).toBeVisible();
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	await expect(role.getByRole('alert')).toHaveCount(0);
	const [first, second] = chats();
	expect(second!.at - first!.at).toBeGreaterThanOrEqual(1_900);
	await expectAcceptedIntact(page, session);
});

test('the day limit: said with its reset time, never hammered, and another model goes on', async ({
	page
}) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'day_limit' });
	await continueTailoring(page);
	const role = secondRole(page);
	const message =
		/Today's Groq allowance of requests for “openai\/gpt-oss-120b” is used up; it frees up in about 3 h\./;
	const action = /Try again after the reset time, or pick another model in Settings\./;
	await expectExplainedFailure(role, message, action);

	// Retrying now cannot work: the app says so again at once, without asking Groq.
	await role.getByRole('button', { name: 'Retry' }).click();
	await expectExplainedFailure(role, message, action);
	expect(chats()).toHaveLength(1);
	await expectAcceptedIntact(page, session);

	// The next action it names: another model for writing, then Retry.
	await page.getByRole('link', { name: 'Settings' }).click();
	await page
		.getByLabel('Model for writing (summary, bullet points)')
		.selectOption('openai/gpt-oss-20b');
	await expect(page.getByText('Writing now uses openai/gpt-oss-20b.')).toBeVisible();
	await page.goBack();
	await expectRetryWorks(page);
	expect(chats().at(-1)!.body).toMatchObject({ model: 'openai/gpt-oss-20b' });
});

test('a request that hangs: the item fails after two timeouts, not six minutes of waiting', async ({
	page
}) => {
	const session = preparedSession();
	// Groq's timeout is 90 s: the browser's clock jumps over it instead of the test waiting.
	await page.clock.install();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'hang' }, { kind: 'hang' });
	await continueTailoring(page);
	const role = secondRole(page);
	await waitForChats(1);
	await expect(role.getByText('Groq is writing…')).toBeVisible();
	await expect(role.getByRole('button', { name: 'Cancel' })).toBeEnabled();
	await page.clock.fastForward(91_000);
	await waitForChats(2);
	await page.clock.fastForward(91_000);
	await expectExplainedFailure(role, /Groq took too long to answer\./, /Press Retry\./);
	expect(chats()).toHaveLength(2);
	const stored = await expectAcceptedIntact(page, session);
	expect(storedItem(stored, 'role', 1).status).toBe('failed');
	await expectRetryWorks(page);
});

test('an answer that stops half-way: the same timeout covers the body, not only the headers', async ({
	page
}) => {
	const session = preparedSession();
	await page.clock.install();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'stall' }, { kind: 'stall' });
	await continueTailoring(page);
	const role = secondRole(page);
	await waitForChats(1);
	await page.clock.fastForward(91_000);
	await waitForChats(2);
	await page.clock.fastForward(91_000);
	await expectExplainedFailure(role, /Groq took too long to answer\./, /Press Retry\./);
	await expectAcceptedIntact(page, session);
	await expectRetryWorks(page);
});

test('going offline mid-request stops it at once and resumes it when back online', async ({
	page,
	context
}) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'hang' });
	await continueTailoring(page);
	await waitForChats(1);
	await context.setOffline(true);
	const role = secondRole(page);
	await expect(role.getByText('Pending', { exact: true })).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'You are offline, so this item was stopped.' })
	).toBeVisible();
	await expect(page.getByText('Editing and export still work.')).toBeVisible();
	const stored = await expectAcceptedIntact(page, session);
	expect(storedItem(stored, 'role', 1).status).toBe('pending');

	await context.setOffline(false);
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	expect(chats()).toHaveLength(2);
	await expectAcceptedIntact(page, session);
});

test('a reload mid-request: the item is written again by itself, without Continue', async ({
	page
}) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'hang' });
	await continueTailoring(page);
	await waitForChats(1);
	expect(storedItem((await readStoredSession(page, session.id))!, 'role', 1).status).toBe(
		'generating'
	);
	await page.reload();
	const role = secondRole(page);
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	await expect(role.getByRole('alert')).toHaveCount(0);
	expect(chats()).toHaveLength(2);
	await expectAcceptedIntact(page, session);
	await expect
		.poll(async () => storedItem((await readStoredSession(page, session.id))!, 'role', 1).status)
		.toBe('to_review');
});

test('a reload after Cancel leaves the cancelled item for the person', async ({ page }) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'hang' });
	await continueTailoring(page);
	await waitForChats(1);
	await secondRole(page).getByRole('button', { name: 'Cancel' }).click();
	const role = secondRole(page);
	await expect(role.getByText('Pending', { exact: true })).toBeVisible();
	await expect
		.poll(async () => storedItem((await readStoredSession(page, session.id))!, 'role', 1).status)
		.toBe('pending');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeEnabled();
	await expect(role.getByText('Pending', { exact: true })).toBeVisible();
	expect(chats()).toHaveLength(1);
});

test('the tab closed mid-request: reopened, the item is pending and continues', async ({
	page,
	context
}) => {
	const session = preparedSession();
	await openTailor(page, session);
	mock.injectFaults({ kind: 'hang' });
	await continueTailoring(page);
	await waitForChats(1);
	await page.close({ runBeforeUnload: true });

	const reopened = await context.newPage();
	await reopened.goto(`./session?id=${session.id}&tab=tailor`);
	const role = secondRole(reopened);
	await expect(role.getByText('Pending', { exact: true })).toBeVisible();
	await expectAcceptedIntact(reopened, session);
	await continueTailoring(reopened);
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	expect(chats()).toHaveLength(2);
});
