import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeSessionFile } from '$lib/domain';
import { pdfFonts, pdfInfo } from '../../../../tests/fixtures/export/pdf-inspect';
import { tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { ExportCommandError, exportSessionFiles } from './export-session-files';

function sessionFile(): { directory: string; path: string } {
	const directory = mkdtempSync(join(tmpdir(), 'aicvgen-cli-'));
	const path = join(directory, 'session.aicvgen.json');
	writeFileSync(path, serializeSessionFile(tailoredExampleSession(0)));
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
});
