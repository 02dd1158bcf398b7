import { z } from 'zod';
import type { Job, ParseResult, ItemContent, Project, Role, Skill } from '$lib/domain';
import type { ContentRules } from '../pipeline-settings';
import { parseList } from '../parse-list';
import { asData, formatDates, orNone, talentsWithSkills } from '../prompt-data';
import { tidyList } from '../tidy-text';
import {
	answerJsonSchema,
	describeShapeError,
	entryCount,
	type StepDefinition
} from './step-definition';

export interface KeyQualificationsInput {
	job: Job;
	talents: string;
	/** The profile's Skills list; absent or empty leaves the talents as they are. */
	skills?: readonly Skill[];
	roles: readonly Role[];
	projects: readonly Project[];
}

const AnswerSchema = z.object({
	qualifications: z.array(z.string()),
	/**
	 * The ads' key terms (issue 17); the match panel keeps only those the ads say. Asked for
	 * always; an answer without them (a plain list) reads as none.
	 */
	key_terms: z.array(z.string()).default([])
});

function finish(
	phrases: readonly string[],
	rules: ContentRules,
	keyTerms: readonly string[] = []
): ParseResult<ItemContent> {
	const bullets = tidyList(phrases, {
		maxChars: rules.maxPhraseChars,
		maxCount: rules.keyQualificationCount
	});
	if (bullets.length === 0)
		return { ok: false, message: 'The answer lists no key qualifications.' };
	const terms = tidyList(keyTerms, { maxChars: rules.maxPhraseChars, maxCount: 40 });
	return {
		ok: true,
		value: { text: '', bullets, ...(terms.length > 0 ? { keyTerms: terms } : {}) }
	};
}

export const keyQualificationsStep: StepDefinition = {
	kind: 'key_qualifications',
	prompt: 'key-qualifications',
	jsonSchema: (rules) =>
		answerJsonSchema('key_qualifications', AnswerSchema, {
			qualifications: entryCount(rules.keyQualificationCount, rules.keyQualificationCount),
			key_terms: "The ads' key terms, each exactly as an ad writes it."
		}),
	fromJson(value, rules) {
		// A bare list is the same answer without its wrapper.
		const parsed = AnswerSchema.safeParse(Array.isArray(value) ? { qualifications: value } : value);
		if (!parsed.success) return { ok: false, message: describeShapeError(parsed.error) };
		return finish(parsed.data.qualifications, rules, parsed.data.key_terms);
	},
	fromText(text, rules) {
		return finish(parseList(text).entries, rules);
	}
};

/** The whole job context: the one step that reads every ad in full, to distil them. */
export function keyQualificationsValues(
	input: KeyQualificationsInput,
	rules: ContentRules
): Record<string, string> {
	const similar = input.job.similarDescriptions
		.map((text) => text.trim())
		.filter((text) => text !== '')
		.map((text) => `<job_ad>\n${asData(text)}\n</job_ad>`);
	const experience = [
		...input.roles.map((role) => {
			const dates = formatDates(role.start, role.end, role.current);
			const where = [role.title, role.organization].filter((part) => part.trim() !== '').join(', ');
			return `- ${where || 'Role'}${dates ? ` (${dates})` : ''}`;
		}),
		...input.projects.map((project) => {
			const tools = project.tools.length > 0 ? ` (${project.tools.join(', ')})` : '';
			return `- Side project: ${project.name || 'untitled'}${tools}`;
		})
	];
	return {
		count: String(rules.keyQualificationCount),
		max_phrase_chars: String(rules.maxPhraseChars),
		job_title: orNone(input.job.title, 'the advertised job'),
		company: orNone(input.job.company, 'the company'),
		job_description: orNone(asData(input.job.description)),
		similar_job_ads:
			similar.length > 0
				? `Similar job ads:\n${similar.join('\n')}`
				: 'Similar job ads: none given.',
		talents: orNone(asData(talentsWithSkills(input.talents, input.skills ?? []))),
		experience: experience.length > 0 ? asData(experience.join('\n')) : '(none given)'
	};
}
