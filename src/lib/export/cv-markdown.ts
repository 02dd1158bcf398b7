import type { CvBlock, CvDocument, CvEntry, CvLink } from './cv-document';
import { escapeLineStart, escapeMarkdown, escapeMarkdownInline } from './escape-markdown';

/**
 * The CV as Markdown, from the same document model as the PDF and the preview. Every piece of
 * user or LLM text is escaped; links come only from `CvLink.href`, which is http(s) or mailto.
 */
export function markdownLink(value: CvLink): string {
	const text = escapeMarkdownInline(value.text);
	if (!value.href) return text;
	// Angle-bracket destinations allow any character but < > and line breaks, which URL parsing
	// already percent-encoded; escaping ( ) keeps the plain form valid too.
	return `[${text}](<${value.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function entryMarkdown(entry: CvEntry): string[] {
	const lines: string[] = [];
	const title = escapeMarkdown(entry.title);
	lines.push(`### ${title || escapeMarkdown(entry.subtitle)}`);
	const details = [
		entry.title ? escapeMarkdownInline(entry.subtitle) : '',
		escapeMarkdownInline(entry.dates)
	].filter((part) => part !== '');
	if (entry.link) details.push(markdownLink(entry.link));
	if (details.length > 0) lines.push('', escapeLineStart(details.join(' · ')));
	for (const paragraph of entry.paragraphs) lines.push('', escapeMarkdown(paragraph));
	if (entry.bullets.length > 0) {
		lines.push('', ...entry.bullets.map((bullet) => `- ${escapeMarkdown(bullet)}`));
	}
	if (entry.tools.length > 0) {
		lines.push('', `Tools: ${entry.tools.map(escapeMarkdownInline).join(', ')}`);
	}
	return lines;
}

function blockMarkdown(block: CvBlock): string[] {
	switch (block.kind) {
		case 'paragraph':
			return [escapeMarkdown(block.text)];
		case 'bullets':
			return block.items.map((item) => `- ${escapeMarkdown(item)}`);
		case 'lines':
			// Two trailing spaces would be invisible; a backslash is CommonMark's visible hard break.
			return block.items.map((item, index) =>
				index < block.items.length - 1 ? `${escapeMarkdown(item)}\\` : escapeMarkdown(item)
			);
		case 'entry':
			return entryMarkdown(block.entry);
	}
}

export function renderCvMarkdown(document: CvDocument): string {
	const out: string[] = [];
	const { header } = document;
	out.push(`# ${escapeMarkdown(header.name) || 'Curriculum Vitae'}`);
	if (header.headline) out.push('', `**${escapeMarkdown(header.headline)}**`);
	if (header.contacts.length > 0) {
		out.push('', escapeLineStart(header.contacts.map(markdownLink).join(' · ')));
	}
	for (const section of document.sections) {
		out.push('', `## ${escapeMarkdown(section.heading)}`);
		for (const block of section.blocks) out.push('', ...blockMarkdown(block));
	}
	return `${out.join('\n')}\n`;
}
