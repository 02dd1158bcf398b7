import type { CvTemplate } from '$templates/template-definition';
import type { CvDocument } from '../cv-document';
import { drawPdf, type RenderedPdf } from './draw-pdf';
import { layoutCv } from './layout-cv';
import type { FontLoader } from './pdf-fonts';

export type { RenderedPdf } from './draw-pdf';

/** The CV as a text PDF: the pure layout drawn by the shared jsPDF adapter. */
export function renderCvPdf(
	document: CvDocument,
	template: CvTemplate,
	loadFont: FontLoader
): Promise<RenderedPdf> {
	return drawPdf(
		document.paper,
		template,
		loadFont,
		{ title: document.title, author: document.author, subject: 'Curriculum vitae' },
		(measure) => layoutCv(document, template, measure)
	);
}
