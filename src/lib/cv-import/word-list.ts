/** A word list written as comma-separated text, so long dictionaries stay readable. */
export function words(list: string): string[] {
	return list
		.split(/,\s*/)
		.map((word) => word.trim())
		.filter((word) => word !== '');
}
