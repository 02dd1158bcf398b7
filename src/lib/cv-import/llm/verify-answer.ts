/**
 * Keeps only what the LLM copied from the CV: every value of the answer, section by section, goes
 * through the source checker, and the answer becomes a profile of what was found, with where each
 * value was found and a list of what was dropped. An importer must never invent a role, a date or
 * a number.
 */
import { LIMITS, newId, ProfileSchema, type Profile } from '$lib/domain';
import type { ProfileFieldPath, SourceSpan } from '../cv-import-result';
import type { CvAnswer } from './answer-schema';
import { normaliseText } from './find-in-text';
import { keepEntries, SourceChecker } from './source-checker';

export interface VerifiedAnswer {
	/** The answer as a profile, with every value that was not found left empty or left out. */
	profile: Profile;
	/** Where each kept value was found. */
	spans: SourceSpan[];
	dropped: { field: ProfileFieldPath; value: string }[];
}

const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');

export function verifyAnswer(
	answer: CvAnswer,
	text: string,
	makeId: () => string = newId
): VerifiedAnswer {
	const check = new SourceChecker(normaliseText(text));
	const { header } = answer;
	const links = header.links
		.map((link, index) => ({
			label: check.text(`header.links.${index}.label`, link.label),
			url: check.text(`header.links.${index}.url`, link.url, LIMITS.url)
		}))
		.filter((link) => link.url !== '')
		.slice(0, LIMITS.links);
	const roles = keepEntries(
		check,
		'roles',
		answer.roles,
		(field, index) => {
			const role = answer.roles[index]!;
			const start = check.date(`${field}.start`, role.start);
			return {
				id: makeId(),
				organization: check.text(`${field}.organization`, role.organization),
				title: check.text(`${field}.title`, role.title),
				location: check.text(`${field}.location`, role.location),
				start,
				end: check.date(`${field}.end`, role.end),
				current: check.ongoing(`${field}.current`, role.current, start),
				description: check.text(`${field}.description`, role.description, LIMITS.paragraph),
				accomplishments: check.list(
					`${field}.accomplishments`,
					role.bullets,
					LIMITS.bullet,
					LIMITS.accomplishmentsPerItem
				)
			};
		},
		(role) => [role.organization, role.title],
		(index) => {
			const role = answer.roles[index]!;
			return join(role.title, role.organization, role.start, role.end);
		},
		LIMITS.roles
	);
	const projects = keepEntries(
		check,
		'projects',
		answer.projects,
		(field, index) => {
			const project = answer.projects[index]!;
			return {
				id: makeId(),
				name: check.text(`${field}.name`, project.name),
				description: check.text(`${field}.description`, project.description, LIMITS.paragraph),
				tools: check.list(
					`${field}.tools`,
					project.tools,
					LIMITS.shortText,
					LIMITS.toolsPerProject
				),
				link: check.text(`${field}.link`, project.link, LIMITS.url)
			};
		},
		(project) => [project.name],
		(index) => answer.projects[index]!.name,
		LIMITS.projects
	);
	const education = keepEntries(
		check,
		'education',
		answer.education,
		(field, index) => {
			const entry = answer.education[index]!;
			return {
				id: makeId(),
				institution: check.text(`${field}.institution`, entry.institution),
				degree: check.text(`${field}.degree`, entry.degree),
				field: check.text(`${field}.field`, entry.field),
				location: check.text(`${field}.location`, entry.location),
				start: check.date(`${field}.start`, entry.start),
				end: check.date(`${field}.end`, entry.end),
				details: check.text(`${field}.details`, entry.details, LIMITS.paragraph)
			};
		},
		(entry) => [entry.institution, entry.degree],
		(index) => join(answer.education[index]!.degree, answer.education[index]!.institution),
		LIMITS.entriesPerStaticSection
	);
	const certifications = keepEntries(
		check,
		'certifications',
		answer.certifications,
		(field, index) => {
			const entry = answer.certifications[index]!;
			return {
				id: makeId(),
				name: check.text(`${field}.name`, entry.name),
				issuer: check.text(`${field}.issuer`, entry.issuer),
				date: check.date(`${field}.date`, entry.date),
				url: check.text(`${field}.url`, entry.url, LIMITS.url)
			};
		},
		(entry) => [entry.name],
		(index) => answer.certifications[index]!.name,
		LIMITS.entriesPerStaticSection
	);
	const languages = keepEntries(
		check,
		'languages',
		answer.languages,
		(field, index) => {
			const entry = answer.languages[index]!;
			return {
				id: makeId(),
				language: check.text(`${field}.language`, entry.language),
				fluency: check.text(`${field}.fluency`, entry.fluency)
			};
		},
		(entry) => [entry.language],
		(index) => answer.languages[index]!.language,
		LIMITS.entriesPerStaticSection
	);
	const skills = keepEntries(
		check,
		'skills',
		answer.skills,
		(field, index) => {
			const skill = answer.skills[index]!;
			return {
				id: makeId(),
				name: check.text(`${field}.name`, skill.name),
				level: check.text(`${field}.level`, skill.level),
				keywords: check.list(
					`${field}.keywords`,
					skill.keywords,
					LIMITS.shortText,
					LIMITS.keywordsPerSkill
				)
			};
		},
		(skill) => [skill.name],
		(index) => answer.skills[index]!.name,
		LIMITS.skills
	);
	const profile = ProfileSchema.parse({
		header: {
			name: check.text('header.name', header.name),
			headline: check.text('header.headline', header.headline),
			email: check.text('header.email', header.email),
			phone: check.text('header.phone', header.phone),
			location: check.text('header.location', header.location),
			links
		},
		talents: check.text('talents', answer.summary, LIMITS.talents),
		roles,
		projects,
		education,
		certifications,
		languages,
		skills
	});
	return { profile, spans: check.spans, dropped: check.dropped };
}
