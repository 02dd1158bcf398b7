import { z } from 'zod';
import { LIMITS } from './limits';
import { boundedList, boundedText, optionalText, uniqueIds } from './text';

/** A month ("2021-03") or a year ("2021"); empty when not known. */
const MONTH_PATTERN = /^$|^\d{4}(-(0[1-9]|1[0-2]))?$/;
// No separate length check: the anchored pattern already bounds the length, and a second message
// ("Too long: at most 10 characters") would only confuse someone who typed "spring 2018".
export const MonthSchema = z
	.string()
	.refine((value) => MONTH_PATTERN.test(value), {
		message: 'Use a date like 2021-03 (year and month) or 2021.'
	})
	.default('');

const IdSchema = z.string().min(1).max(100);

export const LinkSchema = z.object({
	label: optionalText(LIMITS.shortText),
	url: boundedText(LIMITS.url),
	/**
	 * The person's name on that network, as JSON Resume profiles carry it; not printed. Optional
	 * (not defaulted) so records and code from before it existed stay valid as they are.
	 */
	username: boundedText(LIMITS.shortText).optional()
});
export type Link = z.infer<typeof LinkSchema>;

export const HeaderSchema = z.object({
	name: optionalText(LIMITS.shortText),
	headline: optionalText(LIMITS.shortText),
	email: optionalText(LIMITS.shortText),
	phone: optionalText(LIMITS.shortText),
	/** The place as the CV prints it: "Zürich, Switzerland", "Remote". */
	location: optionalText(LIMITS.shortText),
	/**
	 * ISO 3166-1 alpha-2 ("CH") when an import brought one; not printed (the location says the
	 * country in words), kept so a JSON Resume export gives other tools the code back. Optional,
	 * like `Link.username`.
	 */
	countryCode: boundedText(LIMITS.shortText).optional(),
	links: boundedList(LinkSchema, LIMITS.links, 'links').default([])
});
export type Header = z.infer<typeof HeaderSchema>;

export const RoleSchema = z.object({
	id: IdSchema,
	organization: optionalText(LIMITS.shortText),
	title: optionalText(LIMITS.shortText),
	location: optionalText(LIMITS.shortText),
	start: MonthSchema,
	end: MonthSchema,
	/** True when the person still holds the role; `end` is then ignored. */
	current: z.boolean().default(false),
	description: optionalText(LIMITS.paragraph),
	accomplishments: boundedList(
		boundedText(LIMITS.bullet),
		LIMITS.accomplishmentsPerItem,
		'accomplishments'
	).default([])
});
export type Role = z.infer<typeof RoleSchema>;

export const ProjectSchema = z.object({
	id: IdSchema,
	name: optionalText(LIMITS.shortText),
	description: optionalText(LIMITS.paragraph),
	tools: boundedList(boundedText(LIMITS.shortText), LIMITS.toolsPerProject, 'tools').default([]),
	link: optionalText(LIMITS.url)
});
export type Project = z.infer<typeof ProjectSchema>;

export const EducationSchema = z.object({
	id: IdSchema,
	institution: optionalText(LIMITS.shortText),
	degree: optionalText(LIMITS.shortText),
	field: optionalText(LIMITS.shortText),
	location: optionalText(LIMITS.shortText),
	start: MonthSchema,
	end: MonthSchema,
	details: optionalText(LIMITS.paragraph)
});
export type Education = z.infer<typeof EducationSchema>;

export const CertificationSchema = z.object({
	id: IdSchema,
	name: optionalText(LIMITS.shortText),
	issuer: optionalText(LIMITS.shortText),
	date: MonthSchema,
	url: optionalText(LIMITS.url)
});
export type Certification = z.infer<typeof CertificationSchema>;

export const LanguageSchema = z.object({
	id: IdSchema,
	language: optionalText(LIMITS.shortText),
	fluency: optionalText(LIMITS.shortText)
});
export type Language = z.infer<typeof LanguageSchema>;

/**
 * A skill as JSON Resume has it: a name ("Phlebotomy", "Python"), an optional level in the
 * person's words ("Advanced", "C1") and keywords that belong under it. Kept as data so exports can
 * put the skills a job asks for first and the guard can count them as the person's own facts.
 */
export const SkillSchema = z.object({
	id: IdSchema,
	name: optionalText(LIMITS.shortText),
	level: optionalText(LIMITS.shortText),
	keywords: boundedList(boundedText(LIMITS.shortText), LIMITS.keywordsPerSkill, 'keywords').default(
		[]
	)
});
export type Skill = z.infer<typeof SkillSchema>;

export const ProfileSchema = z
	.object({
		header: HeaderSchema.default(HeaderSchema.parse({})),
		/** Free text: what the person is good at, in their own words. Feeds key qualifications. */
		talents: optionalText(LIMITS.talents),
		roles: boundedList(RoleSchema, LIMITS.roles, 'roles').default([]),
		projects: boundedList(ProjectSchema, LIMITS.projects, 'projects').default([]),
		education: boundedList(
			EducationSchema,
			LIMITS.entriesPerStaticSection,
			'education entries'
		).default([]),
		certifications: boundedList(
			CertificationSchema,
			LIMITS.entriesPerStaticSection,
			'certifications'
		).default([]),
		languages: boundedList(LanguageSchema, LIMITS.entriesPerStaticSection, 'languages').default([]),
		skills: boundedList(SkillSchema, LIMITS.skills, 'skills').default([])
	})
	.superRefine((profile, context) => {
		for (const list of [
			'roles',
			'projects',
			'education',
			'certifications',
			'languages',
			'skills'
		] as const)
			uniqueIds(profile[list], context, [list]);
	});
export type Profile = z.infer<typeof ProfileSchema>;

export function emptyProfile(): Profile {
	return ProfileSchema.parse({});
}
