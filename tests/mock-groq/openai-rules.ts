/**
 * What OpenAI refuses before it runs a model: parameters a model family does not take (reasoning
 * models want `max_completion_tokens` and the default temperature; older models know no
 * `reasoning_effort`), and a `json_schema` without a name or one that strict mode cannot take.
 */
import {
	invalidSchemaError,
	openAiError,
	unsupportedParameterError,
	unsupportedTemperatureError,
	type OpenAiErrorResponse
} from './openai-errors';
import type { MockChatRequest } from './responder';
import { strictSchemaProblem } from './strict-schema';

/** gpt-5 and the o-series: reasoning models, with their own parameter rules. */
export function isReasoningModel(model: string): boolean {
	return /^(?:gpt-5|o\d)/.test(model);
}

/** The 400 OpenAI answers `chat` with before running the model, or undefined. */
export function openAiRequestProblem(chat: MockChatRequest): OpenAiErrorResponse | undefined {
	const body = chat.body;
	if (isReasoningModel(chat.model)) {
		if (body.max_tokens !== undefined)
			return unsupportedParameterError('max_tokens', 'max_completion_tokens');
		if (body.temperature !== undefined && body.temperature !== 1)
			return unsupportedTemperatureError(body.temperature);
	} else if (body.reasoning_effort !== undefined) {
		return unsupportedParameterError('reasoning_effort');
	}
	const format = body.response_format as Record<string, unknown> | undefined;
	if (format?.type !== 'json_schema') return undefined;
	const jsonSchema = (format.json_schema ?? {}) as Record<string, unknown>;
	if (typeof jsonSchema.name !== 'string' || jsonSchema.name === '')
		return openAiError(
			400,
			"Missing required parameter: 'response_format.json_schema.name'.",
			'invalid_request_error',
			'missing_required_parameter',
			'response_format.json_schema.name'
		);
	if (jsonSchema.strict !== true) return undefined;
	const problem = strictSchemaProblem(jsonSchema.schema);
	return problem === undefined ? undefined : invalidSchemaError(jsonSchema.name, problem);
}
