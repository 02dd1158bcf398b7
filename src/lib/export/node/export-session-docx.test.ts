import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeSessionFile } from '$lib/domain';
import { tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { ExportCommandError, exportSessionFiles } from './export-session-files';
import { htmlTexts, readDocx } from '../docx/testing/read-docx';

/** `npm run export -- <file> --docx`: the Word file among those written. */
async function exportSessionDocx(options: Parameters<typeof exportSessionFiles>[0]) {
	const written = await exportSessionFiles({ ...options, docx: true });
	return written.find((path) => path.endsWith('.docx'))!;
}

function sessionFile(preferences?: { template: string; paper: 'a4' | 'letter' }) {
	const directory = mkdtempSync(join(tmpdir(), 'aicvgen-docx-'));
	const path = join(directory, 'session.aicvgen.json');
	const session = tailoredExampleSession(0);
	if (preferences) session.exportPreferences = preferences;
	writeFileSync(path, serializeSessionFile(session));
	return { directory, path };
}

describe('exportSessionDocx (npm run export -- --docx)', () => {
	it('uses the template and paper saved with the session unless told otherwise', async () => {
		const { directory, path } = sessionFile({ template: 'compact', paper: 'letter' });
		const saved = await exportSessionDocx({ sessionPath: path, outDir: join(directory, 'a') });
		expect(saved).toBe(join(directory, 'a', 'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx'));
		const compact = await readDocx(new Uint8Array(readFileSync(saved)));
		expect(htmlTexts(compact.html, 'h1')).toContain('Experience');
		expect(compact.part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');

		const chosen = await exportSessionDocx({
			sessionPath: path,
			outDir: join(directory, 'b'),
			template: 'classic',
			paper: 'a4'
		});
		const classic = await readDocx(new Uint8Array(readFileSync(chosen)));
		expect(htmlTexts(classic.html, 'h1')).toContain('Professional Experience');
		expect(classic.part('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
	});

	it('explains what the person can fix', async () => {
		const { directory, path } = sessionFile();
		const outDir = join(directory, 'out');
		await expect(
			exportSessionDocx({ sessionPath: join(directory, 'missing.json'), outDir })
		).rejects.toThrow(/Cannot read the session file .*missing\.json/);
		await expect(exportSessionDocx({ sessionPath: path, outDir, paper: 'a5' })).rejects.toThrow(
			'Paper must be one of: a4, letter (got "a5").'
		);
		await expect(
			exportSessionDocx({ sessionPath: path, outDir, template: 'fancy' })
		).rejects.toBeInstanceOf(ExportCommandError);
		// A file where the folder should be: the write fails with a message, not a stack trace.
		writeFileSync(join(directory, 'taken'), '');
		await expect(
			exportSessionDocx({ sessionPath: path, outDir: join(directory, 'taken') })
		).rejects.toThrow(/Cannot write to .*taken/);
	});
});
