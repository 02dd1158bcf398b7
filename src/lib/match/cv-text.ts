import type { Session } from '$lib/domain';
import type { Profile } from '$lib/domain/profile';
import { emptyStructuredCv } from '$lib/domain/structured-cv';
import { buildCvDocument, type CvBlock, type CvDocument } from '$lib/export/cv-document';
import { getTemplate } from '$templates/index';

/** The profile as the person wrote it, as one text: everything their own data names. */
export function profileText(profile: Profile): string {
	return [
		profile.header.headline,
		profile.talents,
		...profile.roles.flatMap((role) => [
			role.title,
			role.organization,
			role.description,
			...role.accomplishments
		]),
		...profile.projects.flatMap((project) => [project.name, project.description, ...project.tools]),
		...profile.education.map((entry) =>
			[entry.degree, entry.field, entry.institution, entry.details].join(' ')
		),
		...profile.certifications.map((entry) => [entry.name, entry.issuer].join(' ')),
		...profile.languages.map((entry) => [entry.language, entry.fluency].join(' '))
	]
		.filter((part) => part.trim() !== '')
		.join('\n');
}

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
