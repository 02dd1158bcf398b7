import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '$lib/domain';
import { defaultPipelineSettings } from '../pipeline-settings';
import { STEPS } from './index';

/** Every object in a JSON schema, nested ones included. */
function objects(schema: unknown): Record<string, unknown>[] {
	if (typeof schema !== 'object' || schema === null) return [];
	const values = Object.values(schema).flatMap(objects);
	return (schema as Record<string, unknown>).type === 'object'
		? [schema as Record<string, unknown>, ...values]
		: values;
}

describe('each step’s JSON schema (generated from its zod answer schema)', () => {
	const rules = defaultPipelineSettings().rules;

	it.each(ITEM_KINDS)('%s: what Groq’s strict mode accepts', (kind) => {
		const { schema } = STEPS[kind].jsonSchema(rules);
		for (const object of objects(schema)) {
			// Strict mode: every field required, no others.
			expect(object.required).toEqual(Object.keys(object.properties as object));
			expect(object.additionalProperties).toBe(false);
		}
		// Groq answers 400 to these; `$schema` and `default` it has no use for.
		expect(JSON.stringify(schema)).not.toMatch(
			/"(minItems|maxItems|minLength|maxLength|pattern|\$schema|default)"/
		);
	});

	it('asks for the key terms even though an answer without them still reads', () => {
		const step = STEPS.key_qualifications;
		expect(step.jsonSchema(rules).schema).toMatchObject({
			required: ['qualifications', 'key_terms']
		});
		const bare = step.fromJson({ qualifications: ['Python', 'SQL'] }, rules);
		expect(bare).toMatchObject({ ok: true, value: { bullets: ['Python', 'SQL'] } });
	});
});
