import type { CvItem, Profile } from '$lib/domain';

/** "Role 2: Data Engineer at Łódź Retail", "Project: tram-delays", "Key qualifications". */
export function itemLabel(item: CvItem, profile: Profile): string {
	switch (item.kind) {
		case 'key_qualifications':
			return 'Key qualifications';
		case 'executive_summary':
			return 'Executive summary';
		case 'cover_letter':
			return 'Cover letter';
		case 'role': {
			const index = profile.roles.findIndex((role) => role.id === item.sourceId);
			const role = profile.roles[index];
			const name = role ? [role.title, role.organization].filter(Boolean).join(' at ') : '';
			return `Role ${index + 1}${name ? `: ${name}` : ''}`;
		}
		case 'project': {
			const project = profile.projects.find((entry) => entry.id === item.sourceId);
			return `Project${project?.name ? `: ${project.name}` : ''}`;
		}
	}
}

/** What an excluded item's status reads: a role kept as written, or no letter at all. */
export function excludedLabel(item: Pick<CvItem, 'kind'>): string {
	return item.kind === 'cover_letter' ? 'Not wanted' : 'Kept as written';
}

/** The person's own words for this item, shown beside the tailored version to judge faithfulness. */
export function originalLines(item: CvItem, profile: Profile): string[] {
	if (item.kind === 'role') {
		const role = profile.roles.find((entry) => entry.id === item.sourceId);
		return role ? [role.description, ...role.accomplishments].filter((line) => line.trim()) : [];
	}
	if (item.kind === 'project') {
		const project = profile.projects.find((entry) => entry.id === item.sourceId);
		if (!project) return [];
		return [
			project.description,
			project.tools.length ? `Tools: ${project.tools.join(', ')}` : ''
		].filter((line) => line.trim());
	}
	return [];
}
