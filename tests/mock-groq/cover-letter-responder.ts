/**
 * Answers the app's cover-letter prompt as a careful model would: a letter body of the length
 * the prompt asks for ("about 250 words"), made only of what the prompt gives (the job, the
 * person's accepted CV lines and the points they asked for), so the guard finds nothing in it.
 * Deterministic: the same prompt always gets the same letter. Asked for a new version (the
 * prompt holds the earlier one), it tells the facts in another order, so the two differ.
 */
import type { MockChatRequest, MockResponder } from './responder';

/** Sentences that claim nothing, for a letter the person's facts alone cannot fill. */
const NEUTRAL = [
	'I care about work that other people can rely on.',
	'I explain technical choices in plain words to the people who depend on them.',
	'I like to leave a team and its systems in better shape than I found them.',
	'I ask questions early, so that the work solves the problem people actually have.',
	'I keep my work documented, so that others can pick it up without me.',
	'I enjoy learning the business behind the data I work with.',
	'I prefer small, steady steps that can be checked to large changes that cannot.',
	'I give and take feedback openly, and I change course when the facts ask for it.',
	'I plan my work so that the people waiting on it know where it stands.',
	'I look for the simplest way to solve a problem before I reach for a new tool.',
	'I share what I learn with colleagues, in writing and in person.',
	'I take ownership of what I build, including when it breaks at an awkward hour.',
	'I find it rewarding to see my work used every day by the people it was built for.',
	'I am glad to start with the unglamorous work that makes later work possible.',
	'I try to understand why a request is made before I decide how to meet it.',
	'I would bring the same care to your team that I have brought to my past work.'
];

function userPrompt(request: MockChatRequest): string {
	return request.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

/** The text inside the prompt's first `<tag>…</tag>` after `label`, or ''. */
function block(prompt: string, label: string, tag: string): string {
	const start = prompt.indexOf(label);
	if (start < 0) return '';
	return new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(prompt.slice(start))?.[1] ?? '';
}

function sentence(text: string): string {
	const clean = text
		.replace(/^\s*(?:[-*•]\s*)?(?:[A-Z][\w ]{0,20}:\s+)?/, '')
		.replace(/[\s.!?,;:]+$/, '')
		.trim();
	return clean ? `${clean.charAt(0).toUpperCase()}${clean.slice(1)}.` : '';
}

/** "Designed …" -> "designed …"; "AWS …" stays as it is. */
function lowerFirst(text: string): string {
	return /^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function words(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The body paragraphs for a cover-letter prompt, or undefined when it is not one. */
export function coverLetterParagraphs(request: MockChatRequest): string[] | undefined {
	const prompt = userPrompt(request);
	const asked =
		/body of a cover letter from this person for "([^"]*)" at ([^,\n]*), addressed to [^:\n]*: about (\d+) words/.exec(
			prompt
		);
	if (!asked) return undefined;
	const [, title = 'the job', company = 'the company', target = '250'] = asked;
	const points = block(prompt, 'Points the person asked to make', 'person')
		.split('\n')
		.map(sentence)
		.filter(Boolean);
	// The accepted bullets, told in the first person ("Designed …" -> "I designed …"); then the
	// key qualifications; then sentences that claim nothing. Each is told once.
	const bullets = block(prompt, "The person's CV as they accepted it", 'person')
		.split('\n')
		.filter((line) => line.startsWith('- '))
		.map((line) => sentence(line))
		.filter((line) => words(line) >= 4)
		.map((line) => `I ${lowerFirst(line)}`);
	const strengths = block(prompt, 'Accepted key qualifications', 'person')
		.split('\n')
		.filter((line) => line.startsWith('- ') && !/\d/.test(line))
		.map((line) => `I bring ${lowerFirst(sentence(line))}`);
	const facts = [...new Set([...bullets, ...strengths, ...NEUTRAL])];
	if (prompt.includes('<previous>')) facts.push(...facts.splice(0, 1));
	const opening = [`I am applying for the ${title} role at ${company}.`, ...points];
	const closing = 'I would welcome a conversation about how I could help your team.';
	const middle: string[] = [];
	const goal = Number(target);
	let count = words([...opening, closing].join(' '));
	for (const fact of facts) {
		if (count >= goal) break;
		middle.push(fact);
		count += words(fact);
	}
	const half = Math.ceil(middle.length / 2);
	return [
		opening.join(' '),
		middle.slice(0, half).join(' '),
		middle.slice(half).join(' '),
		closing
	].filter((paragraph) => paragraph !== '');
}

/** The cleaner's answer for a letter draft (two-pass mode): the draft's paragraphs as they are. */
function cleanedDraft(request: MockChatRequest): string[] | undefined {
	const prompt = userPrompt(request);
	if (!/Extract from it the body of a cover letter/.test(prompt)) return undefined;
	const draft = /<draft>\n?([\s\S]*?)\n?<\/draft>/.exec(prompt)?.[1] ?? '';
	return draft.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
}

/** The mock server's default answer to the cover-letter prompt, in JSON or plain paragraphs. */
export const coverLetterResponder: MockResponder = (request) => {
	const paragraphs = cleanedDraft(request) ?? coverLetterParagraphs(request);
	if (!paragraphs) return undefined;
	return request.jsonSchema || request.jsonObject
		? JSON.stringify({ paragraphs })
		: paragraphs.join('\n\n');
};
