import { describe, expect, it } from 'vitest';
import { classicTemplate, compactTemplate } from '$templates/index';
import { MM_PER_POINT } from '../pdf/paper';
import type { MeasureText } from '../pdf/wrap-text';
import { buildCoverLetterDocument } from './cover-letter-document';
import { estimatedLetterSetting, layoutCoverLetter } from './layout-cover-letter';
import { LETTER_SETTINGS } from './letter-metrics';
import { letterParts, LONG_LETTER, STANDARD_LETTER } from './__fixtures__/letters';

/** DejaVu Sans's measured average advance, close to what jsPDF measures on a letter. */
const measure: MeasureText = (text, weight, size) =>
	Array.from(text).length * size * MM_PER_POINT * (weight === 'bold' ? 0.56 : 0.507);

function letter(text: string, paper: 'a4' | 'letter' = 'a4') {
	return buildCoverLetterDocument(
		letterParts(text, {
			paper,
			options: { recipientName: 'Ms Kari Nordmann', recipientTitle: 'Head of Data Engineering' }
		})
	);
}

describe('layoutCoverLetter', () => {
	it('sets a standard letter with the usual spacing, a point above the CV’s body size', () => {
		for (const paper of ['a4', 'letter'] as const) {
			const layout = layoutCoverLetter(letter(STANDARD_LETTER, paper), classicTemplate, measure);
			expect(layout.pages).toHaveLength(1);
			expect(layout.setting).toBe(LETTER_SETTINGS[0]);
			const body = layout.pages[0]!.runs.find((run) => run.text.startsWith('I am writing'));
			expect(body?.size).toBe(classicTemplate.style.sizes.body + 1);
		}
	});

	it('tightens a long letter only as far as it takes to keep it on one page', () => {
		const long = letter(LONG_LETTER, 'letter');
		const layout = layoutCoverLetter(long, classicTemplate, measure);
		expect(layout.pages).toHaveLength(1);
		expect(layout.setting).not.toBe(LETTER_SETTINGS[0]);
		// The Word file makes the same choice from estimated widths.
		expect(estimatedLetterSetting(long, classicTemplate)).toBe(layout.setting);
		// The condensed template has room: no tightening needed.
		expect(layoutCoverLetter(long, compactTemplate, measure).setting).toBe(LETTER_SETTINGS[0]);
	});

	it('keeps the usual spacing for a letter that needs two pages anyway, closing and name together', () => {
		const document = letter(`${LONG_LETTER}\n\n${LONG_LETTER}`);
		const layout = layoutCoverLetter(document, classicTemplate, measure);
		expect(layout.pages).toHaveLength(2);
		expect(layout.setting).toBe(LETTER_SETTINGS[0]);
		const last = layout.pages[1]!.runs.map((run) => run.text);
		expect(last).toContain(document.closing);
		expect(last).toContain(document.signature);
		expect(last).toContain('Page 2 of 2');
	});

	it('leaves room to sign between the closing and the name', () => {
		const runs = layoutCoverLetter(letter(STANDARD_LETTER), classicTemplate, measure).pages[0]!
			.runs;
		const closing = runs.find((run) => run.text === 'Yours sincerely,')!;
		const name = runs.findLast((run) => run.text === 'Zoë Łukasiewicz-Müller')!;
		// At least three blank lines of 10.5 pt text: some 15 mm for a pen.
		expect(name.y - closing.y).toBeGreaterThan(15);
	});
});
