import type { z } from 'zod';
import type { ItemContent, ItemKind, ParseResult } from '$lib/domain';
import type { LlmJsonSchema } from '$lib/llm/llm-client';
import type { ContentRules } from '../pipeline-settings';

export type StepPromptName = 'key-qualifications' | 'role' | 'project' | 'executive-summary';

/**
 * What one tailoring step knows about its own answer: which prompt file asks for it, the JSON
 * schema it is requested in, and how to read it back, from JSON or from free text, into an
 * item's content held to the length rules. Reading never throws: it says what is wrong.
 */
export interface StepDefinition {
	kind: ItemKind;
	prompt: StepPromptName;
	/** The schema for the current length rules (item counts are part of it). */
	jsonSchema(rules: ContentRules): LlmJsonSchema;
	fromJson(value: unknown, rules: ContentRules): ParseResult<ItemContent>;
	fromText(text: string, rules: ContentRules): ParseResult<ItemContent>;
}

/** A strict-mode JSON schema (Groq `json_schema` with `strict: true` wants every field required). */
export function objectSchema(
	name: string,
	properties: Record<string, Record<string, unknown>>
): LlmJsonSchema {
	return {
		name,
		schema: {
			type: 'object',
			properties,
			required: Object.keys(properties),
			additionalProperties: false
		}
	};
}

/**
 * A list of strings, with the count the prompt asks for in its description. Not as
 * `minItems`/`maxItems`: Groq refuses a schema that has them ("invalid schema for response
 * format: … minItems is not supported"), so the count is checked after parsing instead.
 */
export function stringList(min: number, max: number): Record<string, unknown> {
	const count = min === max ? `Exactly ${min}` : `${min} to ${max}`;
	return { type: 'array', items: { type: 'string' }, description: `${count} entries.` };
}

/** The first problem zod found, in words: 'the field "bullets" expected array, received string'. */
export function describeShapeError(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'The answer does not have the expected fields.';
	const field = issue.path.length > 0 ? `the field "${issue.path.join('.')}"` : 'the answer';
	return `In ${field}: ${issue.message}`;
}
