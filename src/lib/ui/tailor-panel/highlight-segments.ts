import type { Finding } from '$lib/domain';

export interface Segment {
	text: string;
	/** Index into the item's findings when this segment is a flagged claim. */
	finding?: number;
}

/**
 * Cuts one bullet (or the paragraph, bulletIndex -1) into plain and flagged segments. Overlapping
 * or out-of-range spans are skipped rather than trusted: the text is shown whole either way.
 */
export function highlightSegments(
	text: string,
	findings: Finding[],
	bulletIndex: number
): Segment[] {
	const spans = findings
		.map((finding, index) => ({ finding, index }))
		.filter(
			({ finding }) =>
				finding.bulletIndex === bulletIndex &&
				!finding.confirmed &&
				finding.start < finding.end &&
				finding.end <= text.length
		)
		.sort((a, b) => a.finding.start - b.finding.start);
	const segments: Segment[] = [];
	let cursor = 0;
	for (const { finding, index } of spans) {
		if (finding.start < cursor) continue;
		if (finding.start > cursor) segments.push({ text: text.slice(cursor, finding.start) });
		segments.push({ text: text.slice(finding.start, finding.end), finding: index });
		cursor = finding.end;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor) });
	return segments;
}
