import type { ProfileFieldPath, SourceSpan } from './cv-import-result';
import type { DateRangeMatch } from './date-range';
import type { SourceLine } from './source-lines';
import type { TextPiece } from './body-text';

/**
 * Collects where each field was read and which fields the parser is unsure of. Values are only
 * ever slices of the document's lines, so a span can always be given.
 */
export class FieldRecorder {
	readonly spans: SourceSpan[] = [];
	readonly uncertain = new Set<ProfileFieldPath>();

	/** Records `value` as read from `line` at `index` (found in the line when not given). */
	read(field: ProfileFieldPath, value: string, line: SourceLine, index?: number): string {
		if (value === '') return value;
		const at = index ?? line.text.indexOf(value);
		const start = line.offset + Math.max(0, at);
		this.spans.push({ field, start, end: start + (at < 0 ? line.text.length : value.length) });
		return value;
	}

	/** Records a value built from several lines (a wrapped paragraph or list item). */
	readPiece(field: ProfileFieldPath, piece: TextPiece): string {
		for (const { line, start } of piece.lines)
			this.spans.push({ field, start: line.offset + start, end: line.offset + line.text.length });
		return piece.text;
	}

	/**
	 * Records an entry's dates: the whole written range ("Mar 2019 – Present", "2014") is where
	 * each filled date of `dates` was read, so the start and the end are both marked.
	 */
	readDates(
		path: string,
		line: SourceLine | null,
		range: DateRangeMatch | null,
		dates: { start: string; end: string }
	): void {
		if (!line || !range) return;
		const written = line.text.slice(range.index, range.index + range.length);
		if (dates.start) this.read(`${path}.start`, written, line, range.index);
		if (dates.end) this.read(`${path}.end`, written, line, range.index);
	}

	unsure(field: ProfileFieldPath): void {
		this.uncertain.add(field);
	}
}
