import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
	it('names the file after the person and the company, keeping accented and non-Latin letters', () => {
		const session = exampleSession(0);
		expect(exportFileName(session, 'pdf')).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf');
		expect(exportFileName(session, 'md')).toBe('Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.md');
		expect(exportFileName(session, 'json')).toBe(
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.resume.json'
		);
		const chinese = structuredClone(session);
		chinese.profile.header.name = '王 小明';
		chinese.job.company = '北京 / 上海: "Tech" <Co>';
		expect(exportFileName(chinese, 'pdf')).toBe('王-小明-CV-北京-上海-Tech-Co.pdf');
	});

	it('never produces a path, a hidden file or an empty name', () => {
		const session = structuredClone(exampleSession(0));
		session.profile.header.name = '../../.ssh/id_rsa';
		session.job.company = '';
		session.job.title = '';
		expect(exportFileName(session, 'pdf')).toBe('ssh-id-rsa-CV.pdf');
		session.profile.header.name = '***';
		expect(exportFileName(session, 'pdf')).toBe('CV.pdf');
	});

	it('names a cover letter like the CV, with "Cover-Letter" where the CV says "CV"', () => {
		const session = structuredClone(exampleSession(0));
		expect(exportFileName(session, 'pdf', 'cover-letter')).toBe(
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.pdf'
		);
		session.profile.header.name = '';
		expect(exportFileName(session, 'docx', 'cover-letter')).toBe('Cover-Letter-Acme-Mobility.docx');
	});
});
