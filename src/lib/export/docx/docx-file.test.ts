import { describe, expect, it } from 'vitest';
import { getTemplate } from '$templates/index';
import { tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { buildCvDocument } from '../cv-document';
import { exportFileName } from '../export-file-name';
import { DOCX_MIME_TYPE, docxFile, docxFileName } from './docx-file';

describe('docxFile', () => {
	it('is named like the PDF, with the Word type and a zip inside', async () => {
		const session = tailoredExampleSession(0);
		const template = getTemplate('classic');
		const file = await docxFile(session, buildCvDocument(session, template), template);
		expect(file.name).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx');
		expect(file.name.replace(/\.docx$/, '.pdf')).toBe(exportFileName(session, 'pdf'));
		expect(file.type).toBe(DOCX_MIME_TYPE);
		expect([...(file.content as Uint8Array).subarray(0, 2)]).toEqual([0x50, 0x4b]);
	});

	it('falls back to "CV" and the job title when the name or company is missing', () => {
		const session = tailoredExampleSession(0);
		session.profile.header.name = '';
		session.job.company = '';
		session.job.title = 'Lead Data Engineer';
		expect(docxFileName(session)).toBe('CV-Lead-Data-Engineer.docx');
	});
});
