import { z } from 'zod';
import type { ItemContent, ItemKind, ParseResult } from '$lib/domain';
import type { LlmJsonSchema } from '$lib/llm/llm-client';
import type { ContentRules } from '../pipeline-settings';

export type StepPromptName =
	'key-qualifications' | 'role' | 'project' | 'executive-summary' | 'cover-letter';

/**
 * What one tailoring step knows about its own answer: which prompt file asks for it, the JSON
 * schema it is requested in, and how to read it back, from JSON or from free text, into an
 * item's content held to the length rules. Reading never throws: it says what is wrong.
 */
export interface StepDefinition {
	kind: ItemKind;
	prompt: StepPromptName;
	/**
	 * The prompt file has its own "system" section instead of the shared one (the cover letter:
	 * a letter speaks as "I", which the CV steps' system message forbids).
	 */
	ownSystem?: boolean;
	/** The schema for the current length rules (item counts are part of it). */
	jsonSchema(rules: ContentRules): LlmJsonSchema;
	fromJson(value: unknown, rules: ContentRules): ParseResult<ItemContent>;
	fromText(text: string, rules: ContentRules): ParseResult<ItemContent>;
}

/**
 * The JSON schema a step's answer is requested in, generated from the same zod object that
 * reads the answer back, so the two cannot drift. Groq's strict mode (`strict: true`) wants
 * every field required and no others: the object is made strict, and a field with a default
 * (lenient when reading) is still required of the model. Keywords Groq refuses or has no use
 * for are left out: zod writes no `minItems`/`maxItems` for a plain `z.array` (Groq answers 400
 * to them: counts go into `descriptions` and are checked after parsing), and `$schema` and
 * `default` are dropped.
 */
export function answerJsonSchema(
	name: string,
	answer: z.ZodObject,
	descriptions: Record<string, string> = {}
): LlmJsonSchema {
	const shape = Object.fromEntries(
		Object.entries(answer.shape).map(([field, schema]) => [
			field,
			descriptions[field] === undefined ? schema : schema.describe(descriptions[field])
		])
	);
	const generated = z.toJSONSchema(z.strictObject(shape), {
		io: 'output',
		override: ({ jsonSchema }) => {
			delete jsonSchema.default;
			// The description last, as for a field without a default: the request stays the same
			// byte for byte, so the response cache (keyed on it) still finds earlier answers.
			const { description } = jsonSchema;
			if (description !== undefined) {
				delete jsonSchema.description;
				jsonSchema.description = description;
			}
		}
	});
	const { $schema: _dialect, ...schema } = generated;
	return { name, schema };
}

/**
 * How many entries a list should have, in words for the schema's description (not as
 * `minItems`/`maxItems`, which Groq refuses: "minItems is not supported").
 */
export function entryCount(min: number, max: number): string {
	return `${min === max ? `Exactly ${min}` : `${min} to ${max}`} entries.`;
}

/** The first problem zod found, in words: 'the field "bullets" expected array, received string'. */
export function describeShapeError(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'The answer does not have the expected fields.';
	const field = issue.path.length > 0 ? `the field "${issue.path.join('.')}"` : 'the answer';
	return `In ${field}: ${issue.message}`;
}
