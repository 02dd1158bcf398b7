import { z } from 'zod';
import type { ItemContent, Job, ParseResult, Role } from '$lib/domain';
import type { ContentRules } from '../pipeline-settings';
import { parseList } from '../parse-list';
import { asData, bulletLines, formatDates, jobAdBlock, labelled, orNone } from '../prompt-data';
import { fitLength, tidyEntry, tidyList } from '../tidy-text';
import {
	answerJsonSchema,
	describeShapeError,
	entryCount,
	type StepDefinition
} from './step-definition';

export interface RoleInput {
	job: Job;
	keyQualifications: readonly string[];
	role: Role;
}

const AnswerSchema = z.object({
	summary: z.string().default(''),
	bullets: z.array(z.string())
});

const SUMMARY_LABEL = /^(role )?(summary|overview|one-liner)\s*[:–-]\s*/i;

function finish(
	summary: string,
	bullets: readonly string[],
	rules: ContentRules
): ParseResult<ItemContent> {
	const kept = tidyList(bullets, {
		maxChars: rules.maxBulletChars,
		maxCount: rules.maxRoleBullets
	});
	if (kept.length === 0) return { ok: false, message: 'The answer has no bullets for this role.' };
	const text = fitLength(tidyEntry(summary).replace(SUMMARY_LABEL, ''), rules.maxRoleSummaryChars);
	return { ok: true, value: { text, bullets: kept } };
}

export const roleStep: StepDefinition = {
	kind: 'role',
	prompt: 'role',
	jsonSchema: (rules) =>
		answerJsonSchema('role_content', AnswerSchema, {
			bullets: entryCount(
				Math.min(rules.minRoleBullets, rules.maxRoleBullets),
				rules.maxRoleBullets
			)
		}),
	fromJson(value, rules) {
		const parsed = AnswerSchema.safeParse(value);
		if (!parsed.success) return { ok: false, message: describeShapeError(parsed.error) };
		return finish(parsed.data.summary, parsed.data.bullets, rules);
	},
	fromText(text, rules) {
		const { lead, entries } = parseList(text);
		return finish(lead[0] ?? '', entries, rules);
	}
};

/** The role's own data as the person wrote it (where it was is not needed to tailor it). */
export function describeRole(role: Role): string {
	const facts = labelled([
		['Title', role.title],
		['Organization', role.organization],
		['Dates', formatDates(role.start, role.end, role.current)],
		['About the role', role.description]
	]);
	if (role.accomplishments.length === 0) return facts;
	return `${facts}\nWhat the person did:\n${bulletLines(role.accomplishments)}`;
}

export function roleValues(input: RoleInput, rules: ContentRules): Record<string, string> {
	return {
		min_bullets: String(Math.min(rules.minRoleBullets, rules.maxRoleBullets)),
		max_bullets: String(rules.maxRoleBullets),
		max_bullet_chars: String(rules.maxBulletChars),
		max_summary_chars: String(rules.maxRoleSummaryChars),
		key_qualifications: asData(bulletLines(input.keyQualifications)),
		job_title: orNone(input.job.title, 'the advertised job'),
		company: orNone(input.job.company, 'the company'),
		job_ad: jobAdBlock(input.job.description, rules.jobExcerptChars),
		role: orNone(asData(describeRole(input.role)))
	};
}
