import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { buildCoverLetterDocument } from './cover-letter-document';
import { coverLetterFileName, coverLetterMarkdownFile } from './cover-letter-files';
import { letterParts } from './__fixtures__/letters';

describe('cover letter files', () => {
	it('are named after the person and the company the letter goes to', () => {
		const session = exampleSession(0);
		expect(coverLetterFileName(session, 'pdf')).toBe(
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.pdf'
		);
		expect(coverLetterFileName(session, 'docx')).toBe(
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.docx'
		);
		const elsewhere = structuredClone(session);
		elsewhere.coverLetter.company = 'Acme Norge / Oslo';
		expect(coverLetterFileName(elsewhere, 'md')).toBe(
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Norge-Oslo.md'
		);
	});

	it('carry the letter as Markdown text', () => {
		const session = exampleSession(0);
		const file = coverLetterMarkdownFile(session, buildCoverLetterDocument(letterParts()));
		expect(file.type).toBe('text/markdown;charset=utf-8');
		expect(file.content).toContain('\n\nDear Hiring Team,\n\nI am writing to apply');
	});
});
