import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
	profile: 'Profile',
	header: 'Header',
	roles: 'Role',
	projects: 'Project',
	education: 'Education',
	certifications: 'Certification',
	languages: 'Language',
	accomplishments: 'accomplishment',
	similarDescriptions: 'Similar job description',
	description: 'description',
	job: 'Job',
	cv: 'CV',
	sections: 'section',
	items: 'item',
	links: 'link'
};

function describePath(path: ReadonlyArray<PropertyKey>): string {
	if (path.length === 0) return 'The file';
	// "roles", 1, "start" reads as "Role #2 › start".
	const parts: string[] = [];
	for (const segment of path) {
		if (typeof segment === 'number' && parts.length > 0)
			parts[parts.length - 1] += ` #${segment + 1}`;
		else if (typeof segment === 'number') parts.push(`#${segment + 1}`);
		else parts.push(FIELD_NAMES[String(segment)] ?? String(segment));
	}
	return parts.join(' › ');
}

/**
 * Turns a zod error into lines a person can act on: "Profile › Role #2 › start: Use a date like 2021-03".
 * At most `max` lines, with a count of the rest, so a badly broken file does not flood the screen.
 */
export function describeIssues(error: z.ZodError, max = 5): string {
	const lines = error.issues
		.slice(0, max)
		.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
	const rest = error.issues.length - max;
	if (rest > 0) lines.push(`…and ${rest} more problem${rest === 1 ? '' : 's'}.`);
	return lines.join('\n');
}
