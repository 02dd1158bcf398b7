/**
 * Case- and accent-folding that keeps every character's position, so a match found in the folded
 * text points at the same offsets in the original ("März" → "marz", "Łódź" → "lodz").
 */
const SPECIAL: Record<string, string> = { ł: 'l', ß: 's', ø: 'o', đ: 'd', æ: 'a', œ: 'o' };

export function foldText(text: string): string {
	let folded = '';
	for (const character of text) {
		const lower = character.toLowerCase();
		const base = SPECIAL[lower] ?? lower.normalize('NFD').charAt(0);
		// Characters outside the basic plane take two code units: keep the length equal.
		folded += character.length === 2 ? `${base} `.slice(0, 2) : base;
	}
	return folded;
}

/** Folded and with runs of spaces and punctuation at the ends removed, for dictionary look-ups. */
export function foldKey(text: string): string {
	return foldText(text)
		.replace(/[\s\u00a0]+/g, ' ')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
		.trim();
}
