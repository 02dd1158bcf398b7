/**
 * What the CV tab does with a session: the document every export and the preview are made
 * from, the Markdown text, the four files, and the claims an export would carry unchecked; the
 * same for the cover letter (three files: JSON Resume has no letter). The export code (jsPDF,
 * docx) still loads on the first download of its kind.
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
import { openClaims, openClaimsKey, type OpenClaims } from '$lib/export/open-claims';
import type { CoverLetterDocument } from '$lib/export/cover-letter/cover-letter-document';
import {
	coverLetterDocxFile,
	coverLetterMarkdownFile,
	coverLetterPdfFile
} from '$lib/export/cover-letter/cover-letter-files';
import { renderCoverLetterMarkdown } from '$lib/export/cover-letter/cover-letter-markdown';
import { estimatedLetterSetting } from '$lib/export/cover-letter/layout-cover-letter';
import { letterMetrics, type LetterSetting } from '$lib/export/cover-letter/letter-metrics';
import {
	coverLetterState,
	sessionCoverLetter,
	type CoverLetterState
} from '$lib/export/cover-letter/session-cover-letter';

export type { ExportedFile, CvDocument, CoverLetterDocument, CoverLetterState };
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
	/** The cover letter (issue 18): its own document, files and claims, next to the CV's. */
	coverLetter: {
		state(session: Session): CoverLetterState;
		/** Dated `now`; undefined unless the session has an accepted letter. */
		document(
			session: Session,
			template: CvTemplate,
			paper: PaperSize,
			now: number
		): CoverLetterDocument | undefined;
		/** Body size (points) and spaces (blank lines) as the Word file sets them, for the preview. */
		look(document: CoverLetterDocument, template: CvTemplate): LetterSetting & { size: number };
		markdown(document: CoverLetterDocument): string;
		markdownFile(session: Session, document: CoverLetterDocument): ExportedFile;
		pdfFile(
			session: Session,
			document: CoverLetterDocument,
			template: CvTemplate,
			fonts: FontLoader
		): Promise<ExportedFile & { pages: number }>;
		docxFile(
			session: Session,
			document: CoverLetterDocument,
			template: CvTemplate
		): Promise<ExportedFile>;
		/** The letter's unconfirmed findings: its downloads wait for them as the CV's do. */
		openClaims(session: Session): OpenClaims[];
	};
}

/** The accepted letter's claims its files would carry; the CV's list leaves the letter out. */
function coverLetterOpenClaims(session: Session): OpenClaims[] {
	const state = coverLetterState(session);
	if (state.status !== 'accepted') return [];
	const findings = state.item.findings.filter((finding) => !finding.confirmed);
	return findings.length > 0 ? [{ item: state.item, findings }] : [];
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
		openClaimsKey,
		coverLetter: {
			state: coverLetterState,
			document: (session, template, paper, now) =>
				sessionCoverLetter(session, template.id, paper, now),
			look: (document, template) => {
				const setting = estimatedLetterSetting(document, template);
				return { ...setting, size: letterMetrics(template, setting).size };
			},
			markdown: renderCoverLetterMarkdown,
			markdownFile: coverLetterMarkdownFile,
			pdfFile: coverLetterPdfFile,
			docxFile: coverLetterDocxFile,
			openClaims: coverLetterOpenClaims
		}
	};
}
