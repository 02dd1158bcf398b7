import {
	isCommentary,
	isHeading,
	isPreamble,
	LIST_MARKER,
	withoutFenceLines
} from './answer-lines';
import { stripReasoning } from './strip-reasoning';

const LABEL =
	/^(\*\*)?(executive summary|professional summary|summary|profile)(\*\*)?\s*[:–-]\s*(\*\*)?\s*/i;

/**
 * Reads a one-paragraph answer (the executive summary): drops reasoning, fences, headings,
 * openers and closing remarks, a leading "Summary:" label and wrapping quotes, and joins what is
 * left into one paragraph. Once the paragraph has begun, the first remark ends it.
 */
export function parseParagraph(text: string): string {
	const kept: string[] = [];
	for (const raw of withoutFenceLines(stripReasoning(text).split('\n'))) {
		const line = raw.trim();
		if (line === '') continue;
		if (isCommentary(line)) {
			if (kept.length > 0) break;
			continue;
		}
		if (isHeading(line) || (kept.length === 0 && isPreamble(line))) continue;
		const entry = LIST_MARKER.exec(line);
		kept.push((entry ? (entry[1] ?? '') : line).replace(LABEL, ''));
	}
	return unquote(kept.join(' ').replace(/\s+/g, ' ').trim());
}

function unquote(text: string): string {
	const quoted = /^["“'](.*)["”']$/s.exec(text);
	return quoted ? (quoted[1] ?? '').trim() : text;
}
