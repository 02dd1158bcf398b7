/**
 * Answers the app's cover-letter prompt as a careful model would: a letter body of the length
 * the prompt asks for ("about 250 words"), made only of what the prompt gives (the job, the
 * person's accepted CV lines and the points they asked for), so the guard finds nothing in it.
 * Deterministic: the same prompt always gets the same letter. Asked for a new version (the
 * prompt holds the earlier one), it tells the facts in another order, so the two differ.
 */
import { phrasesOf, type MockChatRequest, type MockResponder } from './responder';

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
	// Sentences that say something (a verb-first bullet, not a date range or a name alone).
	const facts = phrasesOf(block(prompt, "The person's CV as they accepted it", 'person'))
		.map(sentence)
		.filter((fact) => words(fact) >= 6 && !/^\d/.test(fact));
	if (facts.length === 0) {
		const strengths = block(prompt, 'Accepted key qualifications', 'person');
		facts.push(...phrasesOf(strengths).map((strength) => `I bring ${sentence(strength)}`));
	}
	if (prompt.includes('<previous>')) facts.push(...facts.splice(0, 1));
	const opening = [`I am applying for the ${title} role at ${company}.`, ...points];
	const closing = 'I would welcome a conversation about how I could help your team.';
	const middle: string[] = [];
	const goal = Number(target);
	let count = words([...opening, closing].join(' '));
	for (let index = 0; count < goal && facts.length > 0 && index < 200; index++) {
		const fact = facts[index % facts.length] as string;
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
