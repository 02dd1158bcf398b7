import type { Finding } from './finding';
import type { Profile } from './profile';
import { allItems, type CvItem, type StructuredCv } from './structured-cv';

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

function sameClaim(a: Finding, b: Finding): boolean {
	return a.kind === b.kind && a.text === b.text && a.bulletIndex === b.bulletIndex;
}

/**
 * Undo brings back an earlier profile but keeps the tailored CV as it is now. A finding the
 * person confirmed ("True, add to profile") lives in both: the claim in the profile, the
 * `confirmed` mark on the CV item. So the mark follows the profile: each finding still on the
 * CV takes the confirmation its twin (same item, same claim in the same place) had in the state
 * undo goes back to. A finding written since has no twin and stays as it is.
 */
export function withConfirmationsOf(source: StructuredCv, cv: StructuredCv): StructuredCv {
	const sourceItems = new Map(allItems(source).map((item) => [item.id, item]));
	let changed = false;
	const sections = cv.sections.map((section) => ({
		...section,
		items: section.items.map((item) => {
			const twin = sourceItems.get(item.id);
			if (!twin) return item;
			const findings = item.findings.map((finding) => {
				const match = twin.findings.find((other) => sameClaim(other, finding));
				if (!match || match.confirmed === finding.confirmed) return finding;
				changed = true;
				return { ...finding, confirmed: match.confirmed };
			});
			return findings.some((finding, index) => finding !== item.findings[index])
				? { ...item, findings }
				: item;
		})
	}));
	return changed ? { sections } : cv;
}
