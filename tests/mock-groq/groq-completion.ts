/**
 * An answer as Groq sends it: gpt-oss models think before they answer, and Groq bills the
 * thinking as completion tokens whether or not it is returned (a `reasoning` field unless the
 * request hides it); an answer that does not fit `max_completion_tokens` stops where the room
 * ran out (`finish_reason: "length"`). Usage carries Groq's timing fields and `x_groq`.
 */
import { countCompletionTokens, type MockChatRequest } from './responder';
import type { ReasoningModel } from './reasoning';

export interface GroqCompletionParts {
	/** The number of this completion (ids are made from it). */
	id: number;
	chat: MockChatRequest;
	answer: string | null;
	promptTokens: number;
	/** Which chat request this is, for the reasoning model. */
	index: number;
	/** Cut the answer off half-way whatever room there is (the `length` fault). */
	forceCutOff: boolean;
	/** How many tokens the model thinks, and whether that always fits the room. */
	reasoning: { model: ReasoningModel; fitted: boolean };
}

/** Text standing in for `tokens` tokens of gpt-oss reasoning. */
function reasoningText(chat: MockChatRequest, tokens: number): string {
	const sentence = `The request asks for ${chat.jsonSchema ? 'JSON that follows a schema' : 'an answer'}; I will reuse the user's own phrases and keep to the rules. `;
	return sentence
		.repeat(Math.ceil((tokens * 4) / sentence.length))
		.slice(0, tokens * 4)
		.trim();
}

export function groqCompletionBody({
	id,
	chat,
	answer,
	promptTokens,
	index,
	forceCutOff,
	reasoning
}: GroqCompletionParts) {
	// gpt-oss models think before they answer, and Groq bills the thinking as completion
	// tokens whether or not it is returned: a token benchmark that ignores it undercounts.
	const answerTokens = countCompletionTokens(answer ?? '');
	let thinkingTokens = chat.model.includes('gpt-oss')
		? Math.max(0, Math.round(reasoning.model(chat, index, promptTokens)))
		: 0;
	if (reasoning.fitted)
		thinkingTokens = Math.min(thinkingTokens, Math.max(0, chat.maxTokens - answerTokens));
	// Out of room: the answer stops where max_completion_tokens ran out (or never starts).
	const cutOff = forceCutOff || thinkingTokens + answerTokens > chat.maxTokens;
	if (cutOff) thinkingTokens = Math.min(thinkingTokens, chat.maxTokens);
	const answerRoom = forceCutOff
		? Math.floor(Math.min(answerTokens, chat.maxTokens - thinkingTokens) / 2)
		: chat.maxTokens - thinkingTokens;
	const content = cutOff && answer !== null ? answer.slice(0, Math.max(0, answerRoom) * 4) : answer;
	const completionTokens = cutOff
		? chat.maxTokens
		: answerTokens + (thinkingTokens > 0 ? thinkingTokens : 0);
	const thinking = thinkingTokens > 0 ? reasoningText(chat, thinkingTokens) : '';
	const reasons =
		thinking !== '' &&
		chat.body.include_reasoning !== false &&
		chat.body.reasoning_format !== 'hidden';
	return {
		id: `chatcmpl-mock-${id}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: chat.model,
		choices: [
			{
				index: 0,
				message: {
					role: 'assistant',
					content,
					...(reasons
						? {
								reasoning: thinking
							}
						: {})
				},
				logprobs: null,
				finish_reason: cutOff ? 'length' : 'stop'
			}
		],
		usage: {
			queue_time: 0,
			prompt_tokens: promptTokens,
			prompt_time: 0,
			completion_tokens: completionTokens,
			// Filled in when the answer leaves: the real time spent since the request arrived.
			completion_time: 0,
			total_tokens: promptTokens + completionTokens,
			total_time: 0
		},
		system_fingerprint: 'fp_mock',
		x_groq: { id: `req_mock_${id}` }
	};
}
