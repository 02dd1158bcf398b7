/**
 * Writes the CV of a session file (made with "Export session" in the app) as Markdown, PDF and
 * JSON Resume, and with --docx as a Word file too, with the same code the app uses. A session with
 * an accepted cover letter also gets the letter as PDF, Word and Markdown.
 *
 *   npm run export -- <session.json> --out <dir> [--template classic|compact] [--paper a4|letter] [--docx]
 */
import { parseArgs } from 'node:util';
import {
	ExportCommandError,
	exportSessionFiles
} from '../src/lib/export/node/export-session-files';

const USAGE =
	'Usage: npm run export -- <session.json> --out <dir> [--template classic|compact] [--paper a4|letter] [--docx]';

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string', short: 'o' },
				template: { type: 'string', short: 't' },
				paper: { type: 'string', short: 'p' },
				docx: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const [sessionPath, ...extra] = positionals;
	if (!sessionPath || extra.length > 0 || !values.out) {
		console.error(USAGE);
		return 2;
	}
	try {
		const options = {
			sessionPath,
			outDir: values.out,
			...(values.template !== undefined ? { template: values.template } : {}),
			...(values.paper !== undefined ? { paper: values.paper } : {})
		};
		const written = await exportSessionFiles({ ...options, docx: values.docx });
		for (const path of written) console.log(`Wrote ${path}`);
		return 0;
	} catch (error) {
		if (error instanceof ExportCommandError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	}
}

process.exitCode = await main();
