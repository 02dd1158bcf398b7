/**
 * Writes small PDFs for tests: pages with text lines in a standard font (regular or bold), pages
 * without any text (a scan), or an encrypted document, so the real pdf.js reader can be tested
 * without binary fixtures.
 */
export interface PdfLine {
	text: string;
	x: number;
	/** Baseline, from the top of the page. */
	y: number;
	size?: number;
	bold?: boolean;
}

export interface MinimalPdfOptions {
	/** One list of lines per page; an empty list is a page without text. */
	pages: PdfLine[][];
	/** Adds a standard security handler whose password is not empty. */
	encrypted?: boolean;
}

const escape = (text: string) => text.replace(/([\\()])/g, '\\$1');

function content(lines: PdfLine[]): string {
	return lines
		.map((line) => {
			const font = line.bold ? 'F2' : 'F1';
			return `BT /${font} ${line.size ?? 11} Tf ${line.x} ${842 - line.y} Td (${escape(line.text)}) Tj ET`;
		})
		.join('\n');
}

export function minimalPdf(options: MinimalPdfOptions): Uint8Array {
	const objects: string[] = [];
	const pageIds = options.pages.map((_, index) => 5 + index * 2);
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
	objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>';
	options.pages.forEach((lines, index) => {
		const stream = content(lines);
		objects[pageIds[index]!] =
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
			`/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`;
		objects[pageIds[index]! + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
	});
	const encryptId = objects.length;
	if (options.encrypted) {
		const filler = '7'.repeat(64);
		objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${filler}> /U <${filler}> /P -4 >>`;
	}
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id += 1) {
		offsets[id] = body.length;
		body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
	}
	const xref = body.length;
	body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let id = 1; id < objects.length; id += 1)
		body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
	const encrypt = options.encrypted ? ` /Encrypt ${encryptId} 0 R` : '';
	const fileId = '<0123456789abcdef0123456789abcdef>';
	body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} /ID [${fileId} ${fileId}] >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}
