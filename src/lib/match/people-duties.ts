import { isPeopleHead, namesPeople } from './common-words';
import type { Phrase } from './find-phrases';
import type { Placed } from './phrase-edges';
import { opensClause } from './phrase-joins';

/**
 * Duties done to people, and the skill a CV names them by: "supervise trainees" is
 * "supervision", "recruit, supervise and appraise a team" is recruitment, supervision and
 * appraisals, "lead the reception team" is team leadership.
 */
const SKILL_OF_PEOPLE_DUTY: Record<string, string> = {
	appraise: 'appraisals',
	coach: 'coaching',
	lead: 'team leadership',
	mentor: 'mentoring',
	recruit: 'recruitment',
	supervise: 'supervision',
	train: 'training'
};

/** The people a duty is done to: "trainees", "Band 5 physiotherapists", "a team of 60". */
function isPeople(token: Placed): boolean {
	const word = token.text.toLowerCase();
	return /^(?:teams?|staff|people)$/.test(word) || isPeopleHead(word) || namesPeople(word);
}

/** Where a duty may begin: a clause's start, or after "will", "help" or another duty's comma. */
function mayBegin(tokens: Placed[], index: number): boolean {
	const before = tokens[index - 1];
	return opensClause(tokens, index) || before?.pos === 'AUX' || /^help$/i.test(before?.text ?? '');
}

/** "Recruit, supervise and appraise": the verbs of one duty, up to where its object begins. */
function objectStart(tokens: Placed[], index: number): number {
	let cursor = index + 1;
	while (tokens[cursor]) {
		const token = tokens[cursor]!;
		const joinsVerbs = token.text === ',' || token.pos === 'CCONJ';
		const verb = token.pos === 'VERB' || token.text.toLowerCase() in SKILL_OF_PEOPLE_DUTY;
		if (!joinsVerbs && !(verb && cursor > index + 1)) return cursor;
		cursor += 1;
	}
	return cursor;
}

export function peopleDuties(tokens: Placed[]): Phrase[] {
	const found: Phrase[] = [];
	tokens.forEach((token, index) => {
		const skill = SKILL_OF_PEOPLE_DUTY[token.text.toLowerCase()];
		if (skill === undefined || !mayBegin(tokens, index)) return;
		const start = objectStart(tokens, index);
		// The object's words, through a list of them ("PhD and undergraduate students").
		const object: Placed[] = [];
		for (const word of tokens.slice(start, start + 6)) {
			if (!/^(?:DET|PRON|ADJ|PROPN|NUM|NOUN|CCONJ)$/.test(word.pos) && word.text !== ',') break;
			object.push(word);
		}
		if (!object.some(isPeople)) return;
		found.push({ text: skill, start: token.start, end: token.end });
	});
	return found;
}
