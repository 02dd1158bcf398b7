import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSessionFile, PAPER_SIZES, type PaperSize } from '$lib/domain';
import { getTemplate, isTemplateId, TEMPLATES } from '$templates/index';
import { buildCvDocument } from '../../cv-document';
import { ExportCommandError, type ExportSessionOptions } from '../../node/export-session-files';
import { docxFile } from '../docx-file';

/**
 * The command line's `--docx`: reads a session file exported by the app and writes its .docx
 * next to the other files, with the same template and paper rules as the PDF. Every problem the
 * person can fix is an ExportCommandError, printed without a stack trace.
 */
export async function exportSessionDocx(options: ExportSessionOptions): Promise<string> {
	let text: string;
	try {
		text = await readFile(options.sessionPath, 'utf8');
	} catch {
		throw new ExportCommandError(`Cannot read the session file ${options.sessionPath}.`);
	}
	const parsed = parseSessionFile(text, options.now ?? Date.now());
	if (!parsed.ok) throw new ExportCommandError(`${options.sessionPath}: ${parsed.message}`);
	const session = parsed.value;

	if (options.template !== undefined && !isTemplateId(options.template)) {
		const known = TEMPLATES.map((template) => template.id).join(', ');
		throw new ExportCommandError(
			`There is no template "${options.template}". Use one of: ${known}.`
		);
	}
	const paper = options.paper ?? session.exportPreferences.paper;
	if (!(PAPER_SIZES as readonly string[]).includes(paper)) {
		throw new ExportCommandError(
			`Paper must be one of: ${PAPER_SIZES.join(', ')} (got "${paper}").`
		);
	}
	const template = getTemplate(options.template ?? session.exportPreferences.template);
	const file = await docxFile(
		session,
		buildCvDocument(session, template, paper as PaperSize),
		template
	);
	const path = join(options.outDir, file.name);
	try {
		await mkdir(options.outDir, { recursive: true });
		await writeFile(path, file.content);
	} catch (error) {
		const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
		throw new ExportCommandError(`Cannot write to ${options.outDir}${reason}.`);
	}
	return path;
}
