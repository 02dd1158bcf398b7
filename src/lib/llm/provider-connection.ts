/**
 * What a client needs to reach the chosen provider, read before every call: its preset, the key
 * (if any), the base URL, and how each model gives a structured answer. Also the instruction that
 * carries the schema in the prompt when the provider cannot enforce it.
 */
import type { LlmJsonSchema, LlmMessage } from './llm-client';
import type { ProviderPreset, StructuredOutputMode } from './provider-presets';

export interface ProviderConnection {
	preset: ProviderPreset;
	apiKey?: string;
	/** With the API's path prefix (`http://localhost:11434/v1`); Groq's is its origin only. */
	baseURL: string;
	/** The person's choice for this provider, else the preset's for this model. */
	structuredOutput: (model: string) => StructuredOutputMode;
}

/**
 * The request's messages with a note asking for JSON, and for this schema when there is one: JSON
 * mode alone promises valid JSON, not the shape, so the shape must be in the prompt (the answer is
 * then checked against the schema like a strict one). The note joins the first system message:
 * some chat templates refuse a system message anywhere but first.
 */
export function jsonInstruction(messages: LlmMessage[], schema?: LlmJsonSchema): LlmMessage[] {
	const note = schema
		? `Answer with one JSON object only, no other text, that follows this JSON schema:\n${JSON.stringify(schema.schema)}`
		: 'Answer with one JSON object only, no other text.';
	const [first, ...rest] = messages;
	if (first?.role === 'system')
		return [{ ...first, content: `${first.content}\n\n${note}` }, ...rest];
	return [{ role: 'system', content: note }, ...messages];
}
