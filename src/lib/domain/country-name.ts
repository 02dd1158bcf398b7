/**
 * Country codes and the names a CV prints. JSON Resume stores the country as an ISO 3166-1
 * alpha-2 code ("CH"); a CV reader wants "Switzerland". English, like the app and its headings.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "CH" → "Switzerland"; a code ICU does not know, or any other text, comes back as given. */
export function countryName(code: string): string {
	const trimmed = code.trim();
	if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed;
	return regionNames.of(trimmed.toUpperCase()) ?? trimmed;
}

/** Codes ICU names that are not countries of ISO 3166-1 (unions, pseudo-locales, islands it splits off). */
const NOT_COUNTRIES = new Set('AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ'.split(' '));

/** Names a CV prints that ICU does not give: short forms, older names, the UK's nations. */
const OTHER_NAMES: Record<string, string> = {
	usa: 'US',
	'u.s.a.': 'US',
	us: 'US',
	'u.s.': 'US',
	'united states of america': 'US',
	uk: 'GB',
	'u.k.': 'GB',
	'great britain': 'GB',
	britain: 'GB',
	england: 'GB',
	scotland: 'GB',
	wales: 'GB',
	'northern ireland': 'GB',
	'czech republic': 'CZ',
	turkey: 'TR',
	korea: 'KR',
	'republic of korea': 'KR',
	holland: 'NL',
	'the netherlands': 'NL',
	uae: 'AE',
	'ivory coast': 'CI',
	burma: 'MM',
	myanmar: 'MM',
	'dr congo': 'CD',
	'democratic republic of the congo': 'CD',
	'republic of the congo': 'CG',
	'hong kong': 'HK',
	macau: 'MO',
	macao: 'MO',
	vatican: 'VA',
	bosnia: 'BA',
	russia: 'RU'
};

/**
 * "Georgia" ends "Atlanta, Georgia" as often as "Tbilisi, Georgia": a place that is also a
 * state stays the region it may be.
 */
const ALSO_STATES = new Set(['georgia']);

/** Country names in the languages CVs in this app are most often written in. */
const NAME_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'nb', 'sv', 'da', 'fi', 'cs'];

let codesByName: Map<string, string> | null = null;

/** Every code ICU names that is a current country: "DD" (East Germany) canonicalises to "DE". */
function countryCodes(): string[] {
	const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	return [...letters]
		.flatMap((first) => [...letters].map((second) => first + second))
		.filter(
			(code) =>
				!NOT_COUNTRIES.has(code) &&
				english.of(code) !== undefined &&
				Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`
		);
}

function nameTable(): Map<string, string> {
	if (codesByName) return codesByName;
	const table = new Map<string, string>();
	const codes = countryCodes();
	for (const locale of NAME_LOCALES) {
		const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		for (const code of codes) {
			const name = names.of(code)?.toLowerCase();
			if (name && !table.has(name)) table.set(name, code);
		}
	}
	for (const [name, code] of Object.entries(OTHER_NAMES)) table.set(name, code);
	for (const name of ALSO_STATES) table.delete(name);
	codesByName = table;
	return table;
}

/**
 * "Norway", "Norge", "USA" → "NO", "NO", "US": the ISO 3166-1 alpha-2 code of a country written
 * in words, or undefined for anything else ("TX", "Bavaria", "Remote").
 */
export function countryCodeOf(name: string): string | undefined {
	const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
	if (key === '') return undefined;
	// ICU writes "Bosnia & Herzegovina"; people write "and".
	return nameTable().get(key) ?? nameTable().get(key.replace(/ and /g, ' & '));
}
