import type { CvTemplate } from '$templates/template-definition';
import { pt } from '../pdf/layout-line';

/**
 * What the letter adds to the template's look, in one place for the PDF, the Word file and the
 * preview: the body's size and the vertical spaces, in blank lines of the body as in a typed
 * letter (two under the header, one between the parts and between paragraphs, three to sign in).
 *
 * The body is a point larger than the CV's: the CV's size suits short bullets, a letter is read
 * as running prose across the full column. A letter should be one page, so a long one that would
 * spill onto a second is set with tighter spaces, then at the CV's own size; one that needs two
 * pages anyway keeps the first set.
 */
export const LETTER_SETTINGS = [
	{ sizeAboveBody: 1, afterHeader: 2, between: 1, paragraph: 1, signature: 3 },
	{ sizeAboveBody: 1, afterHeader: 1.25, between: 0.75, paragraph: 0.6, signature: 2.25 },
	{ sizeAboveBody: 0, afterHeader: 1.25, between: 0.75, paragraph: 0.6, signature: 2.25 }
] as const;
export type LetterSetting = (typeof LETTER_SETTINGS)[number];

/** The letter's body size (points) and vertical spaces in millimetres (PDF units). */
export function letterMetrics(template: CvTemplate, setting: LetterSetting = LETTER_SETTINGS[0]) {
	const size = template.style.sizes.body + setting.sizeAboveBody;
	const line = pt(size) * template.style.lineHeight;
	return {
		size,
		afterHeader: line * setting.afterHeader,
		between: line * setting.between,
		paragraph: line * setting.paragraph,
		signature: line * setting.signature
	};
}
