import { describe, expect, it } from 'vitest';
import { buildCoverLetterDocument, letterDate } from './cover-letter-document';
import { LETTER_NOW, letterParts, STANDARD_LETTER } from './__fixtures__/letters';

describe('buildCoverLetterDocument', () => {
	it('frames the body with the CV header, the date, recipient, salutation, closing and name', () => {
		const document = buildCoverLetterDocument(letterParts());
		expect(document.header.name).toBe('Zoë Łukasiewicz-Müller');
		expect(document.header.headline).toBe('Senior Data Engineer');
		expect(document.header.contacts[0]).toEqual({
			text: 'zoe.lukasiewicz@example.com',
			href: 'mailto:zoe.lukasiewicz@example.com'
		});
		expect(document.date).toBe('1 December 2026');
		expect(document.recipient).toEqual(['Hiring Team', 'Acme Mobility']);
		expect(document.salutation).toBe('Dear Hiring Team,');
		expect(document.paragraphs).toHaveLength(4);
		expect(document.paragraphs[0]).toMatch(/^I am writing to apply for the Lead Data Engineer/);
		expect(document.closing).toBe('Yours sincerely,');
		expect(document.signature).toBe('Zoë Łukasiewicz-Müller');
		expect(document.title).toBe(
			'Zoë Łukasiewicz-Müller – Cover letter – Lead Data Engineer at Acme Mobility'
		);
	});

	it('addresses the named recipient at the company the person chose, in their tone', () => {
		const document = buildCoverLetterDocument(
			letterParts(STANDARD_LETTER, {
				options: {
					recipientName: 'Ms Kari Nordmann',
					recipientTitle: 'Head of Data',
					company: 'Acme Mobility Norge AS',
					tone: 'warm'
				}
			})
		);
		expect(document.recipient).toEqual([
			'Ms Kari Nordmann',
			'Head of Data',
			'Acme Mobility Norge AS'
		]);
		expect(document.salutation).toBe('Dear Ms Nordmann,');
		expect(document.closing).toBe('Kind regards,');
		expect(document.title).toContain('Lead Data Engineer at Acme Mobility Norge AS');
	});

	it('dates the letter the way its paper’s readers write dates', () => {
		expect(letterDate(LETTER_NOW, 'a4')).toBe('1 December 2026');
		expect(letterDate(LETTER_NOW, 'letter')).toBe('December 1, 2026');
	});

	it('keeps the model’s text as plain lines: control characters and line breaks go', () => {
		const document = buildCoverLetterDocument(
			letterParts('First\u0007 line\nfolded  here.\n\n\n  \n\u200bSecond\u2028paragraph.\n\n')
		);
		expect(document.paragraphs).toEqual(['First line folded here.', 'Second paragraph.']);
	});
});
