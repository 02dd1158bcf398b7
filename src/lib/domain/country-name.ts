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
