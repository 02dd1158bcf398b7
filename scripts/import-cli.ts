/**
 * Reads a CV (PDF, Word .docx, .txt or .md) with the app's deterministic importer and prints
 * the profile as JSON, or with --json-resume as a JSON Resume 1.0 document.
 *
 *   npm run import -- <file> [--json-resume] [--out <file>]
 */
import { runImportCommand } from '../src/lib/cv-import/node/import-command';

process.exitCode = await runImportCommand(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(`${text}\n`)
});
