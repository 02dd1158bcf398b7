/**
 * Finds a date the LLM returned ("2019-03" or "2019") in the CV text, in whatever form the CV
 * wrote it: "03/2019", "3.2019", "2019-03", "Mar 2019", "March '19", "März 2019", "mars 2019",
 * "marzo de 2019", "marca 2019". A month that appears nowhere near its year is not found, so
 * a model cannot turn "2019" into "2019-03".
 */
import { spanOf, type NormalisedText, type TextSpan } from './find-in-text';

const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'pl', 'it', 'nl'];

/** Every name a month goes by in the CV languages we read, lower-case, without final dots. */
function monthNames(month: number): string[] {
	const date = new Date(Date.UTC(2020, month - 1, 15));
	const names = new Set<string>();
	for (const locale of LOCALES) {
		for (const style of ['long', 'short'] as const) {
			names.add(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date));
			// Polish and others inflect the month inside a date ("stycznia"): take that form too.
			const inDate = new Intl.DateTimeFormat(locale, {
				day: 'numeric',
				month: style,
				timeZone: 'UTC'
			})
				.formatToParts(date)
				.find((part) => part.type === 'month')?.value;
			if (inDate) names.add(inDate);
		}
	}
	if (month === 9) names.add('sept');
	return [...names]
		.map((name) => name.normalize('NFKC').toLowerCase().replace(/\.$/, ''))
		.filter((name) => name.length >= 3 && !/^\d+$/.test(name));
}

const MONTH_NAMES = new Map(
	Array.from({ length: 12 }, (_, index) => [index + 1, monthNames(index + 1)] as const)
);

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsFor(value: string): RegExp[] {
	const [year, monthText] = value.split('-');
	if (!year) return [];
	const short = year.slice(2);
	if (!monthText) return [new RegExp(`(?<![\\p{N}/.-])${year}(?!\\p{N})`, 'u')];
	const month = Number(monthText);
	const numeric = `0?${month}`;
	const names = (MONTH_NAMES.get(month) ?? []).map(escape).join('|');
	return [
		new RegExp(`(?<![\\p{N}])${numeric}\\s?[/.-]\\s?(${year}|${short})(?!\\p{N})`, 'u'),
		new RegExp(`(?<![\\p{N}])${year}\\s?[/.-]\\s?${numeric}(?!\\p{N})`, 'u'),
		new RegExp(
			`(?<!\\p{L})(${names})\\.?,?\\s?(de\\s|of\\s)?('|’)?(${year}|${short})(?!\\p{N})`,
			'u'
		)
	];
}

/** Every place the date is written, in the order of the forms tried. */
function matchDates(source: NormalisedText, value: string): RegExpExecArray[] {
	return patternsFor(value).flatMap((pattern) => [
		...source.text.matchAll(new RegExp(pattern.source, 'gu'))
	]);
}

/** Where the date occurs in the CV text, or undefined when the CV never says it. */
export function findDate(source: NormalisedText, value: string): TextSpan | undefined {
	const match = matchDates(source, value)[0];
	return match ? spanOf(source, match.index, match[0].length) : undefined;
}

const ONGOING = [
	'present',
	'current',
	'currently',
	'now',
	'today',
	'ongoing',
	'since',
	'heute',
	'aktuell',
	'derzeit',
	'seit',
	'présent',
	'actuellement',
	"aujourd'hui",
	'depuis',
	'en cours',
	'actualidad',
	'presente',
	'actual',
	'desde',
	'atual',
	'atualmente',
	'obecnie',
	'nadal',
	'od'
];
const ONGOING_PATTERN = new RegExp(`(?<!\\p{L})(${ONGOING.map(escape).join('|')})(?!\\p{L})`, 'u');

/** How far after a start date (or before it: "since 2021") an ongoing word still belongs to it. */
const ONGOING_REACH = 30;

/**
 * Where the text says that the role that started at `start` is still going on: "Present",
 * "heute" or "depuis" right beside that start date, not anywhere in the CV.
 */
export function findOngoing(source: NormalisedText, start: string): TextSpan | undefined {
	const dates = start === '' ? [] : matchDates(source, start);
	for (const date of dates) {
		const from = Math.max(0, date.index - 12);
		const window = source.text.slice(from, date.index + date[0].length + ONGOING_REACH);
		const match = ONGOING_PATTERN.exec(window);
		if (match) return spanOf(source, from + match.index, match[0].length);
	}
	return undefined;
}
