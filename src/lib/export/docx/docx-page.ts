import type { PaperSize } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import { PAGE_TWIPS, twipsFromMillimetres, twipsFromPoints } from './docx-units';

/**
 * The page of a Word file for one template and paper: the PDF's size and margins, the bottom
 * margin raised by the page number's line so the text stops where the PDF's does. Shared by the
 * CV and the cover letter.
 */
export function docxPage(paper: PaperSize, template: CvTemplate) {
	const { margins, sizes, lineHeight } = template.style;
	const page = PAGE_TWIPS[paper];
	const left = twipsFromMillimetres(margins.left);
	const right = twipsFromMillimetres(margins.right);
	const footerDistance = twipsFromMillimetres(margins.bottom);
	const footerLine = twipsFromPoints(sizes.footer * lineHeight + 6);
	return {
		/** Right edge of the text column, for tab stops. */
		textWidth: page.width - left - right,
		properties: {
			page: {
				size: { width: page.width, height: page.height },
				margin: {
					top: twipsFromMillimetres(margins.top),
					right,
					bottom: footerDistance + footerLine,
					left,
					header: twipsFromMillimetres(margins.top),
					footer: footerDistance
				}
			}
		}
	};
}
