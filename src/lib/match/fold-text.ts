/**
 * Replaces typographic look-alikes (curly quotes, dashes, non-breaking spaces) with their plain
 * forms, one character for one, so that offsets found in the folded text are offsets in the
 * original. Job ads pasted from web pages and model output are full of them.
 */
const LOOK_ALIKES: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u02bc': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
	'\u00a0': ' ',
	'\u2007': ' ',
	'\u202f': ' ',
	'\u2009': ' '
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

export function foldText(text: string): string {
	return text.replace(LOOK_ALIKE_PATTERN, (character) => LOOK_ALIKES[character] ?? character);
}
