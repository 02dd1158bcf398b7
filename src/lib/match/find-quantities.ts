import { foldText } from './fold-text';

/**
 * Numbers, percentages, money, dates and durations in free text, with their values, so that
 * "60M", "60 million" and "60,000,000" compare equal and "two" equals "2".
 */
export type QuantityKind = 'number' | 'percentage' | 'money' | 'date' | 'duration';

export interface Quantity {
	kind: QuantityKind;
	start: number;
	end: number;
	text: string;
	/** The number stated, scaled ("60M" → 60000000); for dates the year. */
	value: number;
	/** Dates: "2021-03" or "2021"; quarters: "2021-Q3". */
	date?: string;
	/** Durations: the length in months, so "18 months" equals "a year and a half". */
	months?: number;
	/** Durations stated as a floor: "10+ years". */
	atLeast?: boolean;
}

const UNITS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1e3,
	k: 1e3,
	m: 1e6,
	mn: 1e6,
	mm: 1e6,
	million: 1e6,
	millions: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	trillion: 1e12
};
const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

const WORD_NUMBER = `(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')}`;
const CURRENCY_SYMBOL = '[$€£¥₹]|(?:CHF|USD|EUR|GBP|PLN|BRL|CAD|AUD|SEK|NOK|DKK|JPY|INR)\\s?';
const CURRENCY_WORD =
	'(?:CHF|USD|EUR|GBP|PLN|BRL|CAD|AUD|SEK|NOK|DKK|JPY|INR|euros?|dollars?|francs?|pounds?)';
const DIGITS = "\\d{1,3}(?:[,']\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const SCALE =
	'(?:hundred|thousand|million|millions|billion|trillion|mn|bn|mm|k|m|b)(?![\\p{L}\\p{N}²³])';
const MONTH_NAME =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DURATION_UNIT = '(?:years?|yrs?|months?|weeks?|days?)';

const QUANTITY_PATTERN = new RegExp(
	[
		// Dates first: "March 2021", "Q3 2022", "03/2021", "2021-03".
		`(?<monthYear>\\b${MONTH_NAME}\\.?\\s+(?:19|20)\\d{2}\\b)`,
		`(?<quarter>\\bQ[1-4]\\s*(?:19|20)\\d{2}\\b)`,
		`(?<slashDate>(?<![\\d/])(?:0?[1-9]|1[0-2])/(?:19|20)\\d{2}\\b)`,
		`(?<isoDate>\\b(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])\\b)`,
		'(?<halfYear>\\b(?:a|one) and a half years?\\b|\\b(?:a|one) year and a half\\b|\\bhalf a year\\b)',
		// Numbers with optional currency, scale, percent or duration unit.
		`(?<![\\p{L}\\p{N}_.,/]|\\d[,.])(?<currency>${CURRENCY_SYMBOL})?(?<digits>${DIGITS})(?!\\d|/\\d|[.,]\\d)(?:[\\s-]?(?<scale>${SCALE}))?(?<times>x)?(?<plus>\\+)?(?:\\s?(?<percent>%|percent\\b|per cent\\b|pct\\b))?(?:[\\s-]?(?<unit>${DURATION_UNIT})\\b)?(?:\\s?(?<currencyAfter>${CURRENCY_WORD})\\b)?(?![\\p{L}\\p{N}])`,
		`(?<![\\p{L}-])(?<word>${WORD_NUMBER})(?![\\p{L}])(?:[\\s-](?<wordScale>hundred|thousand|million|billion)\\b)?(?<wordPlus>\\+)?(?:\\s?(?<wordPercent>percent\\b|per cent\\b|%))?(?:[\\s-](?<wordUnit>${DURATION_UNIT})\\b)?`
	].join('|'),
	'giu'
);

function monthsOf(value: number, unit: string): number | undefined {
	const lower = unit.toLowerCase();
	if (lower.startsWith('y')) return value * 12;
	if (lower.startsWith('month')) return value;
	return undefined;
}

function wordValue(word: string): number {
	const lower = word.toLowerCase();
	const [tens, unit] = lower.split('-');
	return (TENS[tens ?? ''] ?? 0) + (UNITS[unit ?? ''] ?? 0) + (UNITS[lower] ?? 0);
}

/** A bare four-digit number is a year only where a year reads naturally. */
function looksLikeYear(text: string, start: number, end: number, value: number): boolean {
	if (value < 1950 || value > 2099) return false;
	const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
	const after = text.slice(end, end + 10).toLowerCase();
	if (
		/(?:\b(?:in|since|from|until|till|by|during|early|mid|late|between|summer|spring|autumn|fall|winter)|(?:19|20)\d{2}\s*(?:-|to|and))\s*$/.test(
			before
		)
	) {
		return true;
	}
	return /^\s*(?:$|[,.;:)\]-]|to\b|and\b|through\b)/.test(after);
}

interface Groups {
	[name: string]: string | undefined;
}

function fromDigits(groups: Groups, text: string, start: number, end: number): Quantity {
	const raw = groups.digits ?? '0';
	const base = Number(raw.replace(/[,']/g, ''));
	const scale = SCALES[(groups.scale ?? '').toLowerCase()] ?? 1;
	const value = base * scale;
	const matched = text.slice(start, end);
	const common = { start, end, text: matched, value };
	if (groups.currency || groups.currencyAfter) return { kind: 'money', ...common };
	if (groups.percent) return { kind: 'percentage', ...common };
	if (groups.unit) {
		const months = monthsOf(value, groups.unit);
		return { kind: 'duration', ...common, months, atLeast: groups.plus === '+' };
	}
	if (!groups.scale && !raw.includes(',') && !raw.includes('.') && raw.length === 4) {
		if (looksLikeYear(text, start, end, value)) return { kind: 'date', ...common, date: raw };
	}
	return { kind: 'number', ...common };
}

function fromWord(groups: Groups, text: string, start: number, end: number): Quantity {
	const base = wordValue(groups.word ?? '');
	const scale = SCALES[(groups.wordScale ?? '').toLowerCase()] ?? 1;
	const value = base * scale;
	const common = { start, end, text: text.slice(start, end), value };
	if (groups.wordPercent) return { kind: 'percentage', ...common };
	if (groups.wordUnit) {
		const months = monthsOf(value, groups.wordUnit);
		return { kind: 'duration', ...common, months, atLeast: groups.wordPlus === '+' };
	}
	return { kind: 'number', ...common };
}

function fromDate(groups: Groups, text: string, start: number, end: number): Quantity {
	const matched = text.slice(start, end);
	const year = Number(/(?:19|20)\d{2}/.exec(matched)?.[0] ?? '0');
	const common = { kind: 'date' as const, start, end, text: matched, value: year };
	if (groups.quarter) return { ...common, date: `${year}-Q${matched.charAt(1)}` };
	let month: number | undefined;
	if (groups.monthYear) {
		month = MONTHS.indexOf(matched.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
	} else if (groups.slashDate) {
		month = Number(matched.split('/')[0]);
	} else if (groups.isoDate) {
		month = Number(matched.slice(5, 7));
	}
	const date = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
	return { ...common, date };
}

/**
 * Every quantity in `text`, left to right. "one" is left out unless `includeOne`: as a claim
 * it is mostly a pronoun ("one of the…"), as a source it backs a generated "1".
 */
export function findQuantities(text: string, options: { includeOne?: boolean } = {}): Quantity[] {
	const folded = foldText(text);
	const quantities: Quantity[] = [];
	for (const match of folded.matchAll(QUANTITY_PATTERN)) {
		const groups: Groups = match.groups ?? {};
		const start = match.index;
		const end = start + match[0].length;
		if (groups.halfYear) {
			quantities.push({
				kind: 'duration',
				start,
				end,
				text: text.slice(start, end),
				value: 1.5,
				months: 18
			});
		} else if (groups.monthYear || groups.quarter || groups.slashDate || groups.isoDate) {
			quantities.push(fromDate(groups, text, start, end));
		} else if (groups.digits) {
			quantities.push(fromDigits(groups, text, start, end));
		} else if (groups.word) {
			const isOne = groups.word.toLowerCase() === 'one' && !groups.wordUnit;
			if (!isOne || options.includeOne) quantities.push(fromWord(groups, text, start, end));
		}
	}
	return quantities;
}
