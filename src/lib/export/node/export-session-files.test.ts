import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeSessionFile } from '$lib/domain';
import { pdfFonts, pdfInfo, pdfText } from '../../../../tests/fixtures/export/pdf-inspect';
import { tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { readDocx } from '../docx/testing/read-docx';
import { LETTER_NOW, letterSession } from '../cover-letter/__fixtures__/letters';
import { ExportCommandError, exportSessionFiles } from './export-session-files';

function sessionFile(session = tailoredExampleSession(0)): { directory: string; path: string } {
	const directory = mkdtempSync(join(tmpdir(), 'aicvgen-cli-'));
	const path = join(directory, 'session.aicvgen.json');
	writeFileSync(path, serializeSessionFile(session));
	return { directory, path };
}

describe('exportSessionFiles (npm run export)', () => {
	it('writes the Markdown, PDF and JSON Resume of a session file', async () => {
		const { directory, path } = sessionFile();
		const out = join(directory, 'out');
		const written = await exportSessionFiles({
			sessionPath: path,
			outDir: out,
			template: 'compact',
			paper: 'letter'
		});
		expect(readdirSync(out).sort()).toEqual([
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.md',
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf',
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.resume.json'
		]);
		const pdf = written.find((file) => file.endsWith('.pdf'))!;
		expect(pdfInfo(pdf)).toMatchObject({ width: 612, height: 792 });
		expect(pdfFonts(pdf).map((font) => font.name)).toContain('DejaVuSansCondensed-Bold');
		expect(
			readFileSync(
				written.find((file) => file.endsWith('.md'))!,
				'utf8'
			)
		).toContain('## Experience');
	});

	it('explains a missing file, a file that is not a session, and unknown options', async () => {
		const { directory, path } = sessionFile();
		const outDir = join(directory, 'out');
		await expect(
			exportSessionFiles({ sessionPath: join(directory, 'nope.json'), outDir })
		).rejects.toThrow(/Cannot read the session file .*nope\.json/);
		const resume = join(directory, 'resume.json');
		writeFileSync(resume, '{"basics": {"name": "Zoë"}}');
		await expect(exportSessionFiles({ sessionPath: resume, outDir })).rejects.toThrow(
			/This is not an aicvgen session file/
		);
		await expect(
			exportSessionFiles({ sessionPath: path, outDir, template: 'fancy' })
		).rejects.toThrow('There is no template "fancy". Use one of: classic, compact.');
		await expect(exportSessionFiles({ sessionPath: path, outDir, paper: 'a5' })).rejects.toThrow(
			ExportCommandError
		);
	});

	it('writes the accepted cover letter as PDF, Word and Markdown next to the CV', async () => {
		const { directory, path } = sessionFile(letterSession(0));
		const out = join(directory, 'out');
		await exportSessionFiles({ sessionPath: path, outDir: out, paper: 'letter', now: LETTER_NOW });
		const letterFiles = readdirSync(out).filter((name) => name.includes('Cover-Letter'));
		expect(letterFiles.sort()).toEqual([
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.docx',
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.md',
			'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.pdf'
		]);
		const pdf = join(out, 'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.pdf');
		expect(pdfInfo(pdf)).toMatchObject({ pages: 1, width: 612, height: 792 });
		expect(pdfText(pdf)).toContain(
			'December 1, 2026\nHiring Team\nAcme Mobility\nDear Hiring Team,'
		);
		const docx = await readDocx(
			new Uint8Array(
				readFileSync(join(out, 'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.docx'))
			)
		);
		expect(docx.text).toContain('I am writing to apply for the Lead Data Engineer role');
		expect(
			readFileSync(join(out, 'Zoë-Łukasiewicz-Müller-Cover-Letter-Acme-Mobility.md'), 'utf8')
		).toContain('\n\nYours sincerely,\n\nZoë Łukasiewicz-Müller\n');
	});

	it('writes no letter for a session whose letter is not accepted', async () => {
		const { directory, path } = sessionFile(letterSession(0, { status: 'to_review' }));
		const out = join(directory, 'out');
		await exportSessionFiles({ sessionPath: path, outDir: out });
		expect(readdirSync(out).filter((name) => name.includes('Cover-Letter'))).toEqual([]);
		expect(readdirSync(out)).toHaveLength(3);
	});
});
