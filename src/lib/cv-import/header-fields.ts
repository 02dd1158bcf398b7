import { findDateRange } from './date-range';

/**
 * Contact details as they are written: e-mail, phone, web links, and the separators people put
 * between them on one line ("jane@x.org · +44 20 7946 0000 · Leeds, UK").
 */
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const PHONE = /(?<![\p{L}\d])(?:\+|00)?\(?\d[\d\s()./-]{6,}\d(?![\d])/u;
export const URL_PATTERN =
	/(?:https?:\/\/|www\.)[^\s,;|·•<>"]+|(?<![@\p{L}\d.])(?:[a-z0-9-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|xing\.com|behance\.net|dribbble\.com|orcid\.org|researchgate\.net)\/[^\s,;|·•<>"]+/iu;

/** Splits a contact line at the separators between its fields. */
export function contactParts(line: string): { text: string; index: number }[] {
	const parts: { text: string; index: number }[] = [];
	const separator = /\s*(?:\t|[·•|◆♦▪●]|\s{3,}|\s[-–—]\s)\s*/gu;
	let from = 0;
	for (const match of line.matchAll(separator)) {
		parts.push({ text: line.slice(from, match.index), index: from });
		from = match.index + match[0].length;
	}
	parts.push({ text: line.slice(from), index: from });
	return parts
		.map((part) => {
			const trimmed = part.text.trim();
			return { text: trimmed, index: part.index + part.text.indexOf(trimmed) };
		})
		.filter((part) => part.text !== '');
}

export function findEmail(text: string): { value: string; index: number } | null {
	const match = EMAIL.exec(text);
	return match ? { value: match[0].replace(/\.$/, ''), index: match.index } : null;
}

export function findPhone(text: string): { value: string; index: number } | null {
	const match = PHONE.exec(text);
	if (!match) return null;
	const value = match[0].trim().replace(/[(\s/.-]+$/, '');
	const digits = value.replace(/\D/g, '').length;
	// A date range ("2019 - 2021", "01.2019 – 03.2021") has the digits of a phone number.
	if (digits < 7 || digits > 15 || findDateRange(value)) return null;
	return { value, index: match.index };
}

/**
 * A country code left at the end of a line ("… · +44") when a narrow contact line wraps in the
 * middle of the phone number: the rest of the number starts the next line.
 */
export function trailingCountryCode(text: string): { value: string; index: number } | null {
	const match = /(?:^|[\s·•|,;:])((?:\+|00)\d{1,3}|\(\+\d{1,3}\))\s*$/u.exec(text);
	if (!match) return null;
	return { value: match[1]!, index: match.index + match[0].indexOf(match[1]!) };
}

export function findUrls(text: string): { value: string; index: number }[] {
	const global = new RegExp(URL_PATTERN.source, 'giu');
	return [...text.matchAll(global)].map((match) => ({
		value: match[0].replace(/[.)]+$/, ''),
		index: match.index
	}));
}

/** Strips a leading label such as "Email:", "Tel.", "Phone", "Adresse:" from a contact part. */
export function withoutLabel(part: string): { text: string; offset: number } {
	const match =
		/^(?:e-?mail|mail|phone|tel(?:ephone|efon|éfono|efone)?|mobile?|mobil|handy|cell|fax|address|adresse|anschrift|direcci[oó]n|endere[cç]o|adres|location|wohnort|ort|lieu|ubicaci[oó]n|localiza[cç][aã]o|linkedin|github|website|web|www|homepage|portfolio|telefon|tél|tel\.?|kom\.?)\.?\s*:?\s+/iu.exec(
			part
		);
	if (!match) return { text: part, offset: 0 };
	return { text: part.slice(match[0].length), offset: match[0].length };
}
