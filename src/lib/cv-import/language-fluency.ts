import type { SourceLine } from './source-lines';

/**
 * How well a person speaks a language, as the CV says it next to the language's name anywhere
 * in the text: "Fluent in Norwegian and English", "working German", "German (B2)",
 * "Deutsch – verhandlungssicher", "native English speaker". Only words that grade a language
 * count, and only right beside its name; a language the CV does not grade keeps no fluency.
 */
const PHRASES = [
	'native speaker',
	'native',
	'mother tongue',
	'first language',
	'bilingual',
	'fluent',
	'fluently',
	'proficient',
	'full professional',
	'professional working',
	'limited working',
	'working',
	'business fluent',
	'business',
	'conversational',
	'upper intermediate',
	'intermediate',
	'advanced',
	'elementary',
	'basic',
	'beginner',
	'very good',
	'good',
	'excellent',
	'[abc][12]',
	// German, French, Spanish, Portuguese, Italian, Polish, Dutch, Scandinavian.
	'muttersprache',
	'muttersprachlich',
	'verhandlungssicher',
	'fließend',
	'fliessend',
	'sehr gut',
	'gut',
	'grundkenntnisse',
	'langue maternelle',
	'courant',
	'bilingue',
	'notions',
	'avancé',
	'intermédiaire',
	'débutant',
	'lengua materna',
	'nativo',
	'nativa',
	'fluido',
	'avanzado',
	'intermedio',
	'básico',
	'fluente',
	'avançado',
	'intermediário',
	'madrelingua',
	'ottimo',
	'buono',
	'ojczysty',
	'biegły',
	'biegle',
	'dobry',
	'podstawowy',
	'komunikatywny',
	'zaawansowany',
	'moedertaal',
	'vloeiend',
	'goed',
	'morsmål',
	'modersmål',
	'flytende',
	'flytande',
	'flydende'
].join('|');

/** A grading phrase that a whole bracket, or the text after a dash or colon, starts with. */
const GRADE = new RegExp(`^(?:${PHRASES})(?![\\p{L}\\p{N}])`, 'iu');
/** "(B2)", "(fluent, C1)", " – verhandlungssicher", ": native", " B2". */
const AFTER = new RegExp(
	`^(?:\\s*\\(([^()]{1,40})\\)|\\s*[-–—:]\\s*((?:${PHRASES})(?![\\p{L}\\p{N}]))|\\s+((?:[ABC][12]|native speaker|mother tongue)(?![\\p{L}\\p{N}])))`,
	'iu'
);
/** "working German", "Fluent in Norwegian and " (the languages listed before this one). */
const BEFORE = new RegExp(
	`(?<![\\p{L}\\p{N}])(${PHRASES})\\s+(?:(?:in|på|i|en|em|w)\\s+(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+(?:and|or|&|og|och|und|et|y|e|i|en|oraz)\\s+)){0,4})?$`,
	'iu'
);
/** What may follow a language's name: not a noun it describes ("German clients"). */
const FOLLOWS =
	/^(?:$|[^\p{L}\s]|\s+(?:and|or|og|och|und|et|y|e|i|en|oraz|speaker|speaking)\b|\s*\(|\s*[-–—:]|\s+\p{Lu}|\s+[ABC][12]\b)/u;

export interface FoundFluency {
	text: string;
	line: SourceLine;
	index: number;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fluencyNear(language: string, lines: readonly SourceLine[]): FoundFluency | null {
	const name = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(language)}(?![\\p{L}\\p{N}])`, 'giu');
	for (const line of lines) {
		for (const match of line.text.matchAll(name)) {
			const end = match.index + match[0].length;
			const rest = line.text.slice(end);
			if (!FOLLOWS.test(rest)) continue;
			const after = AFTER.exec(rest);
			const bracket = after?.[1]?.trim();
			if (after && (!bracket || GRADE.test(bracket))) {
				const text = (bracket ?? after[2] ?? after[3])!.trim();
				return { text, line, index: end + after[0].lastIndexOf(text) };
			}
			const before = BEFORE.exec(line.text.slice(0, match.index));
			if (before) return { text: before[1]!, line, index: before.index };
		}
	}
	return null;
}
