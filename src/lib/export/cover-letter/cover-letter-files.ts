import { letterFrame, type Session } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import { DOCX_MIME_TYPE } from '../docx/docx-file';
import type { ExportedFile } from '../export-cv-files';
import { exportFileName, type ExportFormat } from '../export-file-name';
import type { FontLoader } from '../pdf/pdf-fonts';
import type { CoverLetterDocument } from './cover-letter-document';
import { renderCoverLetterMarkdown } from './cover-letter-markdown';

type LetterSession = Pick<Session, 'profile' | 'job' | 'coverLetter'>;

/** "Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.pdf": the company the letter is sent to. */
export function coverLetterFileName(
	session: LetterSession,
	format: Exclude<ExportFormat, 'json'>
): string {
	const company = letterFrame(session.coverLetter, session.job.company).company;
	return exportFileName(
		{ profile: session.profile, job: { ...session.job, company } },
		format,
		'cover-letter'
	);
}

export function coverLetterMarkdownFile(
	session: LetterSession,
	document: CoverLetterDocument
): ExportedFile {
	return {
		name: coverLetterFileName(session, 'md'),
		type: 'text/markdown;charset=utf-8',
		content: renderCoverLetterMarkdown(document)
	};
}

/** Loads the PDF code on demand, as the CV's PDF does. */
export async function coverLetterPdfFile(
	session: LetterSession,
	document: CoverLetterDocument,
	template: CvTemplate,
	loadFont: FontLoader
): Promise<ExportedFile & { pages: number }> {
	const { renderCoverLetterPdf } = await import('./render-cover-letter-pdf');
	const rendered = await renderCoverLetterPdf(document, template, loadFont);
	return {
		name: coverLetterFileName(session, 'pdf'),
		type: 'application/pdf',
		content: rendered.bytes,
		pages: rendered.layout.pages.length
	};
}

/** Loads the Word writer on demand, as the CV's Word file does. */
export async function coverLetterDocxFile(
	session: LetterSession,
	document: CoverLetterDocument,
	template: CvTemplate
): Promise<ExportedFile> {
	const { renderCoverLetterDocx } = await import('./render-cover-letter-docx');
	return {
		name: coverLetterFileName(session, 'docx'),
		type: DOCX_MIME_TYPE,
		content: await renderCoverLetterDocx(document, template)
	};
}
