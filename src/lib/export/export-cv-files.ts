import type { PaperSize, Session } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import { buildCvDocument, type CvDocument } from './cv-document';
import { renderCvMarkdown } from './cv-markdown';
import { exportFileName } from './export-file-name';
import { serializeJsonResume } from './json-resume-export';
import type { FontLoader } from './pdf/pdf-fonts';

/** A file ready to save: the browser downloads it, the command line writes it. */
export interface ExportedFile {
	name: string;
	type: string;
	content: string | Uint8Array<ArrayBuffer>;
}

export function markdownFile(session: Session, document: CvDocument): ExportedFile {
	return {
		name: exportFileName(session, 'md'),
		type: 'text/markdown;charset=utf-8',
		content: renderCvMarkdown(document)
	};
}

export function jsonResumeFile(session: Session): ExportedFile {
	return {
		name: exportFileName(session, 'json'),
		type: 'application/json;charset=utf-8',
		content: serializeJsonResume(session)
	};
}

/** Loads the PDF code on demand: jsPDF and the fonts stay out of the app's first load. */
export async function pdfFile(
	session: Session,
	document: CvDocument,
	template: CvTemplate,
	loadFont: FontLoader
): Promise<ExportedFile & { pages: number }> {
	const { renderCvPdf } = await import('./pdf/render-cv-pdf');
	const rendered = await renderCvPdf(document, template, loadFont);
	return {
		name: exportFileName(session, 'pdf'),
		type: 'application/pdf',
		content: rendered.bytes,
		pages: rendered.layout.pages.length
	};
}

/** All three files for one session, template and paper size. */
export async function exportCvFiles(
	session: Session,
	template: CvTemplate,
	paper: PaperSize,
	loadFont: FontLoader
): Promise<ExportedFile[]> {
	const document = buildCvDocument(session, template, paper);
	return [
		markdownFile(session, document),
		await pdfFile(session, document, template, loadFont),
		jsonResumeFile(session)
	];
}
