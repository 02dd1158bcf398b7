import type { Finding } from './finding';
import type { Profile } from './profile';
import type { CvItem } from './structured-cv';

/**
 * "True, I forgot to mention it": puts the confirmed claim into the person's own data, where
 * every later prompt and check will find it. A tool of a project joins its tools; anything in a
 * role joins that role's accomplishments as the bullet it came from; the rest joins the talents.
 */
export function addConfirmedClaimToProfile(
	profile: Profile,
	item: CvItem,
	finding: Finding
): Profile {
	const line =
		(finding.bulletIndex >= 0 ? item.content.bullets[finding.bulletIndex] : undefined) ??
		finding.text;
	if (item.kind === 'role') {
		return {
			...profile,
			roles: profile.roles.map((role) =>
				role.id === item.sourceId && !role.accomplishments.includes(line)
					? { ...role, accomplishments: [...role.accomplishments, line].slice(0, 40) }
					: role
			)
		};
	}
	if (item.kind === 'project') {
		return {
			...profile,
			projects: profile.projects.map((project) => {
				if (project.id !== item.sourceId) return project;
				if (finding.kind === 'tool' && !project.tools.includes(finding.text)) {
					return { ...project, tools: [...project.tools, finding.text].slice(0, 40) };
				}
				return project.description.includes(line)
					? project
					: { ...project, description: `${project.description}\n${line}`.trim().slice(0, 5_000) };
			})
		};
	}
	if (profile.talents.includes(finding.text)) return profile;
	return { ...profile, talents: `${profile.talents}\n${line}`.trim().slice(0, 10_000) };
}
