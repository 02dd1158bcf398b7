import { markdownLink } from '../cv-markdown';
import { escapeLineStart, escapeMarkdown } from '../escape-markdown';
import type { CoverLetterDocument } from './cover-letter-document';

/**
 * The letter as Markdown, from the same document as the PDF and the Word file: the CV's header
 * (name as the title, headline, contacts), then the letter as plain paragraphs. Every piece of
 * user or LLM text is escaped; links come only from the header's `CvLink.href`.
 */
/** Lines of one block: a backslash, CommonMark's visible hard break, keeps them apart. */
function lines(items: readonly string[]): string {
	return items.map(escapeMarkdown).join('\\\n');
}

export function renderCoverLetterMarkdown(document: CoverLetterDocument): string {
	const { header } = document;
	const out: string[] = [`# ${escapeMarkdown(header.name) || 'Cover letter'}`];
	if (header.headline) out.push('', `**${escapeMarkdown(header.headline)}**`);
	if (header.contacts.length > 0) {
		out.push('', escapeLineStart(header.contacts.map(markdownLink).join(' · ')));
	}
	out.push('', '---', '', escapeMarkdown(document.date));
	if (document.recipient.length > 0) out.push('', lines(document.recipient));
	out.push('', escapeMarkdown(document.salutation));
	for (const paragraph of document.paragraphs) out.push('', escapeMarkdown(paragraph));
	out.push('', escapeMarkdown(document.closing));
	if (document.signature) out.push('', escapeMarkdown(document.signature));
	return `${out.join('\n')}\n`;
}
