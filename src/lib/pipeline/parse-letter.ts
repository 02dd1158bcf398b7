/**
 * Reads the body of a cover letter out of a model's answer. The app writes the frame itself
 * (recipient block, salutation, closing, name: domain/cover-letter.ts), so what a model adds of
 * it anyway is dropped here: a "Dear …," opening, a "Subject:" line, a "Kind regards," and the
 * signature after it, "[Your name]" placeholders. Paragraphs are kept as paragraphs (a blank
 * line between them in the item's text); single line breaks inside one fold into spaces.
 */
import { LIMITS } from '$lib/domain';
import { isHeading, isPreamble, withoutFenceLines } from './answer-lines';
import { stripReasoning } from './strip-reasoning';
import { tidyEntry } from './tidy-text';

const SALUTATION = /^(?:dear|hello|hi)\b[^,:\n]{0,80}[,:]\s*/i;
const TO_WHOM = /^to whom it may concern\s*[,:]?\s*/i;
const SUBJECT = /^(?:re|subject|regarding)\s*:/i;
const CLOSING_WORDS =
	'(?:yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:with )?(?:kind|best|warm|warmest)(?: regards| wishes)|regards|respectfully(?: yours)?)';
/** A closing on its own: "Kind regards," or "Sincerely, Jane Doe". */
const CLOSING_PARAGRAPH = new RegExp(`^${CLOSING_WORDS}\\s*,?(?:\\s+\\S+){0,5}$`, 'i');
/** A closing run onto the end of the last paragraph: "… soon. Kind regards, Jane Doe". */
const CLOSING_TAIL = new RegExp(`(?<=[.!?])\\s+${CLOSING_WORDS}\\s*,[\\s\\S]{0,80}$`, 'i');
const PLACEHOLDER_ONLY = /^\[[^\]]{1,40}\]$/;
/** Remarks about the letter rather than part of it (narrower than the CV steps' list: "I hope to hear from you" belongs in a letter). */
const REMARK =
	/^(?:\*\*)?(?:note|notes|word count|p\.s\. this)\b|^let me know\b|^feel free\b|^if you(?:'d| would)? (?:like|want|prefer)\b|^would you like\b|^(?:this|the above) (?:letter|draft|version|cover letter)\b|^[-*_=]{3,}$/i;

/**
 * How a paragraph reads once frame lines, markers and emphasis are gone; '' when nothing is
 * left. Only the first paragraph can open with a salutation.
 */
function tidyParagraph(paragraph: string, first: boolean): string {
	const opened = first ? paragraph.replace(TO_WHOM, '').replace(SALUTATION, '') : paragraph;
	const text = tidyEntry(opened);
	if (SUBJECT.test(text) || PLACEHOLDER_ONLY.test(text)) return '';
	return text.replace(CLOSING_TAIL, '').trim();
}

/**
 * The body's paragraphs, in order, without the frame; everything from a closing on is the
 * signature and goes. The whole stays within the item's text limit (whole paragraphs only).
 */
export function letterBody(paragraphs: readonly string[]): string[] {
	const kept: string[] = [];
	let length = 0;
	for (const raw of paragraphs) {
		const trimmed = raw.trim();
		if (CLOSING_PARAGRAPH.test(trimmed) && kept.length > 0) break;
		if (REMARK.test(trimmed)) {
			if (kept.length > 0) break;
			continue;
		}
		const paragraph = tidyParagraph(trimmed, kept.length === 0);
		if (paragraph === '') continue;
		// Two characters for the blank line between paragraphs.
		length += paragraph.length + (kept.length > 0 ? 2 : 0);
		if (length > LIMITS.paragraph) break;
		kept.push(paragraph);
	}
	return kept;
}

/**
 * A free-text answer's paragraphs: blank lines separate them; reasoning, code fences, headings
 * and an opener such as "Here is the cover letter:" are left out.
 */
export function parseLetterText(text: string): string[] {
	const lines = withoutFenceLines(stripReasoning(text).split('\n'));
	const paragraphs: string[][] = [[]];
	for (const raw of lines) {
		const line = raw.trim();
		if (line === '') {
			if ((paragraphs.at(-1) ?? []).length > 0) paragraphs.push([]);
			continue;
		}
		const first = paragraphs.length === 1 && paragraphs[0]!.length === 0;
		// An opener ends with a colon or stands alone as a short line; a letter's first sentence does not.
		if (first && isPreamble(line) && (line.endsWith(':') || line.split(/\s+/).length <= 8))
			continue;
		if (isHeading(line) && !SALUTATION.test(line) && !TO_WHOM.test(line)) continue;
		paragraphs.at(-1)!.push(line);
	}
	return letterBody(paragraphs.map((lines) => lines.join(' ')));
}
