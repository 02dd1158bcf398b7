import type { Session } from '$lib/domain';

export type ExportFormat = 'pdf' | 'md' | 'json' | 'docx';

/** What the file holds: the CV, or the cover letter sent with it. */
export type ExportKind = 'cv' | 'cover-letter';
const KIND_WORDS: Record<ExportKind, string> = { cv: 'CV', 'cover-letter': 'Cover-Letter' };

/**
 * A name that is safe on every file system (no / \ : * ? " < > |, no control characters, no
 * leading dot) but keeps letters of any script, so "Zoë Łukasiewicz-Müller" stays readable.
 */
export function fileNamePart(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/**
 * "Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf", "Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-
 * Mobility.pdf"; JSON Resume files end in ".resume.json".
 */
export function exportFileName(
	session: Pick<Session, 'profile' | 'job'>,
	format: ExportFormat,
	kind: ExportKind = 'cv'
): string {
	const person = fileNamePart(session.profile.header.name);
	const company = fileNamePart(session.job.company) || fileNamePart(session.job.title);
	const stem = [person, KIND_WORDS[kind], company].filter(Boolean).join('-');
	const extension = format === 'json' ? 'resume.json' : format;
	return `${stem}.${extension}`;
}
