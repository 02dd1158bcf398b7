import type { Profile } from '$lib/domain/profile';
import { allItems, type StructuredCv } from '$lib/domain/structured-cv';

/** The profile as the person wrote it, as one text: what the CV would say before tailoring. */
export function profileText(profile: Profile): string {
	return [
		profile.header.headline,
		profile.talents,
		...profile.roles.flatMap((role) => [
			role.title,
			role.organization,
			role.description,
			...role.accomplishments
		]),
		...profile.projects.flatMap((project) => [project.name, project.description, ...project.tools]),
		staticSectionsText(profile)
	]
		.filter((part) => part.trim() !== '')
		.join('\n');
}

/** Education, certifications and languages go into the CV as written, tailored or not. */
function staticSectionsText(profile: Profile): string {
	return [
		...profile.education.map((entry) =>
			[entry.degree, entry.field, entry.institution, entry.details].join(' ')
		),
		...profile.certifications.map((entry) => [entry.name, entry.issuer].join(' ')),
		...profile.languages.map((entry) => [entry.language, entry.fluency].join(' '))
	]
		.filter((part) => part.trim() !== '')
		.join('\n');
}

/**
 * What the tailored CV says so far: the accepted items plus the sections exported as written.
 * Items still to review do not count: the person has not agreed to them yet.
 */
export function acceptedCvText(cv: StructuredCv, profile: Profile): string {
	const items = allItems(cv)
		.filter((item) => item.status === 'accepted')
		.flatMap((item) => [item.content.text, ...item.content.bullets]);
	return [profile.header.headline, ...items, staticSectionsText(profile)]
		.filter((part) => part.trim() !== '')
		.join('\n');
}
