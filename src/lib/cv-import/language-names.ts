/**
 * Names of natural languages, so a "Norwegian, English, German" at the end of a skills list can
 * go to the profile's languages. Drawn from the browser's own language names (ICU, through
 * Intl.DisplayNames): every ISO 639-1 language and a few widely spoken others, each in the
 * languages CVs here are written in and in its own ("Norsk", "Deutsch", "Español", "Polski").
 * No programming language is a language here: "Java", "Swift", "Go" and "R" are not in ICU's
 * list, and would stay skills even if they were, since only whole items are matched.
 */
const OTHER_CODES = ['yue', 'fil', 'gsw', 'haw', 'nds', 'ckb', 'prs', 'ase'];
const VARIANTS = [
	'en-GB',
	'en-US',
	'pt-BR',
	'pt-PT',
	'es-419',
	'es-MX',
	'fr-CA',
	'fr-CH',
	'nl-BE',
	'de-CH',
	'de-AT',
	'zh-Hans',
	'zh-Hant'
];
const NAME_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'nb', 'sv', 'da', 'fi', 'cs'];

/** Names people write that ICU does not give as a language's name. */
const OTHER_NAMES = [
	'Mandarin',
	'Mandarin Chinese',
	'Putonghua',
	'Farsi',
	'Tagalog',
	'Castilian',
	'Sami',
	'Sámi',
	'British Sign Language',
	'BSL',
	'Auslan',
	'Norwegian Bokmål',
	'Bokmål',
	'Nynorsk',
	'Bahasa Indonesia',
	'Bahasa Melayu'
];

let names: Set<string> | null = null;

const key = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function languageCodes(): string[] {
	const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const twoLetter = [...letters]
		.flatMap((first) => [...letters].map((second) => first + second))
		// Only current codes: "iw" is the old "he", "in" the old "id".
		.filter((code) => english.of(code) && Intl.getCanonicalLocales(code)[0] === code);
	return [...twoLetter, ...OTHER_CODES];
}

function nameSet(): Set<string> {
	if (names) return names;
	const set = new Set(OTHER_NAMES.map(key));
	const codes = languageCodes();
	for (const locale of NAME_LOCALES) {
		const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
		for (const code of [...codes, ...VARIANTS]) {
			const name = display.of(code);
			if (name) set.add(key(name));
		}
	}
	for (const code of codes) {
		// The language's name for itself; ICU has no names in some languages it lists.
		try {
			const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
			if (own) set.add(key(own));
		} catch {
			// A code this engine has no locale data for: its other names are enough.
		}
	}
	names = set;
	return set;
}

/** True when the whole text names a natural language: "German", "Norsk", "español", "Mandarin". */
export function isLanguageName(text: string): boolean {
	const name = key(text);
	return name.length > 1 && nameSet().has(name);
}
