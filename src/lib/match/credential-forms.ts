/**
 * The short forms a person's own credential is written in (issue 17): a faithful bullet may say
 * "MCIPD" for "Chartered Member of the CIPD (MCIPD)", "NVQ" for "NVQ Level 3 in Plumbing",
 * "CIPD" for the "Chartered Institute of Personnel and Development", "German" for "German (C1)".
 */
const PARENTHESISED = /\(([^()]{2,40})\)/g;
/** Where a level, grade or membership grade begins: the name is the part before it. */
const LEVEL =
	/\s+(?:(?:level|grade|stage|part|band)\s*\d+\w*|[abc][12]\b|(?:associate|chartered|fellow|member|affiliate|advanced|foundation|practitioner|intermediate|professional)\b|[-–,:]).*$/i;
const SMALL_WORDS = /^(?:of|and|for|the|in|&|on|at|to)$/i;

/** Initials of the capitalised words: "Chartered Institute of Personnel and Development" → "CIPD". */
function acronym(text: string): string | undefined {
	const words = text.split(/\s+/).filter((word) => !SMALL_WORDS.test(word));
	if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined;
	return words.map((word) => word[0]).join('');
}

/** The text itself and its short forms, without duplicates or empty strings. */
export function credentialForms(texts: string[]): string[] {
	const forms = new Set<string>();
	for (const text of texts) {
		const trimmed = text.trim();
		if (trimmed === '') continue;
		forms.add(trimmed);
		const withoutBrackets = trimmed.replace(PARENTHESISED, ' ').replace(/\s+/g, ' ').trim();
		forms.add(withoutBrackets);
		for (const match of trimmed.matchAll(PARENTHESISED)) forms.add(match[1]!.trim());
		const beforeLevel = withoutBrackets.replace(LEVEL, '').trim();
		if (beforeLevel.length >= 2) forms.add(beforeLevel);
		// "NVQ Level 3 in Plumbing and Heating": the subject is named on its own too.
		const subject = /\bin\s+(.{3,})$/i.exec(withoutBrackets)?.[1];
		if (subject) forms.add(subject.trim());
		for (const source of [withoutBrackets, beforeLevel]) {
			const short = acronym(source);
			if (short) forms.add(short);
		}
	}
	forms.delete('');
	return [...forms];
}
