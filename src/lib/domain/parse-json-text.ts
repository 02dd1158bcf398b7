import { LIMITS } from './limits';

/** A CV nests a handful of levels; anything far deeper is hostile or broken. */
export const MAX_JSON_DEPTH = 64;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * How deeply the text's arrays and objects nest, counted without parsing, so a file of ten
 * thousand brackets is refused before anything walks it (zod, structuredClone, IndexedDB's
 * clone and JSON.stringify all recurse and would overflow the stack).
 */
function nestsDeeperThan(text: string, maxDepth: number): boolean {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === 0x5c)
				index++; // backslash: skip the escaped character
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) inString = true;
		else if (code === 0x7b || code === 0x5b) {
			if (++depth > maxDepth) return true;
		} else if (code === 0x7d || code === 0x5d) depth--;
	}
	return false;
}

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
	if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
		return {
			ok: false,
			message: `This file is nested too deeply to be a CV (more than ${MAX_JSON_DEPTH} levels of lists and fields inside each other).`
		};
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return {
			ok: false,
			message: 'This file is not valid JSON: it may be cut off or not a JSON file.'
		};
	}
}
