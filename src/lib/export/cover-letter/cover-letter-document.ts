import {
	letterFrame,
	letterParagraphs,
	type CoverLetterOptions,
	type Job,
	type PaperSize,
	type Profile
} from '$lib/domain';
import { cleanLine, joinNonEmpty } from '../clean-text';
import type { CvDocument } from '../cv-document';
import { contactsOf } from '../cv-entries';

/**
 * The cover letter as every output lays it out: the CV's own header (so the two read as one
 * application), the date, the recipient block, the salutation, the body paragraphs, the closing
 * and the name to sign over. Like `CvDocument`, strings are plain text cleaned of control
 * characters; each renderer escapes them for its medium. Nothing here is markup.
 */
export interface CoverLetterDocument {
	templateId: string;
	paper: PaperSize;
	/** PDF metadata: title and author. */
	title: string;
	author: string;
	header: CvDocument['header'];
	date: string;
	recipient: string[];
	salutation: string;
	paragraphs: string[];
	closing: string;
	/** The name under the closing; the header's name. */
	signature: string;
}

export interface CoverLetterParts {
	profile: Profile;
	job: Pick<Job, 'company' | 'title'>;
	options: CoverLetterOptions;
	/** The letter item's text: paragraphs separated by a blank line. */
	text: string;
	templateId: string;
	paper: PaperSize;
	/** When the letter is exported, in milliseconds; printed as the letter's date. */
	now: number;
}

/**
 * The date as a letter on this paper expects it: "1 December 2026" on A4, "December 1, 2026" on
 * US Letter (the paper is the one hint of the reader's convention the app has). Written in the
 * device's time zone: the day the person sends it.
 */
export function letterDate(now: number, paper: PaperSize): string {
	return new Intl.DateTimeFormat(paper === 'letter' ? 'en-US' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(now));
}

export function buildCoverLetterDocument(parts: CoverLetterParts): CoverLetterDocument {
	const frame = letterFrame(parts.options, parts.job.company);
	const name = cleanLine(parts.profile.header.name);
	const role = joinNonEmpty([parts.job.title, cleanLine(frame.company)], ' at ');
	return {
		templateId: parts.templateId,
		paper: parts.paper,
		title: joinNonEmpty([name ? `${name} – Cover letter` : 'Cover letter', role], ' – '),
		author: name,
		header: {
			name,
			headline: cleanLine(parts.profile.header.headline),
			contacts: contactsOf(parts.profile)
		},
		date: letterDate(parts.now, parts.paper),
		recipient: frame.recipientLines.map(cleanLine).filter((line) => line !== ''),
		salutation: cleanLine(frame.salutation),
		paragraphs: letterParagraphs(parts.text)
			.map(cleanLine)
			.filter((paragraph) => paragraph !== ''),
		closing: cleanLine(frame.closing),
		signature: name
	};
}
