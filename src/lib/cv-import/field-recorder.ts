import type { ProfileFieldPath, SourceSpan } from './cv-import-result';
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

	unsure(field: ProfileFieldPath): void {
		this.uncertain.add(field);
	}
}
