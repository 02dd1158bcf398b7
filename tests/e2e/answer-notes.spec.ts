/**
 * What the app noticed about a model's answer is shown on the item's card: markup it removed,
 * and an answer shorter than asked that a repair ask did not lengthen. The person can still
 * accept it as it is.
 */
import { expect, test } from '@playwright/test';
import { exampleSession } from '../../src/lib/domain';
import { startMockGroq, type MockChatRequest, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { readStoredSession, seedSessions } from './helpers/seed';

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 10, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});

const SHORT_LIST = [
	'Streaming pipelines with <b>Kafka</b>',
	'Airflow orchestration <img src=x onerror="window.__pwned=1">',
	'Data modelling with dbt',
	'Mentoring engineers'
];

/** Four key qualifications where ten are asked, however the app asks (JSON, text, cleaner). */
function shortQualifications(request: MockChatRequest): string | undefined {
	const prompt = request.messages.map((message) => message.content).join('\n');
	if (!/key qualifications that make|list of key qualifications/.test(prompt)) return undefined;
	return request.jsonSchema || request.jsonObject
		? JSON.stringify({ qualifications: SHORT_LIST })
		: SHORT_LIST.map((entry) => `- ${entry}`).join('\n');
}

test('a short answer with markup is noted on its card, and can be accepted anyway', async ({
	page
}) => {
	mock.addResponder(shortQualifications);
	const session = exampleSession(Date.now());
	session.name = 'Answer notes e2e';
	session.profile.roles = session.profile.roles.slice(0, 1);
	session.profile.projects = [];
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto(`./session?id=${session.id}&tab=tailor`);
	await page.getByRole('button', { name: 'Start tailoring' }).click();

	const card = page.getByRole('article', { name: 'Key qualifications' });
	await expect(card.getByText('To review', { exact: true })).toBeVisible();
	const notes = card.getByRole('region', { name: 'Notes on this answer: Key qualifications' });
	await expect(notes).toContainText('Shorter than asked: 4 of 10 qualifications.');
	await expect(notes).toContainText('markup (HTML tags)');
	await expect(card.getByRole('region', { name: /^Tailored/ }).getByRole('listitem')).toHaveText([
		'Streaming pipelines with Kafka',
		'Airflow orchestration',
		'Data modelling with dbt',
		'Mentoring engineers'
	]);
	await card.screenshot({ path: test.info().outputPath('answer-notes.png') });

	await card.getByRole('button', { name: 'Accept' }).click();
	await expect(card.getByText('Accepted', { exact: true })).toBeVisible();
	const stored = await readStoredSession(page, session.id);
	const item = stored!.cv.sections[0]!.items[0]!;
	expect(item.status).toBe('accepted');
	expect(item.notes?.map((note) => note.kind)).toEqual(['markup_removed', 'short_answer']);
	expect(JSON.stringify(item.content)).not.toMatch(/<|onerror/);
});
