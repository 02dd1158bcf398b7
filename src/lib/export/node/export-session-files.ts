import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSessionFile, PAPER_SIZES, type PaperSize } from '$lib/domain';
import { getTemplate, isTemplateId, TEMPLATES } from '$templates/index';
import {
	coverLetterDocxFile,
	coverLetterMarkdownFile,
	coverLetterPdfFile
} from '../cover-letter/cover-letter-files';
import { sessionCoverLetter } from '../cover-letter/session-cover-letter';
import { buildCvDocument } from '../cv-document';
import { docxFile } from '../docx/docx-file';
import { exportCvFiles } from '../export-cv-files';
import { fileFontLoader } from './file-font-loader';

/** A problem the person running the command can fix; printed without a stack trace. */
export class ExportCommandError extends Error {
	override name = 'ExportCommandError';
}

export interface ExportSessionOptions {
	sessionPath: string;
	outDir: string;
	/** Defaults to the template saved with the session. */
	template?: string;
	paper?: string;
	fontsDir?: string;
	now?: number;
	/** Also write the Word file (`--docx`). */
	docx?: boolean;
}

/**
 * Reads a session file exported by the app and writes its .md, .pdf, .resume.json (and .docx);
 * when the session has an accepted cover letter, the letter's .pdf, .docx and .md too, in the
 * same template and paper, dated `now`.
 */
export async function exportSessionFiles(options: ExportSessionOptions): Promise<string[]> {
	let text: string;
	try {
		text = await readFile(options.sessionPath, 'utf8');
	} catch {
		throw new ExportCommandError(`Cannot read the session file ${options.sessionPath}.`);
	}
	const parsed = parseSessionFile(text, options.now ?? Date.now());
	if (!parsed.ok) throw new ExportCommandError(`${options.sessionPath}: ${parsed.message}`);
	const session = parsed.value;

	const templateId = options.template ?? session.exportPreferences.template;
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

	const template = getTemplate(templateId);
	const fonts = fileFontLoader(options.fontsDir);
	const files = await exportCvFiles(session, template, paper as PaperSize, fonts);
	if (options.docx) {
		files.push(
			await docxFile(session, buildCvDocument(session, template, paper as PaperSize), template)
		);
	}
	const now = options.now ?? Date.now();
	const letter = sessionCoverLetter(session, template.id, paper as PaperSize, now);
	if (letter) {
		files.push(
			await coverLetterPdfFile(session, letter, template, fonts),
			await coverLetterDocxFile(session, letter, template),
			coverLetterMarkdownFile(session, letter)
		);
	}
	try {
		await mkdir(options.outDir, { recursive: true });
		const written: string[] = [];
		for (const file of files) {
			const path = join(options.outDir, file.name);
			await writeFile(path, file.content);
			written.push(path);
		}
		return written;
	} catch (error) {
		const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
		throw new ExportCommandError(`Cannot write to ${options.outDir}${reason}.`);
	}
}
