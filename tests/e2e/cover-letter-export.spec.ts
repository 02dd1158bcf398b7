/**
 * The cover letter's downloads (issue 18): the letter written and accepted in the Tailor tab
 * (against the mock Groq server) is the one the CV tab's "Cover letter" view downloads; the view
 * shows it as it will be exported, waits for the letter's unchecked claims like the CV's
 * downloads do, and saves it as PDF, Word and Markdown, named like the CV. Read back the way a
 * recruiter's tools would: poppler for the PDF, mammoth for the Word file.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterParagraphs, type Finding, type Session } from '../../src/lib/domain';
import { readDocx } from '../../src/lib/export/docx/testing/read-docx';
import {
	letterSession,
	STANDARD_LETTER
} from '../../src/lib/export/cover-letter/__fixtures__/letters';
import { firstOutOfOrder, pdfInfo, pdfText } from '../fixtures/export/pdf-inspect';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { connectToMock, generousMockLimits } from './helpers/connect-mock';
import { letterReadySession } from './helpers/prepared-session';
import { readStoredSession, seedSessions } from './helpers/seed';

const downloads = mkdtempSync(join(tmpdir(), 'aicvgen-e2e-letter-'));
const NAME = 'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Norge';
/** A claim the guard found in the letter and the person has not confirmed. */
const CLAIM = '€40,000';

function claimIn(text: string): Finding {
	const start = text.indexOf(CLAIM);
	return {
		kind: 'money',
		text: CLAIM,
		bulletIndex: -1,
		start,
		end: start + CLAIM.length,
		confirmed: false
	};
}

function sessionWithLetter(status: 'accepted' | 'to_review' = 'accepted'): Session {
	const session = letterSession(Date.now(), { status, findings: [claimIn(STANDARD_LETTER)] });
	session.name = `Letter ${status}`;
	session.coverLetter = {
		...session.coverLetter,
		recipientName: 'Ms Kari Nordmann',
		recipientTitle: 'Head of Data Engineering',
		company: 'Acme Norge',
		tone: 'warm'
	};
	return session;
}

async function openLetterView(page: Page, session: Session) {
	await page.goto('./');
	await expect(page.getByLabel('Job you apply for')).toBeVisible();
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=cv`);
	await expect(page.getByRole('heading', { name: 'Preview and download' })).toBeVisible();
	await page.getByRole('radio', { name: 'Cover letter' }).check();
}

async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await pending;
	const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
	await file.saveAs(path);
	return { path, name: file.suggestedFilename() };
}

test('downloads an accepted letter as PDF, Word and Markdown once its claims are checked', async ({
	page
}) => {
	const session = sessionWithLetter();
	await openLetterView(page, session);
	const paragraphs = letterParagraphs(STANDARD_LETTER);
	const preview = page.getByRole('article', { name: 'Cover letter preview' });
	await expect(preview).toContainText('Dear Ms Nordmann,');
	await expect(preview).toContainText(paragraphs[3]!);

	// The letter's own unconfirmed claim holds its downloads back, as the CV's claims do.
	const pdfButton = page.getByRole('button', { name: 'Download letter PDF' });
	await expect(pdfButton).toBeDisabled();
	await expect(page.getByRole('list', { name: /Claims in/ })).toContainText(CLAIM);
	await page.getByLabel('I have checked this claim').check();
	await expect(pdfButton).toBeEnabled();

	await page.getByLabel('Paper size').selectOption('letter');
	const pdf = await download(page, 'Download letter PDF');
	expect(pdf.name).toBe(`${NAME}.pdf`);
	await expect(page.getByText(`Downloaded ${NAME}.pdf, 1 page.`)).toBeVisible();
	expect(pdfInfo(pdf.path)).toMatchObject({ pages: 1, width: 612, height: 792 });
	const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
	const expected = [
		'Zoë Łukasiewicz-Müller',
		'Senior Data Engineer',
		date,
		'Ms Kari Nordmann',
		'Head of Data Engineering',
		'Acme Norge',
		'Dear Ms Nordmann,',
		...paragraphs,
		'Kind regards,',
		'Zoë Łukasiewicz-Müller'
	];
	expect(firstOutOfOrder(pdfText(pdf.path), expected)).toBeUndefined();

	const docx = await download(page, 'Download letter Word (.docx)');
	expect(docx.name).toBe(`${NAME}.docx`);
	const word = await readDocx(new Uint8Array(readFileSync(docx.path)));
	expect(firstOutOfOrder(word.text, expected)).toBeUndefined();
	expect(word.part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');

	const markdown = await download(page, 'Download letter Markdown');
	expect(markdown.name).toBe(`${NAME}.md`);
	const text = readFileSync(markdown.path, 'utf8');
	expect(text.startsWith('# Zoë Łukasiewicz-Müller\n')).toBe(true);
	expect(firstOutOfOrder(text, expected)).toBeUndefined();

	// JSON Resume has no letter: the view says so, and the CV's file indeed leaves it out.
	await expect(page.getByText('JSON Resume has no place for a cover letter')).toBeVisible();
	await page.getByRole('radio', { name: 'CV', exact: true }).check();
	const resume = await download(page, 'Download JSON Resume');
	expect(readFileSync(resume.path, 'utf8')).not.toContain('Dear Ms Kari Nordmann');
});

test('offers no letter download until the letter is accepted', async ({ page }) => {
	await openLetterView(page, sessionWithLetter('to_review'));
	await expect(page.getByRole('note')).toContainText(
		'The cover letter is not accepted yet. Review and accept it in the Tailor tab'
	);
	await expect(page.getByRole('button', { name: /Download letter/ })).toHaveCount(0);
	await expect(page.getByRole('article', { name: 'Cover letter preview' })).toHaveCount(0);
});

let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ latencyMs: 20, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});

/** The key qualifications and the first role accepted: enough for a letter to be written. */
function tailoredEnough(): Session {
	return letterReadySession('Letter flow', [
		'Mentored two junior engineers, both promoted within 18 months.'
	]);
}

test('the letter accepted in the Tailor tab is the one downloaded, in all three formats', async ({
	page
}) => {
	test.setTimeout(90_000);
	const session = tailoredEnough();
	await page.goto('./');
	await seedSessions(page, [session]);
	await connectToMock(page, mock, { generousLimits: true });
	await page.goto(`./session?id=${session.id}&tab=tailor`);

	const card = page.getByRole('article', { name: 'Cover letter' });
	await card.getByRole('button', { name: 'Write cover letter' }).click();
	await expect(card.getByText('To review', { exact: true })).toBeVisible();
	await card.getByRole('button', { name: 'Accept' }).click();
	await expect(card.getByText('Accepted', { exact: true })).toBeVisible();
	const stored = await readStoredSession(page, session.id);
	const item = stored!.cv.sections.find((section) => section.kind === 'cover_letter')!.items[0]!;
	const paragraphs = letterParagraphs(item.content.text);
	expect(paragraphs.length).toBeGreaterThan(1);

	await page.getByRole('tab', { name: 'CV' }).click();
	await page.getByRole('radio', { name: 'Cover letter' }).check();
	const preview = page.getByRole('article', { name: 'Cover letter preview' });
	await expect(preview).toContainText(paragraphs[0]!);

	const expected = [
		'Dear Hiring Team,',
		...paragraphs,
		'Yours sincerely,',
		'Zoë Łukasiewicz-Müller'
	];
	const save = async (button: string) => {
		const pending = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		const file = await pending;
		const path = join(downloads, file.suggestedFilename());
		await file.saveAs(path);
		expect(file.suggestedFilename()).toMatch(
			/^Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility\.(pdf|docx|md)$/
		);
		return path;
	};
	const pdf = await save('Download letter PDF');
	expect(pdfInfo(pdf).pages).toBe(1);
	expect(firstOutOfOrder(pdfText(pdf), expected)).toBeUndefined();
	const docx = await readDocx(
		new Uint8Array(readFileSync(await save('Download letter Word (.docx)')))
	);
	expect(firstOutOfOrder(docx.text, expected)).toBeUndefined();
	const markdown = readFileSync(await save('Download letter Markdown'), 'utf8');
	expect(firstOutOfOrder(markdown, expected)).toBeUndefined();
});
