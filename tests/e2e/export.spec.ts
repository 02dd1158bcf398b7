import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PaperSize, Session } from '../../src/lib/domain';
import { parseJsonResumeFile } from '../../src/lib/domain/json-resume';
import { buildCvDocument } from '../../src/lib/export/cv-document';
import { htmlTexts, readDocx } from '../../src/lib/export/docx/testing/read-docx';
import {
	hostileSession,
	longTailoredSession,
	tailoredExampleSession
} from '../../src/lib/export/__fixtures__/tailored-sessions';
import { getTemplate } from '../../templates';
import { expectedCvText } from '../fixtures/export/expected-cv-text';
import {
	firstOutOfOrder,
	linesOutsideMargins,
	pdfFonts,
	pdfInfo,
	pdfLines,
	pdfText
} from '../fixtures/export/pdf-inspect';
import { seedSessions } from './helpers/seed';
import { pageSettled } from './helpers/watch-page';

const downloads = mkdtempSync(join(tmpdir(), 'aicvgen-e2e-export-'));

async function openCvTab(page: Page, session: Session) {
	await page.goto('./');
	// Seed only once the app has created its database, or the seed would create an empty one.
	await expect(page.getByLabel('Job you apply for')).toBeVisible();
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((database) => database.name === 'aicvgen')
	);
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=cv`);
	await expect(page.getByRole('heading', { name: 'Preview and download' })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await pending;
	const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
	await file.saveAs(path);
	return { path, name: file.suggestedFilename() };
}

/** The JavaScript files the page has fetched so far. */
async function loadedScripts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => new URL(name).pathname.endsWith('.js'))
	);
}

async function choose(page: Page, template: string, paper: PaperSize) {
	await page.getByLabel('Template').selectOption(template);
	await page.getByLabel('Paper size').selectOption(paper);
	await expect(page.getByRole('article', { name: 'CV preview' })).toBeVisible();
}

/** Checks one downloaded PDF the way an ATS and a recruiter would read it. */
function checkPdf(
	path: string,
	session: Session,
	template: string,
	paper: PaperSize,
	pages: number
) {
	const info = pdfInfo(path);
	expect(info.pages, `${template} ${paper} page count`).toBe(pages);
	expect([info.width, info.height]).toEqual(paper === 'a4' ? [595.28, 841.89] : [612, 792]);
	const document = buildCvDocument(session, getTemplate(template), paper);
	expect(firstOutOfOrder(pdfText(path), expectedCvText(document))).toBeUndefined();
	for (const font of pdfFonts(path)) {
		expect(font, font.name).toMatchObject({ embedded: true, unicodeMap: true });
	}
	const margins = getTemplate(template).style.margins;
	expect(linesOutsideMargins(pdfLines(path), info, margins)).toEqual([]);
}

test('the example CV downloads as a complete, readable PDF in A4 and Letter', async ({ page }) => {
	const session = tailoredExampleSession(Date.now());
	await openCvTab(page, session);

	const a4 = await download(page, 'Download PDF');
	expect(a4.name).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf');
	await expect(
		page.getByRole('status').filter({ hasText: /Downloaded .*\.pdf, 2 pages/ })
	).toBeVisible();
	checkPdf(a4.path, session, 'classic', 'a4', 2);
	const text = pdfText(a4.path);
	for (const expected of [
		'Zoë Łukasiewicz-Müller',
		'Łódź Retail Analytics Sp. z o.o., Łódź, Poland',
		'Banco Paulista de Investimentos, São Paulo, Brazil',
		'naïve cron-based scheduler',
		'€40,000',
		'rework —',
		'PROFESSIONAL EXPERIENCE',
		'Apr 2021 – Present'
	]) {
		expect(text).toContain(expected);
	}
	expect(pdfFonts(a4.path).map((font) => font.name)).toContain('DejaVuSans-Bold');

	await choose(page, 'compact', 'letter');
	const letter = await download(page, 'Download PDF');
	checkPdf(letter.path, session, 'compact', 'letter', 2);
	expect(pdfFonts(letter.path).map((font) => font.name)).toContain('DejaVuSansCondensed-Bold');
});

test('a long career breaks into the expected pages for each template and paper', async ({
	page
}) => {
	const session = longTailoredSession(Date.now());
	await openCvTab(page, session);
	for (const [template, paper, pages] of [
		['classic', 'a4', 5],
		['classic', 'letter', 5],
		['compact', 'a4', 4],
		['compact', 'letter', 4]
	] as const) {
		await choose(page, template, paper);
		const file = await download(page, 'Download PDF');
		checkPdf(file.path, session, template, paper, pages);
		expect(pdfText(file.path)).toContain(`Page ${pages} of ${pages}`);
	}
});

test('Markdown and JSON Resume download, named after the person and the job', async ({ page }) => {
	const session = tailoredExampleSession(Date.now());
	await openCvTab(page, session);

	const markdown = await download(page, 'Download Markdown');
	expect(markdown.name).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.md');
	const text = readFileSync(markdown.path, 'utf8');
	expect(text).toMatch(/^# Zoë Łukasiewicz-Müller\n/);
	expect(text).toContain('## Professional Experience');

	const json = await download(page, 'Download JSON Resume');
	expect(json.name).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.resume.json');
	const imported = parseJsonResumeFile(readFileSync(json.path, 'utf8'));
	expect(imported.ok && imported.value.roles.map((role) => role.organization)).toEqual(
		session.profile.roles.map((role) => role.organization)
	);
});

test('the Word file downloads, named like the PDF, with real headings and lists', async ({
	page
}) => {
	const session = tailoredExampleSession(Date.now());
	await openCvTab(page, session);
	await choose(page, 'compact', 'letter');
	const scriptsBefore = await loadedScripts(page);
	const file = await download(page, 'Download Word (.docx)');
	expect(file.name).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx');
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: 'Downloaded Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx.' })
	).toBeVisible();
	// The Word writer (the docx library) arrives with the first click, never with the page.
	const isWordWriter = async (url: string) =>
		(await (await page.request.get(url)).text()).includes('w:rPrDefault');
	for (const url of scriptsBefore) expect(await isWordWriter(url), url).toBe(false);
	const added = (await loadedScripts(page)).filter((url) => !scriptsBefore.includes(url));
	expect((await Promise.all(added.map(isWordWriter))).some(Boolean)).toBe(true);

	const docx = await readDocx(new Uint8Array(readFileSync(file.path)));
	const document = buildCvDocument(session, getTemplate('compact'), 'letter');
	expect(htmlTexts(docx.html, 'h1')).toEqual(document.sections.map((section) => section.heading));
	const bullets = htmlTexts(docx.html, 'li');
	expect(bullets).toContain(
		'Moved a naïve cron-based scheduler to Airflow on AWS, saving roughly €40,000 a year in rework — and a lot of weekend pages.'
	);
	expect(bullets).toHaveLength(
		document.sections
			.flatMap((section) => section.blocks)
			.reduce((sum, block) => sum + (block.kind === 'entry' ? block.entry.bullets.length : 0), 0)
	);
	expect(docx.text).not.toContain('•');
	expect(docx.text).toContain('Zoë Łukasiewicz-Müller');
	expect(docx.part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
	expect(docx.part('word/styles.xml')).toContain('w:ascii="DejaVu Sans Condensed"');
});

test('the template and paper choices are saved with the session', async ({ page }) => {
	const session = tailoredExampleSession(Date.now());
	await openCvTab(page, session);
	await choose(page, 'compact', 'letter');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Template')).toHaveValue('compact');
	await expect(page.getByLabel('Paper size')).toHaveValue('letter');
	await expect(page.getByRole('region', { name: 'Experience', exact: true })).toBeVisible();
});

test('a role that is not accepted yet is marked as a draft and exported as the profile text', async ({
	page
}) => {
	const session = tailoredExampleSession(Date.now());
	const item = session.cv.sections
		.flatMap((section) => section.items)
		.find((candidate) => candidate.kind === 'role')!;
	item.status = 'to_review';
	item.content.bullets = ['DRAFT BULLET that must not be exported'];
	await openCvTab(page, session);
	const preview = page.getByRole('article', { name: 'CV preview' });
	await expect(preview.getByText('Draft: not accepted yet')).toBeVisible();
	await expect(page.getByRole('note', { name: 'Not in the export' })).toContainText(
		'1 entry is not accepted yet'
	);
	await expect(preview).not.toContainText('DRAFT BULLET');
	const pdf = await download(page, 'Download PDF');
	const text = pdfText(pdf.path);
	expect(text).not.toContain('DRAFT BULLET');
	expect(text).toContain('Migrated 140 nightly batch jobs from cron scripts to Airflow on AWS');
	expect(text).not.toContain('Draft: not accepted yet');
});

test('hostile text in every field is shown as text and runs nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const session = hostileSession(Date.now());
	await openCvTab(page, session);
	const preview = page.getByRole('article', { name: 'CV preview' });
	await expect(preview).toContainText('<script>window.__pwned = "script"</script>');
	await expect(preview).toContainText(`<img src=x onerror="window.__pwned = 'img'">`);

	await page.getByRole('radio', { name: 'Markdown' }).check();
	const markdown = page.getByLabel('Markdown preview');
	await expect(markdown).toContainText('<script>window.__pwned = "script"</script>');
	await expect(markdown.locator('script, img, svg, iframe, details')).toHaveCount(0);

	// Any injected handler (onerror, onload, ontoggle) would have fired by then.
	await pageSettled(page);
	for (const view of ['Page', 'Markdown']) {
		await page.getByRole('radio', { name: view }).check();
		const state = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: unknown }).__pwned,
			unsafeLinks: [...document.querySelectorAll('a[href]')]
				.map((link) => link.getAttribute('href') ?? '')
				.filter((href) => !/^(https?:|mailto:|\.|\/|\?|#)/.test(href)),
			handlers: [...document.querySelectorAll('main *')].filter((element) =>
				[...element.attributes].some((attribute) => attribute.name.startsWith('on'))
			).length
		}));
		expect(state).toEqual({ pwned: undefined, unsafeLinks: [], handlers: 0 });
	}
	const pdf = await download(page, 'Download PDF');
	expect(pdfText(pdf.path)).toContain('<script>window.__pwned');
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
});
