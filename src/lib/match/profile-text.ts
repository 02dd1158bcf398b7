import type { Profile } from '$lib/domain/profile';

/** The profile as the person wrote it, as one text: everything their own data names. */
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
		...profile.education.map((entry) =>
			[entry.degree, entry.field, entry.institution, entry.details].join(' ')
		),
		...profile.certifications.map((entry) => [entry.name, entry.issuer].join(' ')),
		...profile.languages.map((entry) => [entry.language, entry.fluency].join(' '))
	]
		.filter((part) => part.trim() !== '')
		.join('\n');
}
