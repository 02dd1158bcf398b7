/**
 * The chat-completions body in the OpenAI dialect a preset describes: which field caps the answer,
 * whether `reasoning_effort` may be sent, and how the structured answer is asked for (a strict
 * schema, JSON mode with the schema in the prompt, or plain text). Pure, so each dialect's body is
 * tested without a server.
 */
import type { LlmRequest } from './llm-client';
import { jsonInstruction, type ProviderConnection } from './provider-connection';
import { presetTakesReasoningEffort, type StructuredOutputMode } from './provider-preset';

export function openAiRequestBody(
	connection: ProviderConnection,
	request: LlmRequest,
	mode: StructuredOutputMode
): Record<string, unknown> {
	const { preset } = connection;
	const strict = request.jsonSchema !== undefined && mode === 'json_schema';
	const wantsJson = request.jsonSchema !== undefined || request.jsonObject === true;
	const jsonMode = wantsJson && !strict && preset.acceptsJsonObject && mode !== 'text';
	const messages =
		wantsJson && !strict ? jsonInstruction(request.messages, request.jsonSchema) : request.messages;
	return {
		model: request.model,
		messages,
		temperature: request.temperature,
		[preset.tokenField]: request.maxTokens,
		stream: false,
		...(request.reasoningEffort && presetTakesReasoningEffort(preset, request.model)
			? { reasoning_effort: request.reasoningEffort }
			: {}),
		...(strict && request.jsonSchema
			? {
					response_format: {
						type: 'json_schema',
						json_schema: {
							name: request.jsonSchema.name,
							schema: request.jsonSchema.schema,
							strict: true
						}
					}
				}
			: jsonMode
				? { response_format: { type: 'json_object' } }
				: {})
	};
}
