/**
 * An answer as an OpenAI-compatible server sends it: one `chat.completion` object, or, when the
 * client asked for `stream: true`, server-sent events of `chat.completion.chunk` objects ending in
 * `data: [DONE]`, paced like a model that writes a few tokens at a time. Shared by the OpenAI-style
 * and Ollama-style modes.
 */
import type { ServerResponse } from 'node:http';
import { sendJson, type RecordedRequest } from './http-wire';
import { countCompletionTokens, type MockChatRequest } from './responder';
import { sendBroken, spoilAnswer } from './spoil-answer';

export interface CompletionParts {
	id: string;
	chat: MockChatRequest;
	/** The full answer; cut to `chat.maxTokens` here when it does not fit. */
	answer: string;
	promptTokens: number;
	fingerprint: string;
}

export interface Completion {
	body: {
		id: string;
		object: 'chat.completion';
		created: number;
		model: string;
		system_fingerprint: string;
		choices: {
			index: number;
			message: { role: 'assistant'; content: string };
			finish_reason: 'stop' | 'length';
		}[];
		usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
	};
	content: string;
	finishReason: 'stop' | 'length';
}

/** The completion for `parts`; an answer longer than `max_tokens` stops there with `length`. */
export function completionOf(parts: CompletionParts): Completion {
	const needed = countCompletionTokens(parts.answer);
	const cutOff = needed > parts.chat.maxTokens;
	const content = cutOff ? parts.answer.slice(0, parts.chat.maxTokens * 4) : parts.answer;
	const completionTokens = cutOff ? parts.chat.maxTokens : needed;
	const finishReason = cutOff ? 'length' : 'stop';
	return {
		content,
		finishReason,
		body: {
			id: parts.id,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: parts.chat.model,
			system_fingerprint: parts.fingerprint,
			choices: [
				{
					index: 0,
					message: { role: 'assistant', content },
					finish_reason: finishReason
				}
			],
			usage: {
				prompt_tokens: parts.promptTokens,
				completion_tokens: completionTokens,
				total_tokens: parts.promptTokens + completionTokens
			}
		}
	};
}

export interface Pace {
	/** Milliseconds before the first chunk (the model reading the prompt). */
	firstTokenMs: number;
	/** Milliseconds between chunks. */
	chunkIntervalMs: number;
	/** Characters per chunk (a few tokens). */
	chunkChars: number;
}

/** How long writing `text` at `pace` takes: a non-streamed answer waits the same time. */
export function writingTimeMs(text: string, pace: Pace): number {
	const chunks = Math.max(1, Math.ceil(text.length / pace.chunkChars));
	return pace.firstTokenMs + (chunks - 1) * pace.chunkIntervalMs;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Streams `completion` as server-sent events. The usage comes as a last chunk with no choices
 * when the client asked for it (`stream_options.include_usage`), as OpenAI and Ollama send it.
 * A client that hangs up mid-stream stops the writing.
 */
export async function streamCompletion(
	response: ServerResponse,
	record: RecordedRequest,
	completion: Completion,
	pace: Pace,
	headers: Record<string, string> = {}
): Promise<void> {
	const { body, content } = completion;
	record.status = 200;
	response.writeHead(200, {
		'content-type': 'text/event-stream',
		'cache-control': 'no-cache',
		connection: 'keep-alive',
		...headers
	});
	const chunk = (delta: Record<string, string>, finish: string | null) => ({
		id: body.id,
		object: 'chat.completion.chunk',
		created: body.created,
		model: body.model,
		system_fingerprint: body.system_fingerprint,
		choices: [{ index: 0, delta, finish_reason: finish }]
	});
	const send = (data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
	let closed = false;
	response.on('close', () => (closed = true));

	await sleep(pace.firstTokenMs);
	const pieces = content.match(new RegExp(`[\\s\\S]{1,${pace.chunkChars}}`, 'g')) ?? [''];
	for (const [index, piece] of pieces.entries()) {
		if (closed) return;
		if (index > 0) await sleep(pace.chunkIntervalMs);
		send(chunk(index === 0 ? { role: 'assistant', content: piece } : { content: piece }, null));
	}
	if (closed) return;
	send(chunk({}, completion.finishReason));
	const options = record.body as { stream_options?: { include_usage?: boolean } } | undefined;
	if (options?.stream_options?.include_usage === true)
		send({ ...chunk({}, null), choices: [], usage: body.usage });
	response.end('data: [DONE]\n\n');
}

export interface AnswerToWrite {
	id: string;
	chat: MockChatRequest;
	answer: string;
	promptTokens: number;
	fingerprint: string;
	/** The fault applied to this request (a content or transport fault acts here). */
	fault: string | undefined;
	pace: Pace;
	/** A non-streamed answer waits for the whole writing (a local model), not just the first token. */
	waitForWholeAnswer: boolean;
	headers?: Record<string, string>;
}

/** Sends an answer the client asked for, streamed or whole, spoiled as its fault says. */
export async function writeAnswer(
	response: ServerResponse,
	record: RecordedRequest,
	parts: AnswerToWrite
): Promise<void> {
	const answer = spoilAnswer(parts.fault, parts.answer, parts.chat.jsonSchema);
	// A `length` fault: the answer runs out of room half-way, as with too small a cap.
	const chat =
		parts.fault === 'length'
			? { ...parts.chat, maxTokens: Math.ceil(answer.length / 8) }
			: parts.chat;
	const completion = completionOf({ ...parts, chat, answer });
	record.usage = {
		promptTokens: parts.promptTokens,
		completionTokens: completion.body.usage.completion_tokens,
		finishReason: completion.finishReason
	};
	const headers = parts.headers ?? {};
	if (chat.body.stream === true && parts.fault !== 'hang')
		return streamCompletion(response, record, completion, parts.pace, headers);
	await sleep(
		parts.waitForWholeAnswer
			? writingTimeMs(completion.content, parts.pace)
			: parts.pace.firstTokenMs
	);
	const text = JSON.stringify(completion.body);
	if (sendBroken(parts.fault, response, record, text, headers)) return;
	sendJson(response, record, 200, completion.body, headers);
}
