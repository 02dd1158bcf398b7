import { LIMITS } from './limits';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * JSON.parse for text from outside (files, clipboard), refusing oversized input before parsing
 * so a huge file cannot freeze the tab, and turning syntax errors into a sentence.
 */
export function parseJsonText(
	text: string,
	maxBytes: number = LIMITS.sessionFileBytes
): ParseResult<unknown> {
	if (text.length > maxBytes) {
		const megabytes = (text.length / 1_000_000).toFixed(1);
		return {
			ok: false,
			message: `This file is too large (${megabytes} MB). A CV file is at most ${maxBytes / 1_000_000} MB.`
		};
	}
	if (text.trim() === '') return { ok: false, message: 'This file is empty.' };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return {
			ok: false,
			message: 'This file is not valid JSON: it may be cut off or not a JSON file.'
		};
	}
}
