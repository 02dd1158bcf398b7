import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
	profile: 'Profile',
	header: 'Header',
	roles: 'Role',
	projects: 'Project',
	education: 'Education',
	certifications: 'Certification',
	languages: 'Language',
	skills: 'Skill',
	countryCode: 'country code',
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

/** zod's type names in words a person who never wrote code understands. */
const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	null: 'empty (null)',
	nan: 'not a number',
	bigint: 'a number'
};

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') {
		// zod names what it found only in the message ("…, received number").
		const received = /received (\w+)/.exec(issue.message)?.[1];
		if (received === 'undefined') return 'missing';
		const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
		return received
			? `should be ${expected}, not ${TYPE_WORDS[received] ?? received}`
			: `should be ${expected}`;
	}
	if (issue.code === 'invalid_value' && issue.values.length > 0) {
		return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
	}
	return issue.message;
}

/**
 * Turns a zod error into lines a person can act on: "Profile › Role #2 › start: Use a date like 2021-03".
 * At most `max` lines, with a count of the rest, so a badly broken file does not flood the screen.
 */
export function describeIssues(error: z.ZodError, max = 5): string {
	const lines = error.issues
		.slice(0, max)
		.map((issue) => `${describePath(issue.path)}: ${describeIssue(issue)}`);
	const rest = error.issues.length - max;
	if (rest > 0) lines.push(`…and ${rest} more problem${rest === 1 ? '' : 's'}.`);
	return lines.join('\n');
}
