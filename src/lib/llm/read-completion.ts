/**
 * A chat completion as the app uses it, from any OpenAI-compatible provider: the wire shape read
 * through a schema, reasoning kept apart, code fences stripped from JSON, and an answer that is
 * cut off, empty, not JSON or not the requested shape refused with an `invalid_output` error the
 * pipeline can repair. The text stays untrusted: the pipeline parses it with its own schemas.
 */
import { checkJsonSchema } from './check-json-schema';
import { splitReasoning, stripCodeFence } from './clean-model-text';
import { GroqChatCompletionSchema } from './groq-wire';
import type { LlmRequest, LlmResult } from './llm-client';
import { LlmError } from './llm-error';

const MAX_PROBLEMS_SHOWN = 3;

/** `provider` names who answered, for the message when the shape is wrong. */
export function readCompletion(
	request: LlmRequest,
	data: unknown,
	rateLimit: LlmResult['rateLimit'],
	provider = 'Groq'
): LlmResult {
	const parsed = GroqChatCompletionSchema.safeParse(data);
	if (!parsed.success) {
		throw new LlmError('server', {
			provider,
			message: `${provider}'s answer was not in the expected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message}).`,
			rateLimit
		});
	}
	const completion = parsed.data;
	const choice = completion.choices[0] as (typeof completion.choices)[number];
	const split = splitReasoning(choice.message.content ?? '');
	const reasoning = [choice.message.reasoning?.trim(), split.reasoning]
		.filter((part): part is string => Boolean(part))
		.join('\n\n');
	const usage = completion.usage;
	const wantsJson = Boolean(request.jsonSchema || request.jsonObject);
	const text = wantsJson ? stripCodeFence(split.text) : split.text;
	const completionTokens = usage?.completion_tokens ?? 0;
	// Cut off at the token cap: whatever came is unfinished, so it is never used.
	if (choice.finish_reason === 'length') throw cutOffError(request, completionTokens, rateLimit);
	try {
		if (text === '') {
			throw new LlmError('invalid_output', {
				rateLimit,
				message: 'The model returned an empty answer.'
			});
		}
		if (wantsJson) checkJson(text, request, rateLimit);
	} catch (error) {
		// An empty or broken answer that used its whole allowance was cut off, even where the
		// provider did not say so.
		if (completionTokens >= request.maxTokens)
			throw cutOffError(request, completionTokens, rateLimit);
		throw error;
	}
	return {
		text,
		...(reasoning ? { reasoning } : {}),
		usage: {
			promptTokens: usage?.prompt_tokens ?? 0,
			completionTokens: usage?.completion_tokens ?? 0,
			totalTokens: usage?.total_tokens ?? 0
		},
		model: completion.model,
		fromCache: false,
		...(choice.finish_reason ? { finishReason: choice.finish_reason } : {}),
		...(rateLimit ? { rateLimit } : {}),
		...(typeof usage?.total_time === 'number' ? { serverTimeMs: usage.total_time * 1000 } : {})
	};
}

function checkJson(text: string, request: LlmRequest, rateLimit: LlmResult['rateLimit']): void {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new LlmError('invalid_output', {
			rateLimit,
			message: 'The model was asked for JSON but its answer is not valid JSON.'
		});
	}
	if (!request.jsonSchema) return;
	const problems = checkJsonSchema(value, request.jsonSchema.schema);
	if (problems.length > 0) {
		throw new LlmError('invalid_output', {
			rateLimit,
			message: `The model's JSON does not follow the requested shape: ${problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ')}${problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : ''}.`
		});
	}
}

function cutOffError(
	request: LlmRequest,
	completionTokens: number,
	rateLimit: LlmResult['rateLimit']
): LlmError {
	return new LlmError('invalid_output', {
		rateLimit,
		cutOff: { maxTokens: request.maxTokens, completionTokens },
		message: `The answer was cut off: the model used all ${request.maxTokens.toLocaleString('en')} tokens it was given before it finished.`,
		action: 'Press Retry; the app gives this step more room from now on.'
	});
}
