import type { ParseResult } from '$lib/domain';
import { stripReasoning } from './strip-reasoning';

const FENCED = /```[a-z0-9]*[ \t]*\n?([\s\S]*?)```/gi;
/** Models that answer as prose rarely have more than a handful of stray braces before the JSON. */
const MAX_CANDIDATES = 20;

type Scan = { kind: 'complete'; end: number } | { kind: 'truncated' };

/** Finds where the JSON value that opens at `start` closes, minding strings and escapes. */
function scanValue(text: string, start: number): Scan {
	const closers: string[] = [];
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const character = text[index];
		if (inString) {
			if (character === '\\') index++;
			else if (character === '"') inString = false;
			continue;
		}
		if (character === '"') inString = true;
		else if (character === '{') closers.push('}');
		else if (character === '[') closers.push(']');
		else if (character === '}' || character === ']') {
			if (closers.pop() !== character) return { kind: 'complete', end: -1 };
			if (closers.length === 0) return { kind: 'complete', end: index + 1 };
		}
	}
	return { kind: 'truncated' };
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

/**
 * Reads the JSON object or array out of a model's answer: bare, in a code fence, or with prose
 * around it ("Here is the JSON: {…} Let me know…"). Reasoning blocks are dropped first, since
 * they often contain braces of their own. An answer cut off mid-JSON is reported as such, so
 * the caller can say why instead of guessing at the missing part.
 */
export function extractJson(text: string): ParseResult<unknown> {
	const answer = stripReasoning(text);
	if (answer === '') return { ok: false, message: 'The answer was empty.' };

	const whole = tryParse(answer);
	if (whole.ok && typeof whole.value === 'object' && whole.value !== null) return whole;

	const candidates = [...answer.matchAll(FENCED)].map((match) => match[1] ?? '');
	candidates.push(answer);
	let truncated = false;
	// Objects first: every step answers with an object, and prose is full of "[1]"-like arrays.
	for (const opening of [OBJECT_START, ARRAY_START]) {
		for (const candidate of candidates) {
			const found = firstValue(candidate, opening);
			if (found.kind === 'value') return { ok: true, value: found.value };
			if (found.kind === 'truncated') truncated = true;
		}
	}
	return truncated
		? { ok: false, message: 'The answer was cut off before its JSON ended.' }
		: { ok: false, message: 'The answer contains no readable JSON.' };
}

/** Where a JSON object or array plausibly starts, as opposed to a brace in prose ("{name}"). */
const OBJECT_START = /\{(?=\s*["}])/g;
const ARRAY_START = /\[(?=\s*["{[\]\d-]|\s*(?:true|false|null)\b)/g;

type Found = { kind: 'value'; value: unknown } | { kind: 'truncated' } | { kind: 'none' };

function firstValue(text: string, opening: RegExp): Found {
	let seen = 0;
	for (const match of text.matchAll(opening)) {
		if (++seen > MAX_CANDIDATES) break;
		const scan = scanValue(text, match.index);
		// Everything after a value that never closes is inside it: no later start can be whole.
		if (scan.kind === 'truncated') return { kind: 'truncated' };
		if (scan.end < 0) continue;
		const parsed = tryParse(text.slice(match.index, scan.end));
		if (parsed.ok) return { kind: 'value', value: parsed.value };
	}
	return { kind: 'none' };
}
