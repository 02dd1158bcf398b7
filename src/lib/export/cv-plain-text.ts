/**
 * The CV as plain words: what a reader (or an applicant-tracking system) sees in the exported
 * file, by the export's own content rule. The match report measures the job's terms in it.
 */
import type { Session } from '$lib/domain';
import { emptyStructuredCv } from '$lib/domain/structured-cv';
import { getTemplate } from '$templates/index';
import { buildCvDocument, type CvBlock, type CvDocument } from './cv-document';

function blockText(block: CvBlock): string[] {
	switch (block.kind) {
		case 'paragraph':
			return [block.text];
		case 'bullets':
		case 'lines':
			return block.items;
		case 'entry': {
			const { title, subtitle, paragraphs, bullets, tools } = block.entry;
			return [title, subtitle, ...paragraphs, ...bullets, tools.join(', ')];
		}
	}
}

/** The words of a CV document a reader (or an applicant-tracking system) sees. */
export function cvDocumentText(document: CvDocument): string {
	return [
		document.header.headline,
		...document.sections.flatMap((section) => section.blocks.flatMap(blockText))
	]
		.filter((part) => part.trim() !== '')
		.join('\n');
}

/**
 * The CV exactly as the export would write it now, by the export's own content rule: accepted
 * items in their tailored form, the person's own text for drafts and items kept as written.
 */
export function exportedCvText(session: Session): string {
	const template = getTemplate(session.exportPreferences.template);
	return cvDocumentText(buildCvDocument(session, template));
}

/** The same CV with nothing tailored: every role and project in the person's own words. */
export function untailoredCvText(session: Session): string {
	return exportedCvText({ ...session, cv: emptyStructuredCv() });
}

/** Both texts the match report compares: untailored, and as the export would write it now. */
export function cvTexts(session: Session): { untailored: string; exported: string } {
	return { untailored: untailoredCvText(session), exported: exportedCvText(session) };
}
