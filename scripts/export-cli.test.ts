import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeSessionFile } from '../src/lib/domain';
import { tailoredExampleSession } from '../src/lib/export/__fixtures__/tailored-sessions';
import { htmlTexts, readDocx } from '../src/lib/export/docx/testing/read-docx';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Runs `npm run export -- …` as a person would, through tsx. */
function runCli(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', join(ROOT, 'scripts/export-cli.ts'), ...args],
		{ cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sessionFile(): { directory: string; path: string } {
	const directory = mkdtempSync(join(tmpdir(), 'aicvgen-cli-docx-'));
	const path = join(directory, 'session.aicvgen.json');
	writeFileSync(path, serializeSessionFile(tailoredExampleSession(0)));
	return { directory, path };
}

describe('npm run export', () => {
	it('writes the Word file too with --docx, named like the PDF', async () => {
		const { directory, path } = sessionFile();
		const out = join(directory, 'out');
		const run = runCli(path, '--out', out, '--template', 'compact', '--paper', 'letter', '--docx');
		expect(run.stderr).not.toMatch(/Error/);
		expect(run.code).toBe(0);
		const docxPath = join(out, 'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx');
		expect(run.stdout).toContain(`Wrote ${docxPath}`);
		expect(readdirSync(out).sort()).toEqual([
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.docx',
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.md',
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.pdf',
			'Zoë-Łukasiewicz-Müller-CV-Acme-Mobility.resume.json'
		]);
		const docx = await readDocx(new Uint8Array(readFileSync(docxPath)));
		expect(htmlTexts(docx.html, 'h1')).toEqual([
			'Summary',
			'Key Qualifications',
			'Skills',
			'Experience',
			'Projects',
			'Education',
			'Certifications',
			'Languages'
		]);
		expect(docx.part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
		expect(docx.part('word/styles.xml')).toContain('w:ascii="DejaVu Sans Condensed"');
	});

	it('writes no Word file without --docx, and explains a bad option before writing anything', () => {
		const { directory, path } = sessionFile();
		const out = join(directory, 'out');
		expect(runCli(path, '--out', out).code).toBe(0);
		expect(readdirSync(out).filter((name) => name.endsWith('.docx'))).toEqual([]);

		const bad = runCli(path, '--out', join(directory, 'bad'), '--docx', '--template', 'fancy');
		expect(bad.code).toBe(1);
		expect(bad.stderr.trim()).toBe('There is no template "fancy". Use one of: classic, compact.');
	});
});
