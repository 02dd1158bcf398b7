import { describe, expect, it } from 'vitest';
import type { Finding } from '$lib/domain';
import { highlightSegments, paragraphSegments } from './highlight-segments';

const finding = (start: number, end: number, bulletIndex = 0, confirmed = false): Finding => ({
	kind: 'percentage',
	text: 'x',
	bulletIndex,
	start,
	end,
	confirmed
});

describe('highlightSegments', () => {
	it('marks the flagged span of the right bullet and keeps the rest as plain text', () => {
		const text = 'Cut costs by 35% in a year';
		expect(highlightSegments(text, [finding(13, 16), finding(0, 3, 1)], 0)).toEqual([
			{ text: 'Cut costs by ' },
			{ text: '35%', finding: 0 },
			{ text: ' in a year' }
		]);
	});

	it('shows confirmed, overlapping and out-of-range findings as plain text', () => {
		const text = 'Saved €2M';
		expect(highlightSegments(text, [finding(6, 9, 0, true)], 0)).toEqual([{ text }]);
		expect(highlightSegments(text, [finding(0, 5), finding(3, 8)], 0)).toEqual([
			{ text: 'Saved', finding: 0 },
			{ text: ' €2M' }
		]);
		expect(highlightSegments(text, [finding(5, 40)], 0)).toEqual([{ text }]);
	});
});

describe('paragraphSegments', () => {
	it('cuts a letter into its paragraphs with each claim marked in the paragraph it stands in', () => {
		const text = 'I lead teams.\n\nI cut costs by 37% and\nshipped.\n\n\nThank you.';
		const start = text.indexOf('37%');
		expect(paragraphSegments(text, [finding(start, start + 3, -1)])).toEqual([
			[{ text: 'I lead teams.' }],
			[{ text: 'I cut costs by ' }, { text: '37%', finding: 0 }, { text: ' and shipped.' }],
			[{ text: 'Thank you.' }]
		]);
	});
});
