/**
 * What the CV tab does with a session: the document every export and the preview are made
 * from, the Markdown text, the four files, and the claims an export would carry unchecked. The
 * export code (jsPDF, docx) still loads on the first download of its kind.
 */
import type { PaperSize, Session } from '$lib/domain';
import { buildCvDocument, type CvDocument } from '$lib/export/cv-document';
import { renderCvMarkdown } from '$lib/export/cv-markdown';
import { docxFile } from '$lib/export/docx/docx-file';
import {
	jsonResumeFile,
	markdownFile,
	pdfFile,
	type ExportedFile
} from '$lib/export/export-cv-files';
import { fetchFontLoader, type FontLoader } from '$lib/export/pdf/pdf-fonts';
import type { CvTemplate } from '$templates/template-definition';
import { openClaims, openClaimsKey, type OpenClaims } from '$lib/match/open-claims';

export type { ExportedFile, CvDocument };
export type { CvEntry } from '$lib/export/cv-document';
/** What the preview shows as the export makes it: paper sizes, font files, safe Markdown. */
export { PAPER_DIMENSIONS } from '$lib/export/pdf/paper';
export { FONT_FILES } from '$lib/export/pdf/pdf-fonts';
export { markdownToSafeHtml } from '$lib/export/markdown-to-safe-html';

export interface CvExport {
	document(session: Session, template: CvTemplate, paper: PaperSize): CvDocument;
	markdown(document: CvDocument): string;
	/** Fetches the PDF fonts from `urlOf(fileName)` on the first PDF, once per page load. */
	fontLoader(urlOf: (fileName: string) => string): FontLoader;
	markdownFile(session: Session, document: CvDocument): ExportedFile;
	jsonResumeFile(session: Session): ExportedFile;
	pdfFile(
		session: Session,
		document: CvDocument,
		template: CvTemplate,
		fonts: FontLoader
	): Promise<ExportedFile & { pages: number }>;
	docxFile(session: Session, document: CvDocument, template: CvTemplate): Promise<ExportedFile>;
	openClaims(session: Session): OpenClaims[];
	/** One string per list of claims, so "I checked these" covers that list only. */
	openClaimsKey(claims: readonly OpenClaims[]): string;
}

export function cvExport(): CvExport {
	return {
		document: buildCvDocument,
		markdown: renderCvMarkdown,
		fontLoader: (urlOf) => fetchFontLoader(urlOf),
		markdownFile,
		jsonResumeFile,
		pdfFile,
		docxFile,
		openClaims,
		openClaimsKey
	};
}
