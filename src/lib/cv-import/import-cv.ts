import { parseJsonResumeFile } from '$lib/domain/json-resume';
import { CV_IMPORT_MAX_BYTES, type CvImportResult } from './cv-import-result';
import type { CvExtractors, ExtractedDocument } from './cv-line';
import { CvReadError, REFUSALS } from './cv-read-error';
import { buildLines } from './build-lines';
import { parseCvLines } from './parse-cv';
import { textToLines } from './text-lines';

/**
 * The importer's entry points. `importCvText` reads pasted text or a .txt/.md file;
 * `importCvFile` recognises the file by its first bytes (then its name) and reads it with the
 * extractors the caller passes: worker-backed ones in the browser, the legacy builds in Node.
 */
export function importCvText(text: string): CvImportResult {
	return parseCvLines(textToLines(text), 'text', 1);
}

type Kind = 'pdf' | 'docx' | 'doc' | 'json' | 'text' | 'unknown';

function kindOf(name: string, bytes: Uint8Array): Kind {
	const start = String.fromCharCode(...bytes.subarray(0, 8));
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (start.includes('%PDF')) return 'pdf';
	if (start.startsWith('PK')) return extension === 'docx' || extension === '' ? 'docx' : 'unknown';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'doc';
	if (extension === 'pdf') return 'pdf';
	if (extension === 'docx') return 'docx';
	if (extension === 'json') return 'json';
	if (['txt', 'md', 'markdown', 'text', ''].includes(extension)) return 'text';
	return 'unknown';
}

function decodeText(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return null;
	}
}

function fromDocument(document: ExtractedDocument, source: 'pdf' | 'docx'): CvImportResult {
	if (document.kind === 'lines')
		return parseCvLines(document.lines, document.source, document.pages);
	const result = parseCvLines(buildLines(document.pages), source, document.pages.length);
	return result.ok ? { ...result, notes: [...(document.notes ?? []), ...result.notes] } : result;
}

export async function importCvFile(
	file: { name: string; bytes: Uint8Array },
	extractors: CvExtractors
): Promise<CvImportResult> {
	if (file.bytes.length > CV_IMPORT_MAX_BYTES) return { ok: false, message: REFUSALS.tooLarge };
	if (file.bytes.length === 0) return { ok: false, message: REFUSALS.empty };
	const kind = kindOf(file.name, file.bytes);
	try {
		switch (kind) {
			case 'pdf':
				return fromDocument(await extractors.pdf(file.bytes), 'pdf');
			case 'docx':
				return fromDocument(await extractors.docx(file.bytes), 'docx');
			case 'doc':
				return { ok: false, message: REFUSALS.legacyDoc };
			case 'json':
			case 'text': {
				const text = decodeText(file.bytes);
				if (text === null) return { ok: false, message: REFUSALS.unsupported };
				if (kind === 'json') return jsonResume(text);
				return importCvText(text);
			}
			default:
				return { ok: false, message: REFUSALS.unsupported };
		}
	} catch (error) {
		if (error instanceof CvReadError) return { ok: false, message: error.message };
		throw error;
	}
}

function jsonResume(text: string): CvImportResult {
	const parsed = parseJsonResumeFile(text);
	if (!parsed.ok) return { ok: false, message: parsed.message };
	return {
		ok: true,
		text,
		source: 'json-resume',
		pages: 1,
		profile: parsed.value,
		uncertain: [],
		spans: [],
		origins: {},
		dropped: [],
		notes: []
	};
}
