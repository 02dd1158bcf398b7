import { describe, expect, it } from 'vitest';
import { findDateRange, findSingleDate, normalizeDate } from './date-range';

describe('findDateRange', () => {
	it.each([
		['Jan 2020 – Present', '2020-01', '', true],
		['01/2019 - 03/2021', '2019-01', '2021-03', false],
		['2017–2019', '2017', '2019', false],
		['März 2018 – heute', '2018-03', '', true],
		['depuis 2021', '2021', '', true],
		['desde 2020', '2020', '', true],
		['od 2019 do teraz', '2019', '', true],
		['Sept. 2015 to Jan 2018', '2015-09', '2018-01', false],
		['janvier 2019 - aujourd’hui', '2019-01', '', true],
		['10.2015 – 09.2018', '2015-10', '2018-09', false],
		['2019-03 – 2020-11', '2019-03', '2020-11', false],
		['de enero de 2019 a la actualidad', '2019-01', '', true],
		['junho de 2018 – atual', '2018-06', '', true],
		['Mai 2019 bis dato', '2019-05', '', true],
		['seit 2019', '2019', '', true],
		['lip. 2019 – obecnie', '2019-07', '', true],
		['stycznia 2016 – grudnia 2018', '2016-01', '2018-12', false],
		['février 2014 – août 2016', '2014-02', '2016-08', false],
		['2018 – oggi', '2018', '', true],
		['settembre 2013 – dicembre 2017', '2013-09', '2017-12', false],
		['dal 2021', '2021', '', true],
		['maart 2016 – heden', '2016-03', '', true]
	])('reads "%s"', (written, start, end, current) => {
		expect(findDateRange(written)).toMatchObject({ start, end, current });
	});

	it('says where the range is written in the line', () => {
		const line = 'St Mary’s Hospital, Leeds · Apr 2021 – Present';
		const range = findDateRange(line)!;
		expect(line.slice(range.index, range.index + range.length)).toBe('Apr 2021 – Present');
	});

	it('does not take a phone number or a plain number for a range', () => {
		expect(findDateRange('+41 44 555 01 23')).toBeNull();
		expect(findDateRange('Cut waste by 3000 - 4000 kg a year')).toBeNull();
		expect(findDateRange('Managed 12 staff')).toBeNull();
	});
});

describe('normalizeDate', () => {
	it('gives the profile’s month or year form, or nothing', () => {
		expect(normalizeDate('März 2018')).toBe('2018-03');
		expect(normalizeDate('15.04.2019')).toBe('2019-04');
		expect(normalizeDate('2019')).toBe('2019');
		expect(normalizeDate('13/2019')).toBe('');
		expect(normalizeDate('spring')).toBe('');
	});

	it('finds a lone date, such as a certificate’s', () => {
		expect(findSingleDate('BLS Provider, Resuscitation Council UK, May 2023')).toMatchObject({
			date: '2023-05'
		});
	});
});
