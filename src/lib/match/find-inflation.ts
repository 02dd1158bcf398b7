/**
 * Vague inflation (issue 17): superlatives and multiples that make a bullet sound bigger than the
 * person's data says ("award-winning", "top-performing", "industry-leading", "doubled", "by a
 * third"). The guard flags one when the person's own text does not use the same words.
 */
export interface Inflation {
	text: string;
	start: number;
	end: number;
	/** For a change by a factor ("doubled" 2, "by a third" 4/3 or 2/3): the ratios it states. */
	ratios: number[];
	/** "Nearly doubled", "almost tripled": less than the factor, not more. */
	hedged: boolean;
}

const FACTORS: Record<string, number> = {
	halved: 1 / 2,
	twice: 2,
	'two times': 2,
	'three times': 3,
	'four times': 4,
	'five times': 5,
	'ten times': 10,
	doubled: 2,
	twofold: 2,
	tripled: 3,
	threefold: 3,
	quadrupled: 4,
	fourfold: 4
};
const FRACTIONS: Record<string, number> = {
	third: 1 / 3,
	thirds: 2 / 3,
	half: 1 / 2,
	quarter: 1 / 4,
	quarters: 3 / 4
};

const DOWN =
	/\b(?:cut|cuts|reduc\w*|lower\w*|decreas\w*|fell|dropp?\w*|shrank|trimm?\w*|sav\w*)\b/i;
const UP = /\b(?:grew|grow\w*|increas\w*|rais\w*|boost\w*|lift\w*|improv\w*|expand\w*)\b/i;

/** "Cut costs by a third" is 2/3 of before, "grew sales by a third" 4/3; unclear, either. */
function ratiosOf(text: string, before: string): number[] {
	const lower = text.toLowerCase().replace(/\s+/g, ' ');
	const factor = FACTORS[lower];
	if (factor !== undefined) return [factor];
	const fraction = /(third|thirds|half|quarter|quarters)$/.exec(lower)?.[1];
	const share = fraction === undefined ? undefined : FRACTIONS[fraction];
	if (share === undefined) return [];
	const count = /\btwo\b/.test(lower) && share < 1 / 2 ? 2 : 1;
	const down = DOWN.test(before);
	const up = UP.test(before);
	if (down && !up) return [1 - count * share];
	if (up && !down) return [1 + count * share];
	return [1 + count * share, 1 - count * share];
}

const INFLATION = new RegExp(
	[
		String.raw`award[- ]winning`,
		String.raw`(?:industry|market|sector)[- ]leading`,
		String.raw`(?:a|the|as)\s+(?:leading|top|best)(?=\s+\p{L})`,
		String.raw`world[- ]class`,
		String.raw`best[- ]in[- ]class`,
		String.raw`(?:top|highest|best)[- ](?:performing|rated|tier|ranked|scoring|selling|performer|performers)`,
		String.raw`ranked\s+(?:first|1st|top|highest|number one|#1)`,
		String.raw`top\s+\d+\s*%?`,
		String.raw`record[- ](?:breaking|high)`,
		String.raw`number one|#1`,
		String.raw`(?:halved|doubled|tripled|quadrupled|twofold|threefold|fourfold)`,
		// "twice the national average", "three times faster"; not "twice a week".
		String.raw`(?:twice|(?:two|three|four|five|ten)\s+times)(?=\s+(?:the|as|more|higher|larger|faster|bigger|greater)\b)`,
		String.raw`by\s+(?:a|one|two)[- ](?:third|half|quarter|thirds|quarters)`
	]
		.map((pattern) => `(?<![\\p{L}\\p{N}-])(?:${pattern})(?![\\p{L}\\p{N}])`)
		.join('|'),
	'giu'
);

export function findInflation(text: string): Inflation[] {
	return [...text.matchAll(INFLATION)].map((match) => ({
		text: match[0],
		start: match.index,
		end: match.index + match[0].length,
		ratios: ratiosOf(match[0], text.slice(Math.max(0, match.index - 60), match.index)),
		hedged: /\b(?:nearly|almost|close to|about|roughly|around)\s+$/i.test(
			text.slice(0, match.index)
		)
	}));
}
