import { z } from 'zod';
import type { ItemContent, Job, ParseResult, Project, Role } from '$lib/domain';
import { SUMMARY_SENTENCES } from '../answer-size';
import type { ContentRules } from '../pipeline-settings';
import { parseParagraph } from '../parse-paragraph';
import {
	asData,
	bulletLines,
	describeEntry,
	orNone,
	projectHeading,
	roleHeading
} from '../prompt-data';
import { fitLength, tidyEntry } from '../tidy-text';
import { answerJsonSchema, describeShapeError, type StepDefinition } from './step-definition';

/** A role or project as it will appear on the CV: tailored and accepted, or kept as written. */
export interface SummarySource<T> {
	source: T;
	/** The accepted one-line summary (roles), or '' */
	text: string;
	bullets: readonly string[];
}

export interface ExecutiveSummaryInput {
	job: Job;
	headline: string;
	keyQualifications: readonly string[];
	roles: ReadonlyArray<SummarySource<Role>>;
	projects: ReadonlyArray<SummarySource<Project>>;
}

const AnswerSchema = z.object({ summary: z.string() });

function finish(paragraph: string, rules: ContentRules): ParseResult<ItemContent> {
	const text = fitLength(tidyEntry(paragraph), rules.maxExecutiveSummaryChars);
	if (text === '') return { ok: false, message: 'The answer has no summary text.' };
	return { ok: true, value: { text, bullets: [] } };
}

export const executiveSummaryStep: StepDefinition = {
	kind: 'executive_summary',
	prompt: 'executive-summary',
	jsonSchema: () =>
		answerJsonSchema('executive_summary', AnswerSchema, {
			summary: `One paragraph of ${SUMMARY_SENTENCES.min} to ${SUMMARY_SENTENCES.max} sentences.`
		}),
	fromJson(value, rules) {
		const parsed = AnswerSchema.safeParse(value);
		if (!parsed.success) return { ok: false, message: describeShapeError(parsed.error) };
		// The paragraph parser also drops a "Summary:" label or quotes the model put inside the field.
		return finish(parseParagraph(parsed.data.summary), rules);
	},
	fromText(text, rules) {
		return finish(parseParagraph(text), rules);
	}
};

export function executiveSummaryValues(
	input: ExecutiveSummaryInput,
	rules: ContentRules
): Record<string, string> {
	// Each role's strongest bullets are enough to pick "one or two concrete results" from, and
	// keep the last prompt of the run from growing with every accepted bullet.
	const experience = input.roles.map(({ source, text, bullets }) =>
		describeEntry(roleHeading(source), text, bullets.slice(0, rules.summaryBulletsPerRole))
	);
	const projects = input.projects.map(({ source, text, bullets }) =>
		describeEntry(projectHeading(source), text, bullets.slice(0, 1))
	);
	return {
		max_summary_chars: String(rules.maxExecutiveSummaryChars),
		min_sentences: String(SUMMARY_SENTENCES.min),
		max_sentences: String(SUMMARY_SENTENCES.max),
		job_title: orNone(input.job.title, 'the advertised job'),
		company: orNone(input.job.company, 'the company'),
		key_qualifications: asData(bulletLines(input.keyQualifications)),
		headline: orNone(asData(input.headline)),
		experience: asData(experience.join('\n')),
		projects: projects.length > 0 ? asData(projects.join('\n')) : ''
	};
}
