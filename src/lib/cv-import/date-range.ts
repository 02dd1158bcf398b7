import { foldText } from './fold-text';
import { words } from './word-list';

/**
 * Date ranges as CVs write them, in English, German, French, Spanish, Portuguese, Polish,
 * Italian and Dutch:
 * "Jan 2020 – Present", "01/2019 - 03/2021", "2017–2019", "März 2018 – heute", "depuis 2021",
 * "desde 2020", "od 2019 do teraz". Dates come out in the profile's form, "YYYY-MM" or "YYYY".
 * Matching runs on folded text (lower case, no accents) whose offsets equal the original's.
 */
const MONTH_WORDS: readonly string[][] = [
	words(
		'january, jan, januar, janner, janvier, janv, enero, ene, janeiro, styczen, stycznia, sty, gennaio, gen, januari'
	),
	words(
		'february, feb, februar, fevrier, fevr, fev, febrero, fevereiro, luty, lutego, lut, febbraio, februari'
	),
	words('march, mar, marz, mrz, mars, marzo, marco, marzec, marca, maart'),
	words('april, apr, avril, avr, abril, abr, kwiecien, kwietnia, kwi, aprile'),
	words('may, mai, mayo, maio, maj, maja, maggio, mag, mei'),
	words('june, jun, juni, juin, junio, junho, czerwiec, czerwca, cze, giugno, giu'),
	words('july, jul, juli, juillet, juil, julio, julho, lipiec, lipca, lip, luglio, lug'),
	words('august, aug, aout, agosto, ago, sierpien, sierpnia, sie, augustus'),
	words(
		'september, sep, sept, septembre, septiembre, setiembre, setembro, set, wrzesien, wrzesnia, wrz, settembre'
	),
	words(
		'october, oct, oktober, okt, octobre, octubre, outubro, out, pazdziernik, pazdziernika, paz, ottobre, ott'
	),
	words('november, nov, novembre, noviembre, novembro, listopad, listopada, lis'),
	words(
		'december, dec, dezember, dez, decembre, diciembre, dic, dezembro, grudzien, grudnia, gru, dicembre'
	)
];
const MONTH_NUMBER = new Map<string, number>();
MONTH_WORDS.forEach((words, index) => words.forEach((word) => MONTH_NUMBER.set(word, index + 1)));
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const PRESENT_WORDS = words(`
	present, current, currently, now, today, ongoing, date, heute, aktuell, jetzt, dato, laufend,
	aujourd'hui, actuellement, ce jour, en cours, actuel, actualidad, presente, actual, hoy, atual,
	atualmente, hoje, o momento, obecnie, nadal, teraz, chwili obecnej, dzis, oggi, ad oggi, attuale, in corso, heden,
	nu
`).sort((a, b) => b.length - a.length);
const PRESENT = PRESENT_WORDS.map((word) => word.replace(/'/g, "['’]")).join('|');

const YEAR = '(?:19|20)\\d{2}';
const DATE =
	`(?:\\d{1,2}[./]\\d{1,2}[./]${YEAR}|\\d{1,2}[./-]${YEAR}|${YEAR}[-/.](?:0?[1-9]|1[0-2])(?![\\d])` +
	`|(?<![a-z])(?:${MONTH})\\.?,?(?:\\s+de)?\\s?'?${YEAR}|${YEAR})`;
const SEPARATOR =
	'(?:\\s*[-–—~‐‑‒―]+\\s*|\\s+(?:to|until|till|through|bis|au|a|al|hasta|ate|do|tot)\\s+)';
const OPENING = '(?:(?:from|von|seit|since|de|du|desde|depuis|od|dal|sinds)\\s+)?';
const RANGE = new RegExp(
	`(?<![\\d\\p{L}])${OPENING}(${DATE})${SEPARATOR}(?:(${DATE})|(?:(?:to|the|la|el|o|ce)\\s+)?(${PRESENT}))(?![\\d\\p{L}])`,
	'u'
);
const SINCE = new RegExp(
	`(?<![\\d\\p{L}])(?:since|seit|depuis|desde|od|dal|sinds)\\s+(${DATE})(?![\\d\\p{L}])`,
	'u'
);
const SINGLE = new RegExp(`(?<![\\d\\p{L}/.-])(${DATE})(?![\\d\\p{L}/-])`, 'u');

/** A date written in the CV, as "YYYY-MM" or "YYYY"; "" when it is not a date. */
export function normalizeDate(written: string): string {
	const text = foldText(written).trim();
	let match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
	if (match) return month(match[3]!, Number(match[2]));
	match = /^(\d{1,2})[./-](\d{4})$/.exec(text);
	if (match) return month(match[2]!, Number(match[1]));
	match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
	if (match) return month(match[1]!, Number(match[2]));
	match = /^([a-z]+)\.?,?(?:\s+de)?\s?'?(\d{4})$/.exec(text);
	if (match) return month(match[2]!, MONTH_NUMBER.get(match[1]!) ?? 0);
	return /^\d{4}$/.test(text) ? text : '';
}

function month(year: string, number: number): string {
	if (number < 1 || number > 12) return '';
	return `${year}-${String(number).padStart(2, '0')}`;
}

export interface DateRangeMatch {
	start: string;
	end: string;
	current: boolean;
	/** Where the range was written in the line. */
	index: number;
	length: number;
}

/** The first date range in a line, or a lone "since" date (then `current`). */
export function findDateRange(line: string): DateRangeMatch | null {
	const folded = foldText(line);
	const range = RANGE.exec(folded);
	if (range) {
		const start = normalizeDate(range[1]!);
		const end = range[2] ? normalizeDate(range[2]) : '';
		if (start && (end || range[3])) {
			return {
				start,
				end,
				current: Boolean(range[3]),
				index: range.index,
				length: range[0].length
			};
		}
	}
	const since = SINCE.exec(folded);
	if (since) {
		const start = normalizeDate(since[1]!);
		if (start)
			return { start, end: '', current: true, index: since.index, length: since[0].length };
	}
	return null;
}

/** A single date (a certificate's, a degree's end), when the line holds no range. */
export function findSingleDate(
	line: string
): { date: string; index: number; length: number } | null {
	const match = SINGLE.exec(foldText(line));
	if (!match) return null;
	const date = normalizeDate(match[1]!);
	return date ? { date, index: match.index, length: match[0].length } : null;
}
