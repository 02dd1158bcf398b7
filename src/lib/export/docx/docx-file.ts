import type { Session } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import type { CvDocument } from '../cv-document';
import type { ExportedFile } from '../export-cv-files';
import { exportFileName } from '../export-file-name';

export const DOCX_MIME_TYPE =
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx": the PDF's name with Word's extension. */
export function docxFileName(session: Pick<Session, 'profile' | 'job'>): string {
	return exportFileName(session, 'docx');
}

/** Loads the Word writer on demand: the `docx` library stays out of the app's first load. */
export async function docxFile(
	session: Session,
	document: CvDocument,
	template: CvTemplate
): Promise<ExportedFile> {
	const { renderCvDocx } = await import('./render-cv-docx');
	return {
		name: docxFileName(session),
		type: DOCX_MIME_TYPE,
		content: await renderCvDocx(document, template)
	};
}
