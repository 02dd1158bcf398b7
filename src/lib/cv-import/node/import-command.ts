import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createSession } from '$lib/domain/session';
import type { Profile } from '$lib/domain/profile';
import { sessionToJsonResume } from '$lib/export/json-resume-export';
import { importCvFile } from '../import-cv';
import { nodeExtractors } from './node-extractors';

/**
 * `npm run import -- <file> [--json-resume] [--out <file>]`: the deterministic import in Node.
 * Standard output carries the JSON and nothing else; messages go to standard error. A refused
 * file (scanned, damaged, not a CV) exits with 2 and its sentence; a usage error with 64.
 */
export const USAGE =
	'Usage: npm run import -- <cv.pdf|cv.docx|cv.txt|cv.md> [--json-resume] [--out <file>]';

export interface CommandIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** JSON Resume's `url` fields must be URIs: "linkedin.com/in/x" as written gets its https://. */
function withScheme(url: string): string {
	return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
}

export function profileToJsonResume(profile: Profile, now = Date.now()): object {
	const session = createSession(profile.header.name || 'Imported CV', now);
	session.profile = {
		...profile,
		header: {
			...profile.header,
			links: profile.header.links.map((link) => ({ ...link, url: withScheme(link.url) }))
		},
		projects: profile.projects.map((project) => ({
			...project,
			link: project.link && withScheme(project.link)
		})),
		certifications: profile.certifications.map((certification) => ({
			...certification,
			url: certification.url && withScheme(certification.url)
		}))
	};
	return sessionToJsonResume(session);
}

export async function runImportCommand(argv: string[], io: CommandIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				'json-resume': { type: 'boolean' },
				out: { type: 'string', short: 'o' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		return 64;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.stderr(USAGE);
		return 0;
	}
	if (positionals.length !== 1) {
		io.stderr(USAGE);
		return 64;
	}
	const path = positionals[0]!;
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await readFile(path));
	} catch {
		io.stderr(`Cannot read the file ${path}.`);
		return 1;
	}
	const result = await importCvFile({ name: path, bytes }, nodeExtractors);
	if (!result.ok) {
		io.stderr(result.message);
		return 2;
	}
	for (const note of result.notes) io.stderr(note);
	if (result.uncertain.length > 0)
		io.stderr(`Check these fields, the parser was unsure: ${result.uncertain.join(', ')}.`);
	const document = values['json-resume'] ? profileToJsonResume(result.profile) : result.profile;
	const json = `${JSON.stringify(document, null, 2)}\n`;
	if (values.out) {
		try {
			await writeFile(values.out, json);
		} catch {
			io.stderr(`Cannot write to ${values.out}.`);
			return 1;
		}
		io.stderr(`Wrote ${values.out}`);
	} else io.stdout(json);
	return 0;
}
