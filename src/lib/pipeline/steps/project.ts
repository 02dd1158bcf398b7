import { z } from 'zod';
import type { ItemContent, Job, ParseResult, Project } from '$lib/domain';
import type { ContentRules } from '../pipeline-settings';
import { parseList } from '../parse-list';
import { asData, bulletLines, jobAdBlock, labelled, orNone } from '../prompt-data';
import { tidyList } from '../tidy-text';
import {
	answerJsonSchema,
	describeShapeError,
	entryCount,
	type StepDefinition
} from './step-definition';

export interface ProjectInput {
	job: Job;
	keyQualifications: readonly string[];
	project: Project;
}

const AnswerSchema = z.object({ bullets: z.array(z.string()) });

function finish(bullets: readonly string[], rules: ContentRules): ParseResult<ItemContent> {
	const kept = tidyList(bullets, {
		maxChars: rules.maxBulletChars,
		maxCount: rules.maxProjectBullets
	});
	if (kept.length === 0)
		return { ok: false, message: 'The answer has no bullets for this project.' };
	return { ok: true, value: { text: '', bullets: kept } };
}

export const projectStep: StepDefinition = {
	kind: 'project',
	prompt: 'project',
	jsonSchema: (rules) =>
		answerJsonSchema('project_content', AnswerSchema, {
			bullets: entryCount(
				Math.min(rules.minProjectBullets, rules.maxProjectBullets),
				rules.maxProjectBullets
			)
		}),
	fromJson(value, rules) {
		const parsed = AnswerSchema.safeParse(Array.isArray(value) ? { bullets: value } : value);
		if (!parsed.success) return { ok: false, message: describeShapeError(parsed.error) };
		return finish(parsed.data.bullets, rules);
	},
	fromText(text, rules) {
		return finish(parseList(text).entries, rules);
	}
};

/** The project's own data; its link is exported as written and tells the model nothing. */
export function describeProject(project: Project): string {
	return labelled([
		['Name', project.name],
		['Description', project.description],
		['Tools', project.tools.join(', ')]
	]);
}

export function projectValues(input: ProjectInput, rules: ContentRules): Record<string, string> {
	return {
		min_bullets: String(Math.min(rules.minProjectBullets, rules.maxProjectBullets)),
		max_bullets: String(rules.maxProjectBullets),
		max_bullet_chars: String(rules.maxBulletChars),
		key_qualifications: asData(bulletLines(input.keyQualifications)),
		job_title: orNone(input.job.title, 'the advertised job'),
		company: orNone(input.job.company, 'the company'),
		job_ad: jobAdBlock(input.job.description, rules.jobExcerptChars),
		project: orNone(asData(describeProject(input.project)))
	};
}
