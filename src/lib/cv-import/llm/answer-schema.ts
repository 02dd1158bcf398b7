/**
 * The shape the LLM must answer in when it structures a CV: the JSON schema sent with the
 * request (strict: every field required, empty when absent) and the zod schema its answer is read
 * with. Reading is lenient about nulls and missing fields, because a model in JSON mode (without
 * a schema) often writes them; everything it says is then checked against the CV text anyway.
 */
import { z } from 'zod';
import type { LlmJsonSchema } from '$lib/llm/llm-client';

const text = z
	.string()
	.nullish()
	.transform((value) => (value ?? '').trim());
const texts = z
	.array(z.string().nullish())
	.nullish()
	.transform((values) =>
		(values ?? []).map((value) => (value ?? '').trim()).filter((value) => value !== '')
	);
const list = <Shape extends z.ZodRawShape>(shape: Shape) =>
	z
		.array(z.object(shape))
		.nullish()
		.transform((values) => values ?? []);

export const CvAnswerSchema = z.object({
	header: z
		.object({
			name: text,
			headline: text,
			email: text,
			phone: text,
			location: text,
			links: list({ label: text, url: text })
		})
		.nullish()
		.transform(
			(header) =>
				header ?? { name: '', headline: '', email: '', phone: '', location: '', links: [] }
		),
	summary: text,
	roles: list({
		organization: text,
		title: text,
		location: text,
		start: text,
		end: text,
		current: z
			.boolean()
			.nullish()
			.transform((value) => value ?? false),
		description: text,
		bullets: texts
	}),
	projects: list({ name: text, description: text, tools: texts, link: text }),
	education: list({
		institution: text,
		degree: text,
		field: text,
		location: text,
		start: text,
		end: text,
		details: text
	}),
	certifications: list({ name: text, issuer: text, date: text, url: text }),
	languages: list({ language: text, fluency: text }),
	skills: list({ name: text, level: text, keywords: texts })
});
export type CvAnswer = z.infer<typeof CvAnswerSchema>;

const STRING = { type: 'string' } as const;
const STRINGS = { type: 'array', items: STRING } as const;

function object(properties: Record<string, unknown>): Record<string, unknown> {
	return {
		type: 'object',
		properties,
		required: Object.keys(properties),
		additionalProperties: false
	};
}

const strings = (...names: string[]) => Object.fromEntries(names.map((name) => [name, STRING]));
const arrayOf = (item: Record<string, unknown>) => ({ type: 'array', items: item });

export const CV_ANSWER_JSON_SCHEMA: LlmJsonSchema = {
	name: 'cv_import',
	schema: object({
		header: object({
			...strings('name', 'headline', 'email', 'phone', 'location'),
			links: arrayOf(object(strings('label', 'url')))
		}),
		summary: STRING,
		roles: arrayOf(
			object({
				...strings('organization', 'title', 'location', 'start', 'end'),
				current: { type: 'boolean' },
				description: STRING,
				bullets: STRINGS
			})
		),
		projects: arrayOf(object({ ...strings('name', 'description'), tools: STRINGS, link: STRING })),
		education: arrayOf(
			object(strings('institution', 'degree', 'field', 'location', 'start', 'end', 'details'))
		),
		certifications: arrayOf(object(strings('name', 'issuer', 'date', 'url'))),
		languages: arrayOf(object(strings('language', 'fluency'))),
		skills: arrayOf(object({ ...strings('name', 'level'), keywords: STRINGS }))
	})
};
