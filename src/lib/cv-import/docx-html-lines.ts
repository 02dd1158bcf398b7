import { plainLine, type CvLine } from './cv-line';

/**
 * Lines from mammoth's HTML: one per heading, paragraph and list item, with the heading level,
 * the list flag and boldness (a paragraph wholly in <strong>). A table row whose cells hold one
 * paragraph each is one line, cells separated by tabs (a date column beside the entry); bigger
 * cells are read one after the other, as a layout table's columns.
 */
const TOKEN = /<(\/?)(h[1-6]|p|li|td|th|tr|strong|br)\b[^>]*?\/?>|<[^>]+>|([^<]+)/g;

function decode(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

interface Block {
	line: CvLine;
	boldChars: number;
}

export function docxHtmlToLines(html: string): CvLine[] {
	const lines: CvLine[] = [];
	let cells: CvLine[][] | null = null;
	let block: Block | null = null;
	let strong = 0;
	const emit = (line: CvLine) => {
		if (line.text.trim() === '') return;
		if (cells) cells[cells.length - 1]?.push(line);
		else lines.push(line);
	};
	for (const match of html.matchAll(TOKEN)) {
		const [, closing, tag, text] = match;
		if (text !== undefined) {
			if (!block) block = { line: plainLine(''), boldChars: 0 };
			const decoded = decode(text);
			block.line.text += decoded;
			if (strong > 0) block.boldChars += decoded.replace(/\s/g, '').length;
			continue;
		}
		if (tag === 'strong') strong += closing ? -1 : 1;
		else if (tag === 'br' && block) block.line.text += '\n';
		else if (tag === 'tr') {
			if (!closing) cells = [];
			else if (cells) {
				const row = cells;
				cells = null;
				if (row.every((cell) => cell.length <= 1) && row.some((cell) => cell.length === 1)) {
					const present = row.filter((cell) => cell.length === 1).map((cell) => cell[0]!);
					emit({ ...present[0]!, text: present.map((line) => line.text).join('\t') });
				} else for (const cell of row) for (const line of cell) emit(line);
			}
		} else if (tag === 'td' || tag === 'th') {
			if (!closing) cells?.push([]);
		} else if (tag) {
			if (!closing) block = { line: plainLine(''), boldChars: 0 };
			if (closing && block) {
				const line = block.line;
				const letters = line.text.replace(/\s/g, '').length;
				line.bold = letters > 0 && block.boldChars >= letters;
				if (tag.startsWith('h')) line.level = Number(tag.slice(1));
				if (tag === 'li') line.listItem = true;
				for (const part of line.text.split('\n')) emit({ ...line, text: part.trim() });
				block = null;
			}
		}
	}
	return lines;
}
