import { describe, expect, it } from 'vitest';
import { findDate, findOngoing } from './find-date';
import { findValue, normaliseText } from './find-in-text';

const cv = [
	'ANA  RUIZ',
	'ana.ruiz@example.org · linkedin.com/in/ana-ruiz',
	'Staff Nurse — St Mary’s Hospital, Leeds',
	'März 2018 – heute',
	'• Cut medication errors by 30%',
	'  across three wards',
	'Ward Clerk, City Clinic   01/2015 - 03/2018',
	'Nursery assistant 2012'
].join('\n');
const source = normaliseText(cv);

describe('findValue', () => {
	it('finds a value whatever its case, spacing, dashes, quotes and line breaks', () => {
		for (const value of [
			'Ana Ruiz',
			"Staff Nurse - St Mary's Hospital",
			'Cut medication errors by 30% across three wards',
			'- cut medication errors by 30%.'
		])
			expect(findValue(source, value), value).toBeDefined();
	});

	it('points at the place in the original text, for highlighting', () => {
		const span = findValue(source, 'st mary’s hospital')!;
		expect(cv.slice(span.start, span.end)).toBe('St Mary’s Hospital');
	});

	it('finds an address written without its scheme', () => {
		expect(findValue(source, 'https://www.linkedin.com/in/ana-ruiz/')).toBeDefined();
	});

	it('does not find what the CV does not say, nor a word inside another word', () => {
		expect(findValue(source, 'Head of Nursing')).toBeUndefined();
		expect(findValue(source, 'Cut medication errors by 40%')).toBeUndefined();
		expect(findValue(source, 'Nurse at City Clinic')).toBeUndefined();
		expect(findValue(source, 'Nurser')).toBeUndefined();
	});
});

describe('findDate', () => {
	it('finds a month in the forms CVs write it', () => {
		expect(findDate(source, '2018-03')).toBeDefined();
		expect(findDate(source, '2015-01')).toBeDefined();
		expect(findDate(source, '2012')).toBeDefined();
		const french = normaliseText('Infirmière, depuis mars 2021');
		expect(findDate(french, '2021-03')).toBeDefined();
		const english = normaliseText("Sept. '19 to Jan 2020");
		expect(findDate(english, '2019-09')).toBeDefined();
		expect(findDate(english, '2020-01')).toBeDefined();
	});

	it('does not accept a month the CV never gives, nor a year it never names', () => {
		expect(findDate(source, '2012-06')).toBeUndefined();
		expect(findDate(source, '2018-04')).toBeUndefined();
		expect(findDate(source, '2016')).toBeUndefined();
		expect(findDate(source, 'March 2018')).toBeUndefined();
	});
});

describe('findOngoing', () => {
	it('accepts "still working there" only beside that role’s start date', () => {
		expect(findOngoing(source, '2018-03')).toBeDefined();
		expect(findOngoing(source, '2015-01')).toBeUndefined();
	});
});
