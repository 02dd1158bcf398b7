/**
 * The last look before an export: claims the person's data does not back, in accepted items,
 * are listed in the CV tab above the downloads, each item a link back to it in the Tailor tab,
 * and every download waits until the person says they checked them. The match figures in the
 * Tailor tab say what they count.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exampleSession, type Finding, type Session } from '../../src/lib/domain';
import { cvTexts } from '../../src/lib/export/cv-plain-text';
import { matchReport } from '../../src/lib/match/match-report';
import { loadTagger } from '../../src/lib/match/phrase-tagger';
import { cvItem, openPreparedSession } from './helpers/prepared-session';

const invented = 'Cut cloud costs by 37% with a Snowflake migration.';
const draftBullet = 'Ran Dagster jobs for 90 stores.';

function claim(bullet: string, text: string, kind: Finding['kind']): Finding {
	const start = bullet.indexOf(text);
	return { kind, text, bulletIndex: 1, start, end: start + text.length, confirmed: false };
}

/**
 * Half tailored: the qualifications and role 1 accepted, role 1 with two claims not in the
 * profile; role 2 a draft with claims of its own, which the export does not carry.
 */
function halfTailoredSession(): Session {
	const session = exampleSession(Date.now());
	session.name = 'Open claims';
	const [first, second] = session.profile.roles;
	const faithful = 'Migrated 140 nightly batch jobs from cron to Airflow on AWS.';
	session.cv = {
		sections: [
			{
				kind: 'key_qualifications',
				items: [
					cvItem({
						id: 'qualifications',
						status: 'accepted',
						kind: 'key_qualifications',
						content: { text: '', bullets: ['Batch and streaming pipelines', 'Team leadership'] }
					})
				]
			},
			{
				kind: 'experience',
				items: [
					cvItem({
						id: 'role-1',
						status: 'accepted',
						kind: 'role',
						sourceId: first?.id ?? '',
						content: { text: '', bullets: [faithful, invented] },
						findings: [claim(invented, '37%', 'percentage'), claim(invented, 'Snowflake', 'tool')]
					}),
					cvItem({
						id: 'role-2',
						kind: 'role',
						sourceId: second?.id ?? '',
						status: 'to_review',
						content: { text: '', bullets: ['Kept the stores running.', draftBullet] },
						findings: [claim(draftBullet, 'Dagster', 'tool')]
					})
				]
			},
			{ kind: 'projects', items: [] },
			{ kind: 'executive_summary', items: [] }
		]
	};
	return session;
}

const DOWNLOADS = ['Download PDF', 'Download Word (.docx)', 'Download Markdown'];

test('open claims are listed before the downloads, which wait until they are checked', async ({
	page
}) => {
	const session = halfTailoredSession();
	await openPreparedSession(page, session, 'cv');

	const check = page.getByRole('region', { name: '2 claims not found in your profile' });
	await expect(check).toBeVisible();
	const roleLink = check.getByRole('link', { name: /^Role 1: / });
	await expect(roleLink).toBeVisible();
	await expect(
		check.getByRole('list', { name: /^Claims in Role 1/ }).getByRole('listitem')
	).toHaveText(['37% (percentage)', 'Snowflake (tool)']);
	// A draft is exported in the person's own words: its claims are not in any file.
	await expect(check).not.toContainText('Dagster');
	await page.screenshot({ path: test.info().outputPath('cv-tab-open-claims.png'), fullPage: true });
	const axe = await new AxeBuilder({ page })
		.include('#panel-cv')
		.withTags(['wcag2a', 'wcag2aa'])
		.analyze();
	expect(
		axe.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
	).toEqual([]);

	for (const name of [...DOWNLOADS, 'Download JSON Resume']) {
		await expect(page.getByRole('button', { name })).toBeDisabled();
	}

	// The link takes the person to the item in the Tailor tab, focused, ready to act on.
	await roleLink.click();
	await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
	const card = page.getByRole('article', { name: /^Role 1: / });
	const title = card.getByRole('heading', { level: 3 });
	// Focus is on the item's title (or the control in it that opens a folded item).
	await expect
		.poll(() => title.evaluate((element) => element.contains(document.activeElement)))
		.toBe(true);
	await card.getByRole('button', { name: '“37%” is true: add it to my profile' }).click();
	await expect(card.getByRole('region', { name: /Claims not found/ })).not.toContainText('37%');

	// Back in the CV tab the confirmed claim is no longer open; one claim is left to check.
	await page.getByRole('tab', { name: 'CV' }).click();
	const left = page.getByRole('region', { name: '1 claim not found in your profile' });
	await expect(left).toBeVisible();
	await expect(
		left.getByRole('list', { name: /^Claims in Role 1/ }).getByRole('listitem')
	).toHaveText(['Snowflake (tool)']);
	await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeDisabled();

	await left.getByRole('checkbox', { name: 'I have checked this claim' }).check();
	for (const name of [...DOWNLOADS, 'Download JSON Resume']) {
		await expect(page.getByRole('button', { name })).toBeEnabled();
	}
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download JSON Resume' }).click();
	const resume = readFileSync(await (await pending).path(), 'utf8');
	expect(resume).toContain(invented);
	expect(resume).not.toContain(draftBullet);

	await left.getByRole('checkbox', { name: 'I have checked this claim' }).uncheck();
	await expect(page.getByRole('button', { name: 'Download JSON Resume' })).toBeDisabled();
});

test('the match figures compare the CV as exported, and say what each one counts', async ({
	page
}) => {
	const session = halfTailoredSession();
	// The panel loads the phrase tagger and then counts the phrases it finds too: so does this.
	await loadTagger();
	const report = matchReport(session, cvTexts(session));
	// Half-way, with a draft still in review: the figure the old panel showed would have dropped.
	await openPreparedSession(page, session, 'tailor');
	const panel = page.locator('details.match');
	await expect(panel.locator('summary')).toContainText(
		`your own text ${report.before.percent}% · CV as exported now ${report.after.percent}%`
	);
	await expect(panel).toContainText(
		'“Your own text”: every role and project as you wrote it, nothing tailored.'
	);
	await expect(panel).toContainText(
		'“CV as exported now”: accepted items in their tailored words, your own text for items not accepted yet or kept as written.'
	);
});
