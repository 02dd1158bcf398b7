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
