/**
 * Makes user or LLM text literal in Markdown: it can add no emphasis, link, image, HTML tag,
 * entity, table or heading. Inline punctuation that CommonMark/GFM gives meaning to is
 * backslash-escaped everywhere; characters that only matter at the start of a line (#, +, -, =,
 * "1.") are escaped there. Ordinary punctuation (. , ( ) : -) stays readable in the .md file.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!{}$]/g;

export function escapeMarkdown(text: string): string {
	const escaped = text.replace(INLINE_SPECIAL, (character) => `\\${character}`);
	return escaped.replace(/^(\s*)([#+=>-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
