const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-04" → "Apr 2021", "2021" → "2021", "" → "". English month names: parsers know them. */
export function formatMonth(month: string): string {
	const match = /^(\d{4})(?:-(\d{2}))?$/.exec(month.trim());
	if (!match) return month.trim();
	const [, year, monthNumber] = match;
	const name = monthNumber ? MONTHS[Number(monthNumber) - 1] : undefined;
	return name ? `${name} ${year}` : (year ?? '');
}

/** "Apr 2021 – Present", "Feb 2018 – Mar 2021", "2013 – 2015", or one side alone when the other is unknown. */
export function formatPeriod(start: string, end: string, current = false): string {
	const from = formatMonth(start);
	const to = current ? 'Present' : formatMonth(end);
	if (from && to) return from === to ? from : `${from} – ${to}`;
	return from || to;
}
