/**
 * Checks each value an LLM answer gives against the CV's own text: a string must be found there
 * (normalised on both sides), a date in some written form, "still working there" as an ongoing
 * word beside the start date. What is found is kept with where it was found; what is not is
 * dropped and listed. `keepEntries` drops a whole entry whose identifying fields all went (an
 * invented role), so one invented entry reads as one line, not as a line per field.
 */
import { LIMITS } from '$lib/domain';
import type { ProfileFieldPath, SourceSpan } from '../cv-import-result';
import { findDate, findOngoing } from './find-date';
import { findValue, type NormalisedText } from './find-in-text';

const MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export class SourceChecker {
	readonly spans: SourceSpan[] = [];
	dropped: { field: ProfileFieldPath; value: string }[] = [];
	constructor(private readonly source: NormalisedText) {}

	text(field: string, value: string, limit: number = LIMITS.shortText): string {
		if (value === '') return '';
		const span = value.length <= limit ? findValue(this.source, value) : undefined;
		return this.#keep(field, value, span);
	}

	date(field: string, value: string): string {
		if (value === '') return '';
		const span = MONTH.test(value) ? findDate(this.source, value) : undefined;
		return this.#keep(field, value, span);
	}

	ongoing(field: string, current: boolean, start: string): boolean {
		if (!current) return false;
		return this.#keep(field, 'present', findOngoing(this.source, start)) !== '';
	}

	list(field: string, values: string[], limit: number, count: number): string[] {
		return values
			.map((value, index) => this.text(`${field}.${index}`, value, limit))
			.filter((value) => value !== '')
			.slice(0, count);
	}

	/**
	 * Drops a whole entry: its own field drops are replaced by one line naming the entry, under
	 * the list's name (the entry has no place in the profile, so no index).
	 */
	dropEntry(list: string, field: string, description: string): void {
		this.dropped = this.dropped.filter((drop) => !drop.field.startsWith(`${field}.`));
		this.spans.splice(
			0,
			this.spans.length,
			...this.spans.filter((span) => !span.field.startsWith(`${field}.`))
		);
		this.dropped.push({ field: list, value: description });
	}

	#keep(field: string, value: string, span: { start: number; end: number } | undefined): string {
		if (!span) {
			this.dropped.push({ field, value });
			return '';
		}
		this.spans.push({ field, ...span });
		return value;
	}
}

/** Keeps the entries whose identity survived; later entries move up, so paths are renumbered. */
export function keepEntries<Entry extends { id: string }>(
	checker: SourceChecker,
	list: string,
	raw: readonly unknown[],
	build: (field: string, index: number) => Entry,
	identity: (entry: Entry) => string[],
	describe: (index: number) => string,
	limit: number
): Entry[] {
	const kept: Entry[] = [];
	raw.forEach((_, index) => {
		if (kept.length >= limit) return;
		const field = `${list}.${kept.length}`;
		const dropsBefore = checker.dropped.length;
		const entry = build(field, index);
		if (identity(entry).some((part) => part !== '')) kept.push(entry);
		else if (checker.dropped.length > dropsBefore) checker.dropEntry(list, field, describe(index));
	});
	return kept;
}
