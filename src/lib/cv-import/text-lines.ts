import { plainLine, type CvLine } from './cv-line';

/**
 * Lines from plain text or Markdown (a .txt/.md file, pasted text). Markdown marks become what
 * they mean ("## Experience" a heading, "**Nurse**" bold, "[site](url)" its text and URL) and
 * are dropped from the text, so the review shows the words the person wrote.
 */
function unmark(text: string): { text: string; bold: boolean } {
	const bold = /^\*\*[^*]+\*\*$|^__[^_]+__$/.test(text.trim());
	const plain = text
		.replace(/\[([^\]]*)\]\(<?([^)>]*)>?\)/g, (_, label: string, url: string) => {
			const bare = url.replace(/^mailto:/, '');
			return label === bare || url.endsWith(label) || label === ''
				? label || bare
				: `${label} ${bare}`;
		})
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
		// A Markdown hard line break: a trailing backslash or two spaces.
		.replace(/(?:\\|\s{2,})$/, '');
	return { text: plain, bold };
}

export function textToLines(text: string): CvLine[] {
	const lines: CvLine[] = [];
	let blank = 0;
	for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
		if (raw.trim() === '' || /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/.test(raw)) {
			blank += 1;
			continue;
		}
		const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
		const { text: plain, bold } = unmark(heading ? heading[2]! : raw);
		lines.push(
			plainLine(plain.replace(/\s+$/, ''), {
				level: heading ? heading[1]!.length : 0,
				bold,
				gapBefore: blank > 0 ? 1 : 0
			})
		);
		blank = 0;
	}
	return lines;
}
