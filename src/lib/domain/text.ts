import { z } from 'zod';

/**
 * A text field with a maximum length and a message that names the limit in words a user
 * understands ("at most 5,000 characters, this one has 1,048,576").
 */
export function boundedText(max: number) {
	return z.string().superRefine((value, context) => {
		if (value.length > max) {
			context.addIssue({
				code: 'custom',
				message: `Too long: at most ${max.toLocaleString('en-US')} characters, this has ${value.length.toLocaleString('en-US')}.`
			});
		}
	});
}

/** A list with a maximum number of entries and a message that says so. */
export function boundedList<T extends z.ZodType>(item: T, max: number, what: string) {
	return z.array(item).max(max, { message: `Too many ${what}: at most ${max}.` });
}

/** Optional free text that defaults to the empty string, so forms never deal with undefined. */
export function optionalText(max: number) {
	return boundedText(max).default('');
}

/** The range a JavaScript Date can hold; beyond it, showing or exporting the date throws. */
const MAX_TIME = 8.64e15;

/** Milliseconds since 1970 that the app can always turn into a date. */
export function timestamp() {
	return z
		.number()
		.min(-MAX_TIME, { message: 'Not a date this app can show.' })
		.max(MAX_TIME, { message: 'Not a date this app can show.' });
}

/**
 * Refuses a list whose entries share an id: the forms, the review and the orchestrator all find
 * an entry by its id, so a repeated one would edit or tailor the wrong entry.
 */
export function uniqueIds(
	entries: ReadonlyArray<{ id: string }>,
	context: z.RefinementCtx,
	path: PropertyKey[]
): void {
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		if (seen.has(entry.id)) {
			context.addIssue({
				code: 'custom',
				path: [...path, index, 'id'],
				message: `The id "${entry.id.slice(0, 40)}" is used twice; each entry needs its own.`
			});
		}
		seen.add(entry.id);
	});
}
