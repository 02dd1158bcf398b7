import type { SourceSpan } from '$lib/cv-import/cv-import-result';

export interface TextSegment {
	text: string;
	/** True when some field of the profile was read from this stretch. */
	used: boolean;
}

/**
 * Cuts the extracted text into stretches that were used for a field and stretches that were
 * not, so the review can highlight what went into the profile. Overlapping spans join; spans
 * outside the text are ignored rather than trusted.
 */
export function spanSegments(text: string, spans: readonly SourceSpan[]): TextSegment[] {
	const ranges = spans
		.map((span) => ({ start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
		.filter((range) => range.start < range.end)
		.sort((a, b) => a.start - b.start);
	const segments: TextSegment[] = [];
	let cursor = 0;
	for (const range of ranges) {
		if (range.end <= cursor) continue;
		const start = Math.max(range.start, cursor);
		if (start > cursor) segments.push({ text: text.slice(cursor, start), used: false });
		const last = segments.at(-1);
		if (last?.used && start === cursor) last.text += text.slice(start, range.end);
		else segments.push({ text: text.slice(start, range.end), used: true });
		cursor = range.end;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor), used: false });
	return segments;
}
