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

/**
 * Initials of the capitalised words: "Chartered Institute of Personnel and Development" → "CIPD";
 * bodies that keep the "of" in theirs too ("Chartered Institute of Building" → "CIOB").
 */
function acronyms(text: string): string[] {
	const all = text.split(/\s+/).filter((word) => !/^(?:the|and|&)$/i.test(word));
	const words = all.filter((word) => !SMALL_WORDS.test(word));
	if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return [];
	const withOf = all.map((word) => (/^of$/i.test(word) ? 'O' : word[0]));
	return [words.map((word) => word[0]).join(''), withOf.join('')];
}

/** "Member of the Chartered Institute of Building": the body the membership is of. */
const MEMBERSHIP_OF =
	/^(?:(?:chartered|associate|full|student|affiliate)\s+)?(?:member|fellow|associate|affiliate)(?:ship)?\s+of\s+(?:the\s+)?(.{4,})$/i;
/** "Level 3 Award in Education and Training": the name after its level. */
const LEADING_LEVEL = /^(?:level|grade|stage)\s*\d+\w*\s+/i;

/** The text itself and its short forms, without duplicates or empty strings. */
export function credentialForms(texts: string[]): string[] {
	const forms = new Set<string>();
	for (const text of texts) {
		const trimmed = text.trim();
		if (trimmed === '') continue;
		forms.add(trimmed);
		const withoutBrackets = trimmed.replace(PARENTHESISED, ' ').replace(/\s+/g, ' ').trim();
		forms.add(withoutBrackets);
		// "IATA Dangerous Goods Regulations (DGR) Category 6": also "IATA DGR", the issuer's code
		// with the abbreviation, as people write it.
		const issuerCode = /^(\p{Lu}{2,})\s/u.exec(trimmed)?.[1];
		for (const match of trimmed.matchAll(PARENTHESISED)) {
			const abbreviation = match[1]!.trim();
			forms.add(abbreviation);
			if (issuerCode && abbreviation !== issuerCode) forms.add(`${issuerCode} ${abbreviation}`);
		}
		const beforeLevel = withoutBrackets.replace(LEVEL, '').trim();
		if (beforeLevel.length >= 2) forms.add(beforeLevel);
		// "NVQ Level 3 in Plumbing and Heating": the subject is named on its own too.
		const subject = /\bin\s+(.{3,})$/i.exec(withoutBrackets)?.[1];
		if (subject) forms.add(subject.trim());
		// "NVQ Level 3": also "NVQ3", "NVQ 3" and "Level 3 NVQ".
		const levelled = /^(.*?\b[\p{Lu}][\p{L}]*)\s+level\s*(\d)\b/iu.exec(withoutBrackets);
		if (levelled) {
			const [, name = '', level = ''] = levelled;
			const last = name.split(/\s+/).pop() ?? name;
			for (const form of [`${last}${level}`, `${last} ${level}`, `Level ${level} ${name}`]) {
				forms.add(form);
			}
		}
		const body = MEMBERSHIP_OF.exec(withoutBrackets)?.[1]?.trim();
		if (body) forms.add(body);
		const afterLevel = withoutBrackets.replace(LEADING_LEVEL, '');
		// "NEBOSH National General Certificate": the issuer's code, then a name of its own (NGC).
		const afterIssuer = withoutBrackets.replace(/^\p{Lu}{2,}\s+(?=\p{Lu})/u, '');
		for (const source of [withoutBrackets, beforeLevel, afterLevel, afterIssuer, body ?? '']) {
			for (const short of acronyms(source)) forms.add(short);
		}
	}
	forms.delete('');
	return [...forms];
}
