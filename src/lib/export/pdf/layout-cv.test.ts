import { describe, expect, it } from 'vitest';
import { exampleSession, type Session } from '$lib/domain';
import { classicTemplate, compactTemplate } from '$templates/index';
import { buildCvDocument } from '../cv-document';
import { longTailoredSession, tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { FONT_ASCENT, FONT_DESCENT, layoutCv, type CvLayout } from './layout-cv';
import { MM_PER_POINT } from './paper';
import { wrapText, type MeasureText } from './wrap-text';

/** A stand-in for real font metrics: every character half an em wide, bold a little wider. */
const measure: MeasureText = (text, weight, size) =>
	Array.from(text).length * size * MM_PER_POINT * (weight === 'bold' ? 0.58 : 0.52);

function layout(session: Session, template = classicTemplate, paper: 'a4' | 'letter' = 'a4') {
	const document = buildCvDocument(session, template, paper);
	return { document, layout: layoutCv(document, template, measure) };
}

function runsOutside(result: CvLayout) {
	const { top, bottom, left, right } = result.contentBox;
	return result.pages.flatMap((page, index) =>
		page.runs
			.filter((run) => {
				const width = measure(run.text, run.weight, run.size);
				const size = run.size * MM_PER_POINT;
				return (
					run.x < left - 0.01 ||
					run.x + width > right + 0.01 ||
					run.y - size * FONT_ASCENT < top - 0.01 ||
					run.y + size * FONT_DESCENT > bottom + 0.01
				);
			})
			.map((run) => ({ page: index + 1, text: run.text }))
	);
}

function pageOf(result: CvLayout, predicate: (text: string) => boolean, after = -1): number {
	return result.pages.findIndex(
		(page, index) => index >= after && page.runs.some((run) => predicate(run.text))
	);
}

describe('layoutCv', () => {
	it('keeps every line inside the margins on both papers and templates', () => {
		for (const template of [classicTemplate, compactTemplate]) {
			for (const paper of ['a4', 'letter'] as const) {
				const { layout: result } = layout(longTailoredSession(0), template, paper);
				expect(result.pages.length).toBeGreaterThanOrEqual(3);
				expect(runsOutside(result)).toEqual([]);
			}
		}
	});

	it('never leaves a section heading as the last line of a page', () => {
		const { document, layout: result } = layout(longTailoredSession(0));
		const headings = new Set(document.sections.map((section) => section.heading.toUpperCase()));
		result.pages.forEach((page) => {
			const body = page.runs.filter((run) => !run.text.startsWith('Page '));
			const lastY = Math.max(...body.map((run) => run.y));
			const last = body.filter((run) => run.y === lastY);
			expect(last.some((run) => headings.has(run.text))).toBe(false);
		});
	});

	it('keeps each entry’s title on the page of its first bullet', () => {
		for (const template of [classicTemplate, compactTemplate]) {
			for (const paper of ['a4', 'letter'] as const) {
				const { document, layout: result } = layout(longTailoredSession(0), template, paper);
				const entries = document.sections
					.flatMap((section) => section.blocks)
					.flatMap((block) => (block.kind === 'entry' ? [block.entry] : []));
				let from = 0;
				for (const entry of entries.filter((candidate) => candidate.bullets.length > 0)) {
					const titlePage = pageOf(result, (text) => text === entry.title, from);
					const firstWords = wrapText(entry.bullets[0]!, 1e9, () => 0)[0]!.slice(0, 20);
					const bulletPage = pageOf(
						result,
						(text) => text.startsWith(`• ${firstWords}`),
						titlePage
					);
					expect(titlePage).toBeGreaterThanOrEqual(0);
					expect(bulletPage).toBe(titlePage);
					from = titlePage;
				}
			}
		}
	});

	it('puts the skills after the key qualifications, one line each, the job’s first', () => {
		const { layout: result } = layout(tailoredExampleSession(0));
		const texts = result.pages.flatMap((page) => page.runs.map((run) => run.text));
		const heading = texts.indexOf('SKILLS');
		expect(heading).toBeGreaterThan(texts.indexOf('KEY QUALIFICATIONS'));
		expect(heading).toBeLessThan(texts.indexOf('PROFESSIONAL EXPERIENCE'));
		expect(texts.slice(heading + 1, heading + 5)).toEqual([
			'Data pipelines (Advanced): Kafka, Airflow, dbt, Great Expectations',
			'Python (Expert): PySpark, scikit-learn',
			'SQL (Expert): PostgreSQL, Amazon Redshift, T-SQL',
			'Cloud (Advanced): AWS, GCP'
		]);
	});

	it('never leaves the last language or skill alone at the top of a page', () => {
		// Longer and longer text before the languages moves the page break through their lines.
		const alone: number[] = [];
		for (let words = 0; words <= 600; words += 15) {
			const session = structuredClone(tailoredExampleSession(0));
			session.profile.education[0]!.details = 'word '.repeat(words);
			const { layout: result } = layout(session, classicTemplate, 'letter');
			const last = pageOf(result, (text) => text === 'Portuguese: Intermediate (B1)');
			const before = pageOf(result, (text) => text === 'English: Fluent (C2)');
			if (last !== before) alone.push(words);
		}
		expect(alone).toEqual([]);
	});

	it('numbers pages only when there is more than one', () => {
		const short = layout(exampleSession(0)).layout;
		const single = structuredClone(exampleSession(0));
		single.profile.roles = single.profile.roles.slice(0, 1);
		single.profile.projects = [];
		const one = layout(single).layout;
		expect(one.pages).toHaveLength(1);
		expect(one.pages[0]!.runs.some((run) => run.text.startsWith('Page '))).toBe(false);
		expect(short.pages.length).toBeGreaterThan(1);
		short.pages.forEach((page, index) =>
			expect(page.runs.at(-1)?.text).toBe(`Page ${index + 1} of ${short.pages.length}`)
		);
	});

	it('breaks a paragraph longer than a page between lines, never through one', () => {
		const session = structuredClone(tailoredExampleSession(0));
		session.profile.roles[0]!.description = 'A very long description of the work. '.repeat(400);
		for (const section of session.cv.sections) section.items = [];
		const { layout: result } = layout(session);
		expect(result.pages.length).toBeGreaterThan(2);
		expect(runsOutside(result)).toEqual([]);
	});

	it('gives the email and links clickable areas, and nothing else', () => {
		const { layout: result } = layout(tailoredExampleSession(0));
		const hrefs = result.pages.flatMap((page) => page.links.map((link) => link.href));
		expect(hrefs).toEqual([
			'mailto:zoe.lukasiewicz@example.com',
			'https://www.linkedin.com/in/zoe-lukasiewicz-example',
			'https://github.com/zoe-lm-example',
			'https://github.com/zoe-lm-example/tram-delays',
			'https://github.com/zoe-lm-example/dbt-polish-holidays'
		]);
	});
});

describe('wrapText', () => {
	const width = (text: string) => text.length;
	it('wraps at spaces without hyphenating, and cuts only a word wider than the line', () => {
		expect(wrapText('one two three four', 9, width)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('https://example.com/very/long', 10, width)).toEqual([
			'https://ex',
			'ample.com/',
			'very/long'
		]);
	});
});
