import type { PaperSize } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import type { CvLayout } from './laid-out-page';
import { assertTrueType, FONT_FILES, type FontLoader } from './pdf-fonts';
import type { MeasureText } from './wrap-text';

/**
 * The thin jsPDF adapter the CV and the cover letter share: registers the template's fonts
 * (embedded as Unicode subsets), lets the pure layout measure with them, then draws the laid-out
 * runs as real text. jsPDF is imported on first use so it stays out of the app's first load;
 * works in browsers and Node.
 */
export interface RenderedPdf {
	bytes: Uint8Array<ArrayBuffer>;
	layout: CvLayout;
}

export interface PdfProperties {
	title: string;
	author: string;
	subject: string;
}

type JsPdfModule = typeof import('jspdf');
let jsPdfModule: Promise<JsPdfModule> | undefined;

function loadJsPdf(): Promise<JsPdfModule> {
	jsPdfModule ??= import('jspdf');
	return jsPdfModule;
}

/** jsPDF's virtual file system takes a "binary string"; built in slices to spare the stack. */
function toBinaryString(bytes: Uint8Array): string {
	let text = '';
	for (let offset = 0; offset < bytes.length; offset += 0x8000) {
		text += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
	}
	return text;
}

/** Draws what `layout` lays out on `paper`, measured with the template's real fonts. */
export async function drawPdf(
	paper: PaperSize,
	template: CvTemplate,
	loadFont: FontLoader,
	properties: PdfProperties,
	layout: (measure: MeasureText) => CvLayout
): Promise<RenderedPdf> {
	const files = FONT_FILES[template.style.font];
	const [{ jsPDF }, regular, bold] = await Promise.all([
		loadJsPdf(),
		loadFont(files.regular).then((bytes) => assertTrueType(files.regular, bytes)),
		loadFont(files.bold).then((bytes) => assertTrueType(files.bold, bytes))
	]);
	const pdf = new jsPDF({
		unit: 'mm',
		format: paper === 'letter' ? 'letter' : 'a4',
		orientation: 'portrait',
		compress: true,
		putOnlyUsedFonts: true
	});
	const family = template.style.font;
	const boldFamily = `${family}-Bold`;
	pdf.addFileToVFS(files.regular, toBinaryString(regular));
	pdf.addFont(files.regular, family, 'normal');
	pdf.addFileToVFS(files.bold, toBinaryString(bold));
	pdf.addFont(files.bold, boldFamily, 'normal');

	let currentFont = '';
	const useFont = (weight: 'regular' | 'bold', size: number) => {
		const key = `${weight}:${size}`;
		if (key === currentFont) return;
		pdf.setFont(weight === 'bold' ? boldFamily : family, 'normal');
		pdf.setFontSize(size);
		currentFont = key;
	};
	const laidOut = layout((text, weight, size) => {
		useFont(weight, size);
		return pdf.getTextWidth(text);
	});
	laidOut.pages.forEach((page, index) => {
		if (index > 0) pdf.addPage();
		for (const rule of page.rules) {
			pdf.setDrawColor(rule.colour);
			pdf.setLineWidth(0.3);
			pdf.line(rule.x1, rule.y, rule.x2, rule.y);
		}
		for (const run of page.runs) {
			useFont(run.weight, run.size);
			pdf.setTextColor(run.colour);
			pdf.text(run.text, run.x, run.y, { baseline: 'alphabetic' });
		}
		for (const link of page.links) {
			pdf.link(link.x, link.y, link.width, link.height, { url: link.href });
		}
	});
	pdf.setProperties({ ...properties, creator: 'aicvgen' });
	pdf.setDisplayMode('fullwidth', 'continuous');
	return { bytes: new Uint8Array(pdf.output('arraybuffer')), layout: laidOut };
}
