/**
 * Makes user or LLM text literal in Markdown: it can add no emphasis, link, image, HTML tag,
 * entity, table or heading. Inline punctuation that CommonMark/GFM gives meaning to is
 * backslash-escaped everywhere; characters that only matter at the start of a line (#, +, -, =,
 * >, "1.") are escaped there. Ordinary punctuation (. , ( ) : -) stays readable in the .md file.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!{}$]/g;

/** For text inside a line (after other text). */
export function escapeMarkdownInline(text: string): string {
	return text.replace(INLINE_SPECIAL, (character) => `\\${character}`);
}

/** For an assembled line, or text right after a "- " or "### " marker. */
export function escapeLineStart(line: string): string {
	return line.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** For text that starts a line or a block. */
export function escapeMarkdown(text: string): string {
	return escapeLineStart(escapeMarkdownInline(text));
}
