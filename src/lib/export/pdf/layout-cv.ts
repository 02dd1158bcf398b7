import type { CvTemplate } from '$templates/template-definition';
import type { CvDocument } from '../cv-document';
import { documentChunks } from './document-chunks';
import type { CvLayout } from './laid-out-page';
import type { Context } from './layout-line';
import { layoutPages, pageFrame } from './layout-pages';
import type { MeasureText } from './wrap-text';

export type { CvLayout, LaidOutPage, LinkArea, Rule, TextRun } from './laid-out-page';
export { FONT_ASCENT, FONT_DESCENT } from './layout-line';

/**
 * Lays the CV document out on pages, as plain data (see `layoutPages`). Pure and font-agnostic
 * (widths come from `measure`), so page breaking is tested without a PDF library; the jsPDF
 * adapter only draws.
 *
 * Besides the page rules of `layoutPages`: a heading stays with what follows; an entry's title
 * stays with its first bullet or line of text; a paragraph leaves no single line behind or ahead
 * of a break.
 */
export function layoutCv(
	document: CvDocument,
	template: CvTemplate,
	measure: MeasureText
): CvLayout {
	const context: Context = {
		template,
		measure,
		width: pageFrame(document.paper, template).width
	};
	return layoutPages(documentChunks(context, document), document.paper, template, measure);
}
