/**
 * The fabrication guard in the review: the model invents a metric for a role, the review flags
 * it as not found in the profile, and one click has it removed.
 */
import { expect, test } from '@playwright/test';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
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
// Each test answers the role request its own way: forget the previous test's responder.
test.beforeEach(() => {
	mock.reset();
});

function isRoleRequest(request: { body: Record<string, unknown> }) {
	return JSON.stringify(request.body.response_format ?? '').includes('"role_content"');
}

test('an invented metric is flagged in review and removed with one click', async ({ page }) => {
	const session = exampleCut({ roles: 1, projects: 0 });
	mock.addResponder((request) => {
		if (!isRoleRequest(request)) return undefined;
		const asked = request.messages.map((message) => message.content).join('\n');
		const invented = !asked.includes('Remove the claim');
		return JSON.stringify({
			summary: 'Leads the data platform team at Helvetia Freight AG.',
			// Three bullets, as the role prompt asks for at least three.
			bullets: [
				'Migrated 140 nightly batch jobs from cron to Airflow on AWS, cutting weekly failed runs from about 12 to 1.',
				'Designed the shipment event stream on Kafka that feeds near-real-time ETA predictions for 3,000 trucks.',
				invented
					? 'Cut cloud costs by 37% with a Snowflake migration.'
					: 'Mentored two junior engineers, both promoted within 18 months.'
			]
		});
	});

	await openPreparedSession(page, session, 'tailor', { mock, generousLimits: true });
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	const qualifications = page.getByRole('article', { name: 'Key qualifications' });
	await qualifications.getByRole('button', { name: 'Accept' }).click();

	const role = page.getByRole('article', { name: /^Role 1/ });
	const findings = role.getByRole('region', { name: 'Claims not found in your profile' });
	await expect(findings).toBeVisible();
	await expect(findings.getByRole('listitem')).toHaveText([
		/37%.*percentage/,
		/Snowflake.*(tool|product)/
	]);
	// The claims are marked in the bullet itself; the faithful bullet is not.
	const tailored = role.getByRole('region', { name: 'Tailored' });
	await expect(tailored.locator('mark')).toHaveText(['37%', 'Snowflake']);
	const stored = await readStoredSession(page, session.id);
	const item = stored!.cv.sections[1]!.items[0]!;
	expect(item.findings.map((finding) => finding.text)).toEqual(['37%', 'Snowflake']);

	await findings.getByRole('button', { name: 'Remove “37%”' }).click();
	await expect(role.getByText('To review', { exact: true })).toBeVisible();
	await expect(findings).toHaveCount(0);
	await expect(tailored).toContainText('Mentored two junior engineers');
	await expect(tailored.locator('mark')).toHaveCount(0);
});

test('vague inflation the profile does not say is flagged on the card as inflated wording', async ({
	page
}) => {
	const session = exampleCut({ roles: 1, projects: 0 });
	mock.addResponder((request) => {
		if (!isRoleRequest(request)) return undefined;
		return JSON.stringify({
			summary: 'Leads the data platform team at Helvetia Freight AG.',
			bullets: [
				'Migrated 140 nightly batch jobs from cron to Airflow on AWS, cutting weekly failed runs from about 12 to 1.',
				'Designed the shipment event stream on Kafka that feeds near-real-time ETA predictions for 3,000 trucks.',
				'Built an award-winning data platform used across the company.'
			]
		});
	});

	await openPreparedSession(page, session, 'tailor', { mock, generousLimits: true });
	await page.getByRole('button', { name: 'Start tailoring' }).click();
	await page
		.getByRole('article', { name: 'Key qualifications' })
		.getByRole('button', { name: 'Accept' })
		.click();

	const role = page.getByRole('article', { name: /^Role 1/ });
	const findings = role.getByRole('region', { name: 'Claims not found in your profile' });
	await expect(findings.getByRole('listitem')).toHaveText([/award-winning.*inflated wording/]);
	await expect(role.getByRole('region', { name: 'Tailored' }).locator('mark')).toHaveText([
		'award-winning'
	]);
	await role.screenshot({ path: 'test-results-terms/inflation-card.png' });
});
