/**
 * A token estimate made before the call, so the pacer can hold a request back instead of letting
 * Groq reject it. Tokenizers average about four characters per token on English prose; the
 * estimate leans high (plus per-message framing) because an over-estimate only delays a request
 * until the real count arrives, while an under-estimate costs a 429.
 */
import type { LlmRequest } from './llm-client';

const CHARS_PER_TOKEN = 4;
const TOKENS_PER_MESSAGE = 4;
const TOKENS_PER_REQUEST = 3;
/** The JSON schema travels in the request too and Groq counts it. */
function schemaChars(request: LlmRequest): number {
	return request.jsonSchema ? JSON.stringify(request.jsonSchema.schema).length : 0;
}

export function estimatePromptTokens(request: LlmRequest): number {
	let tokens = TOKENS_PER_REQUEST;
	for (const message of request.messages) {
		tokens += Math.ceil(message.content.length / CHARS_PER_TOKEN) + TOKENS_PER_MESSAGE;
	}
	return tokens + Math.ceil(schemaChars(request) / CHARS_PER_TOKEN);
}

/** What Groq counts against the minute's token budget: the prompt plus the requested max tokens. */
export function estimateRequestTokens(request: LlmRequest): number {
	return estimatePromptTokens(request) + request.maxTokens;
}
