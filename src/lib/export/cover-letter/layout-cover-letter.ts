import type { CvTemplate } from '$templates/template-definition';
import type { CvLayout } from '../pdf/laid-out-page';
import { layoutPages, pageFrame } from '../pdf/layout-pages';
import type { MeasureText } from '../pdf/wrap-text';
import type { CoverLetterDocument } from './cover-letter-document';
import { letterChunks } from './letter-chunks';
import { LETTER_SETTINGS, type LetterSetting } from './letter-metrics';

/**
 * The letter on pages, as plain data, with the CV's margins and page rules. Pure. The first of
 * the letter settings that fits the letter on one page wins; a letter that needs two pages
 * anyway keeps the first (see `LETTER_SETTINGS`).
 */
export function layoutCoverLetter(
	document: CoverLetterDocument,
	template: CvTemplate,
	measure: MeasureText
): CvLayout & { setting: LetterSetting } {
	const context = { template, measure, width: pageFrame(document.paper, template).width };
	let first: (CvLayout & { setting: LetterSetting }) | undefined;
	for (const setting of LETTER_SETTINGS) {
		const chunks = letterChunks(context, document, setting);
		const layout = { ...layoutPages(chunks, document.paper, template, measure), setting };
		if (layout.pages.length === 1) return layout;
		first ??= layout;
	}
	return first!;
}

/**
 * DejaVu's average advance per character as a fraction of the size (0.507 and 0.456 measured on
 * a letter, rounded up), for a word processor's layout the app cannot measure: close enough to
 * choose the letter's setting for the Word file.
 */
const AVERAGE_ADVANCE: Record<CvTemplate['style']['font'], number> = {
	DejaVuSans: 0.52,
	DejaVuSansCondensed: 0.47
};

/** The setting the Word file uses: the PDF's choice, with estimated widths. */
export function estimatedLetterSetting(
	document: CoverLetterDocument,
	template: CvTemplate
): LetterSetting {
	const advance = AVERAGE_ADVANCE[template.style.font];
	const measure: MeasureText = (text, weight, size) =>
		Array.from(text).length * size * (25.4 / 72) * advance * (weight === 'bold' ? 1.1 : 1);
	return layoutCoverLetter(document, template, measure).setting;
}
