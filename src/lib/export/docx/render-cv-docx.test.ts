import { describe, expect, it } from 'vitest';
import type { PaperSize, Session } from '$lib/domain';
import { getTemplate } from '$templates/index';
import { firstOutOfOrder } from '../../../../tests/fixtures/export/pdf-inspect';
import {
	hostileSession,
	longTailoredSession,
	tailoredExampleSession
} from '../__fixtures__/tailored-sessions';
import { buildCvDocument, type CvDocument } from '../cv-document';
import { renderCvDocx } from './render-cv-docx';
import { htmlTexts, readDocx, type DocxReadBack } from './testing/read-docx';

async function exportDocx(session: Session, templateId: string, paper: PaperSize = 'a4') {
	const template = getTemplate(templateId);
	const document = buildCvDocument(session, template, paper);
	const docx = await readDocx(await renderCvDocx(document, template));
	return { document, docx };
}

/**
 * Everything a reader must get back, in reading order. Headings as written (the capitals are a
 * style, not text) and bullets without a marker: in a Word file the "•" belongs to the list.
 */
function expectedText(document: CvDocument): string[] {
	const expected = [document.header.name, document.header.headline];
	expected.push(...document.header.contacts.map((contact) => contact.text));
	for (const section of document.sections) {
		expected.push(section.heading);
		for (const block of section.blocks) {
			if (block.kind === 'paragraph') expected.push(block.text);
			else if (block.kind === 'bullets' || block.kind === 'lines') expected.push(...block.items);
			else {
				const { entry } = block;
				expected.push(entry.title, entry.dates, entry.subtitle);
				if (entry.link) expected.push(entry.link.text);
				expected.push(...entry.paragraphs, ...entry.bullets);
				if (entry.tools.length > 0) expected.push(`Tools: ${entry.tools.join(', ')}`);
			}
		}
	}
	return expected.filter((text) => text !== '');
}

function allBullets(document: CvDocument): string[] {
	return document.sections.flatMap((section) =>
		section.blocks.flatMap((block) =>
			block.kind === 'bullets' ? block.items : block.kind === 'entry' ? block.entry.bullets : []
		)
	);
}

/** What an ATS and a recruiter's Word need, checked on any exported CV. */
function checkReadBack(document: CvDocument, docx: DocxReadBack) {
	expect(firstOutOfOrder(docx.text, expectedText(document))).toBeUndefined();
	// Section headings, and nothing else, are Word headings.
	expect(htmlTexts(docx.html, 'h1')).toEqual(document.sections.map((section) => section.heading));
	expect(docx.html).not.toMatch(/<h[2-6]>/);
	// Every bullet is a list item, in order; no paragraph fakes one with a typed marker.
	const bullets = allBullets(document);
	expect(htmlTexts(docx.html, 'li')).toEqual(bullets);
	expect(htmlTexts(docx.html, 'p').filter((text) => /^\s*[•·▪‣◦*-]\s/.test(text))).toEqual([]);
	expect(docx.text).not.toContain('•');
	// One column of paragraphs: no tables, text boxes, frames or pictures for layout.
	const body = docx.part('word/document.xml');
	for (const layout of ['<w:tbl>', '<w:txbxContent', '<w:drawing', '<w:pict', '<w:framePr']) {
		expect(body, layout).not.toContain(layout);
	}
	const headingParagraphs = body.match(/<w:pStyle w:val="Heading1"\/>/g) ?? [];
	expect(headingParagraphs).toHaveLength(document.sections.length);
	expect(body.match(/<w:numPr>/g) ?? []).toHaveLength(bullets.length);
}

describe('renderCvDocx', () => {
	it('writes the example CV so an independent reader gets everything back, in order', async () => {
		for (const templateId of ['classic', 'compact']) {
			const { document, docx } = await exportDocx(tailoredExampleSession(0), templateId);
			checkReadBack(document, docx);
			for (const text of [
				'Zoë Łukasiewicz-Müller',
				'Łódź Retail Analytics Sp. z o.o., Łódź, Poland',
				'Banco Paulista de Investimentos, São Paulo, Brazil',
				'naïve cron-based scheduler',
				'€40,000 a year in rework — and a lot of weekend pages',
				'Senior Data Engineer\tApr 2021 – Present'
			]) {
				expect(docx.text, `${templateId}: ${text}`).toContain(text);
			}
		}
	});

	it('keeps every role and bullet of a long career, in both templates', async () => {
		for (const templateId of ['classic', 'compact']) {
			const { document, docx } = await exportDocx(longTailoredSession(0), templateId);
			checkReadBack(document, docx);
			// 12 roles of 4 or 5 bullets each.
			expect(htmlTexts(docx.html, 'li').length).toBeGreaterThanOrEqual(54);
			const organizations = longTailoredSession(0).profile.roles.map((role) => role.organization);
			expect(organizations).toHaveLength(12);
			expect(firstOutOfOrder(docx.text, organizations)).toBeUndefined();
		}
	});

	it('follows the template: key qualifications as a list in classic, one line in compact', async () => {
		const session = tailoredExampleSession(0);
		const classic = await exportDocx(session, 'classic');
		expect(htmlTexts(classic.docx.html, 'li')).toContain('AWS data platforms: Redshift, S3, MSK');
		const compact = await exportDocx(session, 'compact');
		expect(htmlTexts(compact.docx.html, 'li')).not.toContain(
			'AWS data platforms: Redshift, S3, MSK'
		);
		expect(compact.docx.text).toContain(
			'Data modelling and testing with dbt and Great Expectations · AWS data platforms'
		);
	});

	it('writes a Skills heading after key qualifications, each skill a plain paragraph', async () => {
		const session = tailoredExampleSession(0);
		const classic = await exportDocx(session, 'classic');
		const headings = htmlTexts(classic.docx.html, 'h1');
		expect(headings.indexOf('Skills')).toBe(headings.indexOf('Key Qualifications') + 1);
		const paragraphs = htmlTexts(classic.docx.html, 'p');
		const first = paragraphs.indexOf(
			'Data pipelines (Advanced): Kafka, Airflow, dbt, Great Expectations'
		);
		expect(paragraphs.slice(first, first + 4)).toEqual([
			'Data pipelines (Advanced): Kafka, Airflow, dbt, Great Expectations',
			'Python (Expert): PySpark, scikit-learn',
			'SQL (Expert): PostgreSQL, Amazon Redshift, T-SQL',
			'Cloud (Advanced): AWS, GCP'
		]);
		const compact = await exportDocx(session, 'compact');
		expect(htmlTexts(compact.docx.html, 'p')).toContain(
			'Data pipelines (Advanced): Kafka, Airflow, dbt, Great Expectations · Python (Expert): PySpark, scikit-learn · SQL (Expert): PostgreSQL, Amazon Redshift, T-SQL · Cloud (Advanced): AWS, GCP'
		);
		const empty = structuredClone(session);
		empty.profile.skills = [];
		expect(htmlTexts((await exportDocx(empty, 'classic')).docx.html, 'h1')).not.toContain('Skills');
	});

	it('names the template fonts, and no other, in every style', async () => {
		for (const [templateId, font] of [
			['classic', 'DejaVu Sans'],
			['compact', 'DejaVu Sans Condensed']
		] as const) {
			const { docx } = await exportDocx(tailoredExampleSession(0), templateId);
			const styles = docx.part('word/styles.xml');
			const named = [...styles.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map(
				(match) => match[1]
			);
			expect(named.length).toBeGreaterThan(8);
			expect(new Set(named)).toEqual(new Set([font]));
			// A theme font reference would win over the names in Word.
			expect(styles).not.toMatch(/w:\w+Theme="/);
			expect(styles).toMatch(
				/<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:name w:val="Heading 1"\/>/
			);
		}
	});

	it('sets A4 or Letter and the template margins', async () => {
		const session = tailoredExampleSession(0);
		const sizes = { a4: 'w:w="11906" w:h="16838"', letter: 'w:w="12240" w:h="15840"' };
		for (const paper of ['a4', 'letter'] as const) {
			const { docx } = await exportDocx(session, 'classic', paper);
			expect(docx.part('word/document.xml')).toContain(`<w:pgSz ${sizes[paper]}`);
		}
		const { docx } = await exportDocx(session, 'compact', 'letter');
		// compact: 13 mm top, 14 mm left and right, 12 mm to the page number.
		const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.part('word/document.xml'))?.[1] ?? '';
		expect(margins).toContain('w:top="737"');
		expect(margins).toContain('w:left="794"');
		expect(margins).toContain('w:right="794"');
		expect(margins).toContain('w:footer="680"');
	});

	it('makes the email and web addresses clickable', async () => {
		const { docx } = await exportDocx(tailoredExampleSession(0), 'classic');
		expect(docx.html).toContain(
			'<a href="mailto:zoe.lukasiewicz@example.com">zoe.lukasiewicz@example.com</a>'
		);
		expect(docx.html).toContain(
			'<a href="https://www.linkedin.com/in/zoe-lukasiewicz-example">linkedin.com/in/zoe-lukasiewicz-example</a>'
		);
		expect(docx.html).toContain(
			'<a href="https://github.com/zoe-lm-example/tram-delays">github.com/zoe-lm-example/tram-delays</a>'
		);
		const relations = docx.part('word/_rels/document.xml.rels');
		expect(relations).toMatch(
			/Target="mailto:zoe\.lukasiewicz@example\.com" TargetMode="External"/
		);
	});

	it('puts the title and the person in the document properties', async () => {
		const { document, docx } = await exportDocx(tailoredExampleSession(0), 'classic');
		const core = docx.part('docProps/core.xml');
		expect(document.title).toBe(
			'Zoë Łukasiewicz-Müller – CV – Lead Data Engineer at Acme Mobility'
		);
		expect(core).toContain(`<dc:title>${document.title}</dc:title>`);
		expect(core).toContain('<dc:creator>Zoë Łukasiewicz-Müller</dc:creator>');
		expect(core).toContain('<cp:lastModifiedBy>Zoë Łukasiewicz-Müller</cp:lastModifiedBy>');
	});

	it('numbers the pages in the footer', async () => {
		const { docx } = await exportDocx(longTailoredSession(0), 'classic');
		const footer = docx.part('word/footer1.xml');
		expect(footer).toMatch(/Page <\/w:t>.*>PAGE<.*> of <\/w:t>.*>NUMPAGES</);
	});

	it('keeps text in any script, and drops only what XML cannot carry', async () => {
		const session = structuredClone(tailoredExampleSession(0));
		const role = session.cv.sections
			.flatMap((section) => section.items)
			.find((item) => item.kind === 'role')!;
		role.content.bullets = [
			'Δημιούργησε αγωγούς δεδομένων — построил платформу данных',
			'負責資料平台 · データ基盤 · 데이터 플랫폼',
			'بنى منصة البيانات 🚚 for 3,000 trucks',
			'Broken half\ud83d and a non-character\uffff removed'
		];
		const { document, docx } = await exportDocx(session, 'classic');
		checkReadBack(
			{
				...document,
				sections: document.sections.map((section) => ({
					...section,
					blocks: section.blocks.map((block) =>
						block.kind === 'entry'
							? {
									...block,
									entry: {
										...block.entry,
										bullets: block.entry.bullets.map((bullet) =>
											bullet.replace(/\ud83d(?![\udc00-\udfff])|\uffff/g, '')
										)
									}
								}
							: block
					)
				}))
			},
			docx
		);
		const bullets = htmlTexts(docx.html, 'li');
		expect(bullets).toContain('負責資料平台 · データ基盤 · 데이터 플랫폼');
		expect(bullets).toContain('بنى منصة البيانات 🚚 for 3,000 trucks');
		expect(bullets).toContain('Broken half and a non-character removed');
		expect(docx.part('word/document.xml')).not.toMatch(/[\uffff\ufffd]/);
	});

	it('exports a role that is not accepted yet as the profile text, like the PDF', async () => {
		const session = structuredClone(tailoredExampleSession(0));
		const role = session.cv.sections
			.flatMap((section) => section.items)
			.find((item) => item.kind === 'role')!;
		role.status = 'to_review';
		role.content.bullets = ['DRAFT BULLET that must not be exported'];
		const { docx } = await exportDocx(session, 'classic');
		expect(docx.text).not.toContain('DRAFT BULLET');
		expect(docx.text).toContain(
			'Migrated 140 nightly batch jobs from cron scripts to Airflow on AWS'
		);
	});

	it('writes hostile text as text and never links to javascript: or data:', async () => {
		const { document, docx } = await exportDocx(hostileSession(0), 'classic');
		checkReadBack(document, docx);
		expect(docx.text).toContain('<script>window.__pwned = "script"</script>');
		expect(docx.html).not.toMatch(/<(script|img|svg|iframe|details)\b/);
		const relations = docx.part('word/_rels/document.xml.rels');
		expect(relations).not.toMatch(/Target="(javascript|data):/i);
		expect(docx.html).not.toMatch(/<a href="(javascript|data):/i);
	});
});
