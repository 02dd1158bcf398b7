import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFUSALS } from '../src/lib/cv-import';
import { validateJsonSchema, type JsonSchema } from '../tests/fixtures/export/validate-json-schema';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests/fixtures/cv-import/files');

/** Runs `npm run import -- …` as a person would, through tsx. */
function runCli(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', join(ROOT, 'scripts/import-cli.ts'), ...args],
		{ cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
	it('refuses a scanned PDF with status 2, its sentence on standard error and nothing on standard output', () => {
		const run = runCli(join(CORPUS, 'scanned-chef.pdf'));
		expect(run.code).toBe(2);
		expect(run.stderr.trim()).toBe(REFUSALS.scanned);
		expect(run.stdout).toBe('');
	}, 60_000);

	it('prints a JSON Resume that the official schema accepts, and only that, with --json-resume', () => {
		const run = runCli(join(CORPUS, 'warehouse-supervisor.txt'), '--json-resume');
		expect(run.code).toBe(0);
		const resume = JSON.parse(run.stdout) as { basics: { name: string }; work: { name: string }[] };
		const schema = JSON.parse(
			readFileSync(join(ROOT, 'tests/fixtures/export/json-resume-schema.v1.0.0.json'), 'utf8')
		) as JsonSchema;
		expect(validateJsonSchema(resume, schema)).toEqual([]);
		expect(resume.basics.name).toBe("KEVIN O'BRIEN");
		expect(resume.work.map((work) => work.name)).toEqual([
			'Iris Logistics',
			'Celtic Distribution',
			'Celtic Distribution'
		]);
	}, 30_000);

	it('writes the profile to --out and keeps standard output empty', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'aicvgen-import-')), 'profile.json');
		const run = runCli(join(CORPUS, 'plumber-es.md'), '--out', out);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(`Wrote ${out}`);
		const profile = JSON.parse(readFileSync(out, 'utf8')) as { header: { email: string } };
		expect(profile.header.email).toBe('miguel.torres@example.es');
	}, 30_000);
});
