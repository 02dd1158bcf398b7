import { z } from 'zod';
import { LIMITS } from './limits';
import { boundedList, boundedText, optionalText } from './text';

/**
 * What the person sets before a cover letter is written. The letter itself is a CV item
 * (kind `cover_letter`) whose `content.text` holds the body paragraphs; everything around the
 * body (recipient block, salutation, closing) is derived here, so the model writes only the
 * part that needs writing and the frame never holds a claim the guard would have to check.
 */
export const LETTER_TONES = ['formal', 'warm', 'direct'] as const;
export const LetterToneSchema = z.enum(LETTER_TONES);
export type LetterTone = z.infer<typeof LetterToneSchema>;

export const LETTER_LENGTHS = ['short', 'standard', 'long'] as const;
export const LetterLengthSchema = z.enum(LETTER_LENGTHS);
export type LetterLength = z.infer<typeof LetterLengthSchema>;

/** Target words of the body for each length; the prompt asks for this, the checks allow ±30 %. */
export const LETTER_WORDS: Readonly<Record<LetterLength, number>> = {
	short: 150,
	standard: 250,
	long: 400
};

/** At most this many points the person wants made; they are the person's own facts. */
export const LETTER_POINTS_MAX = 2;

export const CoverLetterOptionsSchema = z.object({
	/** "Ms Kari Nordmann"; empty means the letter goes to the hiring team. */
	recipientName: optionalText(LIMITS.shortText),
	/** "Head of Engineering"; shown under the name in the recipient block. */
	recipientTitle: optionalText(LIMITS.shortText),
	/** Empty means the job's company. */
	company: optionalText(LIMITS.shortText),
	tone: LetterToneSchema.default('formal'),
	length: LetterLengthSchema.default('standard'),
	/** "I am relocating to Oslo in March": sources for the guard like the profile. */
	points: boundedList(boundedText(LIMITS.bullet), LETTER_POINTS_MAX, 'points').default([])
});
export type CoverLetterOptions = z.infer<typeof CoverLetterOptionsSchema>;

export function defaultCoverLetterOptions(): CoverLetterOptions {
	return CoverLetterOptionsSchema.parse({});
}

/** The parts of a letter that are not the body, resolved from the options and the job. */
export interface LetterFrame {
	/** Lines of the recipient block: name, title, company (empty lines left out). */
	recipientLines: string[];
	salutation: string;
	closing: string;
	company: string;
}

const CLOSINGS: Readonly<Record<LetterTone, string>> = {
	formal: 'Yours sincerely,',
	warm: 'Kind regards,',
	direct: 'Best regards,'
};

/** Courtesy titles a salutation keeps ("Dear Dr Okafor,"); the given name goes. */
const TITLE = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?$/i;

/**
 * "Dear Ms Nordmann," for "Ms Kari Nordmann", as a recruiter expects; without a title the full
 * name stays, since guessing one from a first name is exactly what a letter must not do.
 */
function salutationFor(name: string): string {
	const words = name.split(/\s+/).filter(Boolean);
	const title = words[0];
	if (title === undefined) return 'Dear Hiring Team,';
	if (!TITLE.test(title) || words.length < 3) return `Dear ${words.join(' ')},`;
	return `Dear ${[title, ...words.slice(2)].join(' ')},`;
}

export function letterFrame(options: CoverLetterOptions, jobCompany: string): LetterFrame {
	const company = options.company.trim() || jobCompany.trim();
	const name = options.recipientName.trim();
	const recipientLines = [
		name || 'Hiring Team',
		name ? options.recipientTitle.trim() : '',
		company
	].filter((line) => line !== '');
	return {
		recipientLines,
		salutation: salutationFor(name),
		closing: CLOSINGS[options.tone],
		company
	};
}

/** The body paragraphs of a letter's text: blank lines separate them, single newlines fold. */
export function letterParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter((paragraph) => paragraph !== '');
}

export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
