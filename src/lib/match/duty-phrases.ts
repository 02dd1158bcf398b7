import { COMMON_WORDS, QUALIFIERS, namesPeople } from './common-words';
import { place, type Phrase } from './find-phrases';
import { isGeneralEnglish } from './general-english';
import type { Placed } from './phrase-edges';
import { opensClause } from './phrase-joins';
import type { Tagger } from './phrase-tagger';
import { peopleDuties } from './people-duties';
import { singular } from './plural-forms';

/**
 * Duty verbs and the noun a CV names the duty with ("manage behaviour" is "behaviour
 * management"). Only verbs whose noun makes a skill with its object are here: "lead a team" is
 * "team leadership", but "use a tool" is not "tool use".
 */
const NOUN_OF_VERB: Record<string, string> = Object.fromEntries(
	`administer:administration allocate:allocation analyse:analysis analyze:analysis book:booking
	handle:handling manage:management order:ordering plan:planning schedule:scheduling
	write:writing`
		.split(/\s+/)
		.filter(Boolean)
		.map((pair) => pair.split(':') as [string, string])
);

/** Words that may stand between a verb and its object: "communicate with parents", "the data". */
const BETWEEN = /^(?:the|with)$/i;

/** An object that says little alone ("appointments", "behaviour", "trainees") but a duty with its verb. */
function needsItsVerb(object: Placed[]): Placed | undefined {
	const words = object.filter((token) => !QUALIFIERS.has(token.text.toLowerCase()));
	const [word] = words;
	if (words.length !== 1 || word === undefined || word.pos !== 'NOUN') return undefined;
	if (!/^\p{Ll}+$/u.test(word.text)) return undefined;
	const text = word.text;
	return isGeneralEnglish(text) || COMMON_WORDS.has(text) || namesPeople(text) ? word : undefined;
}

/**
 * Duties written as orders whose object is an everyday word ("book appointments", "manage
 * behaviour", "allocate drivers"): the skill is the verb done to the object, named as a CV names
 * it ("appointment booking", "behaviour management", "driver allocation").
 */
export function dutyPhrases(line: string, tagger: Tagger): Phrase[] {
	const tokens = place(line, tagger(line));
	const found: Phrase[] = [];
	tokens.forEach((token, index) => {
		const noun = NOUN_OF_VERB[token.text.toLowerCase()];
		const previous = tokens[index - 1];
		if (noun === undefined || !(opensClause(tokens, index) || previous?.pos === 'AUX')) return;
		let cursor = index + 1;
		while (cursor < tokens.length && cursor - index <= 2 && BETWEEN.test(tokens[cursor]!.text)) {
			cursor += 1;
		}
		const object: Placed[] = [];
		while (tokens[cursor] && /^(?:NOUN|ADJ)$/.test(tokens[cursor]!.pos) && object.length < 3) {
			object.push(tokens[cursor]!);
			cursor += 1;
		}
		const word = needsItsVerb(object);
		if (word === undefined) return;
		const end = object[object.length - 1]!.end;
		found.push({ text: `${singular(word.text)} ${noun}`, start: token.start, end });
	});
	return [...found, ...peopleDuties(tokens)];
}
