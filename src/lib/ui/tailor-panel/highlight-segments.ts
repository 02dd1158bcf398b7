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

/**
 * A letter's body (its paragraphs separated by blank lines) as paragraphs of segments, each
 * claim still marked where it stands: the findings' offsets are into the whole text.
 */
export function paragraphSegments(text: string, findings: Finding[]): Segment[][] {
	const paragraphs: Segment[][] = [[]];
	for (const segment of highlightSegments(text, findings, -1)) {
		const parts = segment.text.split(/\n\s*\n/);
		parts.forEach((part, index) => {
			if (index > 0) paragraphs.push([]);
			const piece = part.replace(/\s*\n\s*/g, ' ');
			if (piece !== '') paragraphs.at(-1)!.push({ ...segment, text: piece });
		});
	}
	return paragraphs.map((segments) => trimEnds(segments)).filter((segments) => segments.length > 0);
}

/** Drops the spaces a paragraph break leaves at either end of a paragraph. */
function trimEnds(segments: Segment[]): Segment[] {
	const trimmed = segments.map((segment) => ({ ...segment }));
	const first = trimmed[0];
	if (first && first.finding === undefined) first.text = first.text.trimStart();
	const last = trimmed.at(-1);
	if (last && last.finding === undefined) last.text = last.text.trimEnd();
	return trimmed.filter((segment) => segment.text !== '');
}
