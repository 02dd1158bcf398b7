import { describe, expect, it } from 'vitest';
import { buildLines } from './build-lines';
import type { PositionedItem, PositionedPage } from './cv-line';

/** Text items as a PDF gives them: ~5 pt per character at 10 pt. */
function item(
	text: string,
	x: number,
	y: number,
	options: Partial<PositionedItem> = {}
): PositionedItem {
	return { text, x, y, width: text.length * 5, size: 10, bold: false, ...options };
}

const page = (items: PositionedItem[]): PositionedPage => ({ width: 595, height: 842, items });

describe('buildLines', () => {
	it('reads a sidebar and the main column one after the other, not interleaved', () => {
		const sidebar = [
			'SKILLS',
			'Wound care',
			'IV therapy',
			'Phlebotomy',
			'LANGUAGES',
			'English',
			'Polish'
		];
		const main = [
			'EXPERIENCE',
			'Staff Nurse, St Mary Hospital',
			'Cared for 28 patients on a busy respiratory ward every shift',
			'Trained four new nurses on the ward routines and the records system',
			'EDUCATION',
			'BSc Nursing, University of Leeds'
		];
		const items = [
			item('Jane Doe', 40, 40, { size: 20, width: 90 }),
			...sidebar.map((text, row) => item(text, 40, 100 + row * 14)),
			...main.map((text, row) => item(text, 200, 100 + row * 14))
		];
		const lines = buildLines([page(items)]).map((line) => line.text);
		expect(lines).toEqual(['Jane Doe', ...sidebar, ...main]);
	});

	it('reads a date column beside its entries across, as one line each', () => {
		const rows = [
			['2019 – 2021', 'Staff Nurse at St Mary Hospital in Leeds, on the respiratory ward'],
			['2016 – 2019', 'Healthcare Assistant at Leeds General Infirmary, on the surgical ward'],
			['2012 – 2016', 'Care Worker at Sunrise Care Home, Bradford, on the dementia unit'],
			['2010 – 2012', 'Volunteer at the British Red Cross shop in Headingley, Leeds']
		];
		const items = rows.flatMap(([when, what], row) => [
			item(when!, 40, 100 + row * 20),
			item(what!, 150, 100 + row * 20)
		]);
		expect(buildLines([page(items)]).map((line) => line.text)).toEqual(
			rows.map(([when, what]) => `${when}\t${what}`)
		);
	});

	it('joins a wrapped list item but keeps separate items apart', () => {
		const items = [
			item('• Led a team of six nurses and four healthcare assistants on every', 40, 100, {
				width: 500
			}),
			item('night shift of the respiratory ward', 52, 112),
			item('• Cut pressure ulcers by 40%', 40, 126)
		];
		expect(buildLines([page(items)]).map((line) => line.text)).toEqual([
			'• Led a team of six nurses and four healthcare assistants on every night shift of the respiratory ward',
			'• Cut pressure ulcers by 40%'
		]);
	});

	it('puts a tab where a wide gap separates a title from a right-aligned date', () => {
		const items = [
			item('Staff Nurse', 40, 100, { bold: true }),
			item('Jan 2020 – Present', 470, 100)
		];
		expect(buildLines([page(items)])).toMatchObject([
			{ text: 'Staff Nurse\tJan 2020 – Present', bold: false }
		]);
	});
});
