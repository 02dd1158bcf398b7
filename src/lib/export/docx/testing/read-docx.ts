import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';

/**
 * Reads a .docx back the way a recruiter's tools would, independently of the `docx` library that
 * wrote it: mammoth for the text and the HTML it makes of headings, lists and links, and a
 * minimal zip reader (node:zlib) for the raw XML parts — page size, fonts, properties.
 */
export interface DocxReadBack {
	/** Paragraphs as plain text, one per line, as ATS text extraction sees them. */
	text: string;
	/** mammoth's HTML: Word heading styles become <h1>…, real lists <ul><li>, links <a href>. */
	html: string;
	/** Warnings mammoth raised (unknown styles and the like). */
	messages: string[];
	part: (name: string) => string;
}

/** The zip's entries by name, inflated. Only what a .docx uses: stored or deflated entries. */
export function unzipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
	if (end < 0) throw new Error('Not a zip file: no end of central directory.');
	const count = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	const entries = new Map<string, Uint8Array>();
	for (let index = 0; index < count; index += 1) {
		if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('Broken central directory.');
		const method = view.getUint16(offset + 10, true);
		const compressedSize = view.getUint32(offset + 20, true);
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		const localOffset = view.getUint32(offset + 42, true);
		const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
		const dataStart =
			localOffset +
			30 +
			view.getUint16(localOffset + 26, true) +
			view.getUint16(localOffset + 28, true);
		const data = bytes.subarray(dataStart, dataStart + compressedSize);
		if (method !== 0 && method !== 8) throw new Error(`${name}: unknown compression ${method}.`);
		entries.set(name, method === 0 ? data : new Uint8Array(inflateRawSync(data)));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxReadBack> {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const [raw, html] = await Promise.all([
		mammoth.extractRawText({ buffer }),
		mammoth.convertToHtml({ buffer })
	]);
	const entries = unzipEntries(bytes);
	return {
		text: raw.value,
		html: html.value,
		messages: [...raw.messages, ...html.messages].map((message) => message.message),
		part: (name) => {
			const entry = entries.get(name);
			if (!entry) throw new Error(`The .docx has no part ${name}.`);
			return new TextDecoder().decode(entry);
		}
	};
}

function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}

/** Text of each element `tag` in mammoth's HTML, in document order, tags inside removed. */
export function htmlTexts(html: string, tag: string): string[] {
	const pattern = new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
	return [...html.matchAll(pattern)].map((match) =>
		decodeEntities((match[1] ?? '').replace(/<[^>]+>/g, ''))
	);
}
