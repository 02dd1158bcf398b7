import type { Profile } from '$lib/domain';

const LISTS: Record<string, { one: string; name: (entry: Record<string, unknown>) => string }> = {
	roles: { one: 'Role', name: (entry) => join(entry.title, entry.organization, ' at ') },
	projects: { one: 'Project', name: (entry) => String(entry.name ?? '') },
	education: { one: 'Education', name: (entry) => join(entry.degree, entry.institution, ', ') },
	certifications: { one: 'Certification', name: (entry) => String(entry.name ?? '') },
	languages: { one: 'Language', name: (entry) => String(entry.language ?? '') },
	skills: { one: 'Skill', name: (entry) => String(entry.name ?? '') }
};

const FIELDS: Record<string, string> = {
	organization: 'organization',
	accomplishments: 'accomplishment',
	current: 'still working there',
	keywords: 'keyword',
	tools: 'tool',
	url: 'address',
	talents: 'Talents (summary)'
};

function join(a: unknown, b: unknown, separator: string): string {
	return [a, b]
		.map((part) => String(part ?? ''))
		.filter((part) => part !== '')
		.join(separator);
}

/**
 * A field path of the import result in words a person can find on the review screen:
 * "roles.1.start" → "Role 2 (Ward Clerk at City Clinic): start".
 */
export function fieldLabel(path: string, profile: Profile | undefined): string {
	const [list, index, field, item] = path.split('.');
	if (list === 'talents') return FIELDS.talents!;
	if (list === 'header') {
		if (index === 'links')
			return `Link ${Number(field) + 1}${item ? `: ${FIELDS[item] ?? item}` : ''}`;
		return `Header: ${index ?? ''}`;
	}
	const kind = LISTS[list ?? ''];
	if (!kind) return path;
	// A dropped entry has no place in the profile: it is named by its kind alone.
	if (index === undefined) return `A ${kind.one.toLowerCase()}`;
	const entry = (profile?.[list as keyof Profile] as Record<string, unknown>[] | undefined)?.[
		Number(index)
	];
	const name = entry ? kind.name(entry) : '';
	const what = field
		? `: ${FIELDS[field] ?? field}${item !== undefined ? ` ${Number(item) + 1}` : ''}`
		: '';
	return `${kind.one} ${Number(index) + 1}${name ? ` (${name})` : ''}${what}`;
}
