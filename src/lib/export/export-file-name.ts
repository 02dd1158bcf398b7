import type { Session } from '$lib/domain';

export type ExportFormat = 'pdf' | 'md' | 'json' | 'docx';

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

/** "Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf"; JSON Resume files end in ".resume.json". */
export function exportFileName(
	session: Pick<Session, 'profile' | 'job'>,
	format: ExportFormat
): string {
	const person = fileNamePart(session.profile.header.name) || 'CV';
	const company = fileNamePart(session.job.company) || fileNamePart(session.job.title);
	const stem = [person === 'CV' ? 'CV' : `${person}-CV`, company].filter(Boolean).join('-');
	const extension = format === 'json' ? 'resume.json' : format;
	return `${stem}.${extension}`;
}
