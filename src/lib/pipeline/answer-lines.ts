/**
 * Line-level patterns shared by the free-text parsers: what real models put around the content
 * they were asked for (preambles, headings, notes, closing offers).
 */

/** "- ", "* ", "• ", "1. ", "2) ", "(3) ", "a. ", "– " … followed by the entry. */
export const LIST_MARKER = /^(?:[-*•·‣▪–—+]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)])\s+(.*)$/;

/** A markdown heading, or a short bold or colon-ended line standing alone ("**Bullets:**"). */
export function isHeading(line: string): boolean {
	return (
		/^#{1,6}\s/.test(line) ||
		/^(\*\*|__)[^*_]{1,80}(\*\*|__)\s*:?$/.test(line) ||
		/^[A-Z][^.!?]{0,60}:$/.test(line)
	);
}

const PREAMBLE =
	/^(sure|certainly|of course|okay|ok|absolutely|great|alright)\b|^here('s| is| are)\b|^below (is|are)\b|^the following\b|^i('ve| have)? ?(written|tailored|created|generated|extracted|rewritten|drafted)\b/i;

/** An opener such as "Here are the tailored bullets:" or "Sure!". */
export function isPreamble(line: string): boolean {
	return PREAMBLE.test(line);
}

const COMMENTARY =
	/^(\*\*)?(note|notes|n\.b\.|p\.s\.|explanation|rationale|disclaimer)\b|^(i'?m sorry|i am sorry|sorry|unfortunately|i can(no|')t|i am unable|i'm unable|as an ai)\b|^let me know\b|^i hope\b|^feel free\b|^if you('d| would)? (like|want|prefer)\b|^would you like\b|^(these|the above|this) (bullets?|qualifications|phrases|summary|version|list|points)\b|^(word|character) count\b|^\(.*\)$|^[-*_=]{3,}$/i;

/** A remark about the answer rather than part of it ("Let me know if…", "Note: …", a refusal, "---"). */
export function isCommentary(line: string): boolean {
	return COMMENTARY.test(line);
}

/** Drops code fence lines (```json, ```), keeping what was inside them. */
export function withoutFenceLines(lines: readonly string[]): string[] {
	return lines.filter((line) => !/^\s*```/.test(line));
}
