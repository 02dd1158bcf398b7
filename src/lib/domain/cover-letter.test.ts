import { describe, expect, it } from 'vitest';
import {
	CoverLetterOptionsSchema,
	countWords,
	defaultCoverLetterOptions,
	letterFrame,
	letterParagraphs
} from './cover-letter';

describe('letterFrame', () => {
	it('writes to the hiring team of the job’s company when no recipient is named', () => {
		const frame = letterFrame(defaultCoverLetterOptions(), 'Acme AS');
		expect(frame.recipientLines).toEqual(['Hiring Team', 'Acme AS']);
		expect(frame.salutation).toBe('Dear Hiring Team,');
		expect(frame.closing).toBe('Yours sincerely,');
		expect(frame.company).toBe('Acme AS');
	});

	it('names the recipient, their title and the company the person typed over the job’s', () => {
		const options = CoverLetterOptionsSchema.parse({
			recipientName: 'Ms Kari Nordmann',
			recipientTitle: 'Head of Engineering',
			company: 'Acme Norge',
			tone: 'warm'
		});
		const frame = letterFrame(options, 'Acme AS');
		expect(frame.recipientLines).toEqual(['Ms Kari Nordmann', 'Head of Engineering', 'Acme Norge']);
		expect(frame.salutation).toBe('Dear Ms Nordmann,');
		expect(frame.closing).toBe('Kind regards,');
	});

	it('still has a recipient when neither a name nor a company is known', () => {
		expect(letterFrame(defaultCoverLetterOptions(), '  ').recipientLines).toEqual(['Hiring Team']);
	});
});

describe('salutation', () => {
	const salute = (recipientName: string) =>
		letterFrame(CoverLetterOptionsSchema.parse({ recipientName }), 'Acme').salutation;

	it('keeps a courtesy title with the family name, and the whole name without a title', () => {
		expect(salute('Dr. Ngozi Okafor')).toBe('Dear Dr. Okafor,');
		expect(salute('Ms Anna van der Berg')).toBe('Dear Ms van der Berg,');
		expect(salute('Mr Smith')).toBe('Dear Mr Smith,');
		expect(salute('Kari Nordmann')).toBe('Dear Kari Nordmann,');
	});
});

describe('letterParagraphs', () => {
	it('splits on blank lines and folds the line breaks inside a paragraph', () => {
		expect(letterParagraphs('First line\nwraps here.\n\n \nSecond.\r\n\r\nThird.')).toEqual([
			'First line wraps here.',
			'Second.',
			'Third.'
		]);
	});
});

describe('cover letter options', () => {
	it('refuses a third point with a message that says the limit', () => {
		const parsed = CoverLetterOptionsSchema.safeParse({ points: ['a', 'b', 'c'] });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toContain('at most 2');
	});

	it('counts words, not punctuation', () => {
		expect(countWords('I led 3 teams — and shipped.')).toBe(6);
	});
});
