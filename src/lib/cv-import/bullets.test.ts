import { describe, expect, it } from 'vitest';
import { bulletMarkerLength, bulletText } from './bullets';

describe('bullets', () => {
	it.each([
		'• Led a team',
		'- Led a team',
		'* Led a team',
		'▪ Led a team',
		'➤ Led a team',
		'– Led a team',
		'\uf0b7 Led a team',
		'1. Led a team',
		'2) Led a team',
		'✓ Led a team',
		'o Led a team'
	])('"%s" is a list item whatever its marker', (line) => {
		expect(bulletText(line)).toBe('Led a team');
	});

	it('does not take a number or a signed figure for a marker', () => {
		expect(bulletMarkerLength('-5% waste in a year')).toBe(0);
		expect(bulletMarkerLength('2019 – 2021')).toBe(0);
		expect(bulletMarkerLength('Led a team')).toBe(0);
		expect(bulletMarkerLength('o mnie')).toBe(0);
		expect(bulletMarkerLength('office work')).toBe(0);
	});
});
