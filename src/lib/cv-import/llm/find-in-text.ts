/**
 * Finds a value an LLM returned in the text extracted from the CV, so that every value it
 * proposes can be checked against what the person actually wrote. Both sides are normalised the
 * same way (compatibility forms and ligatures, case, whitespace, dashes, quotes, a trailing
 * bullet or full stop), and a match is reported as offsets into the original text so the review
 * can highlight it.
 */

export interface TextSpan {
	start: number;
	end: number;
}

/** The normalised text and, for each of its characters, the offset it came from. */
export interface NormalisedText {
	text: string;
	origin: number[];
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;

function normaliseCharacter(character: string): string {
	if (/\s/.test(character)) return ' ';
	if (DASHES.test(character)) return '-';
	if (SINGLE_QUOTES.test(character)) return "'";
	if (DOUBLE_QUOTES.test(character)) return '"';
	return character.normalize('NFKC').toLowerCase();
}

export function normaliseText(text: string): NormalisedText {
	let normalised = '';
	const origin: number[] = [];
	let offset = 0;
	for (const character of text) {
		const mapped = normaliseCharacter(character);
		// Runs of whitespace become one space, so a line break inside a bullet still matches.
		const skip = mapped === ' ' && (normalised === '' || normalised.endsWith(' '));
		if (!skip) {
			for (const part of mapped) {
				normalised += part;
				origin.push(offset);
			}
		}
		offset += character.length;
	}
	return { text: normalised, origin };
}

/** The value as it is compared: normalised, without bullet markers or closing punctuation. */
export function normaliseValue(value: string): string {
	return normaliseText(value)
		.text.replace(/^[\s\-*•·▪◦●‣>]+/u, '')
		.replace(/[\s.,;:]+$/u, '')
		.trim();
}

/** Maps a match in the normalised text back to the original text. */
export function spanOf(source: NormalisedText, index: number, length: number): TextSpan {
	const start = source.origin[index] ?? 0;
	const last = source.origin[index + length - 1] ?? start;
	return { start, end: last + 1 };
}

/**
 * Where `value` occurs in the text, or undefined when it does not. An address is looked for
 * without its scheme and "www.", which CVs usually leave out.
 */
export function findValue(source: NormalisedText, value: string): TextSpan | undefined {
	const wanted = normaliseValue(value);
	if (wanted === '') return undefined;
	const bare = wanted.replace(/^[a-z]+:\/\/(www\.)?/, '').replace(/\/+$/, '');
	for (const form of new Set([wanted, bare])) {
		const index = findWhole(source.text, form);
		if (form !== '' && index >= 0) return spanOf(source, index, form.length);
	}
	return undefined;
}

const WORD = /[\p{L}\p{N}]/u;

/** The first occurrence that does not start or end inside a word ("Nurse" is not in "Nursery"). */
function findWhole(text: string, wanted: string): number {
	for (let index = text.indexOf(wanted); index >= 0; index = text.indexOf(wanted, index + 1)) {
		const before = text[index - 1] ?? ' ';
		const after = text[index + wanted.length] ?? ' ';
		const startsInWord = WORD.test(wanted[0] ?? '') && WORD.test(before);
		const endsInWord = WORD.test(wanted.at(-1) ?? '') && WORD.test(after);
		if (!startsInWord && !endsInWord) return index;
	}
	return -1;
}
