import type { CvTemplate } from '$templates/template-definition';
import { drawPdf, type RenderedPdf } from '../pdf/draw-pdf';
import type { FontLoader } from '../pdf/pdf-fonts';
import type { CoverLetterDocument } from './cover-letter-document';
import { layoutCoverLetter } from './layout-cover-letter';

/** The letter as a text PDF, with the CV's fonts and the shared jsPDF adapter. */
export function renderCoverLetterPdf(
	document: CoverLetterDocument,
	template: CvTemplate,
	loadFont: FontLoader
): Promise<RenderedPdf> {
	return drawPdf(
		document.paper,
		template,
		loadFont,
		{ title: document.title, author: document.author, subject: 'Cover letter' },
		(measure) => layoutCoverLetter(document, template, measure)
	);
}
