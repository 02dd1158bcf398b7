import { LIMITS } from '$lib/domain/limits';
import { ProfileSchema, type Profile } from '$lib/domain/profile';

/**
 * Makes a parsed profile pass the profile schema's limits, which a real CV never reaches but a
 * mis-read one can (a "title" that swallowed a paragraph, 70 skills). Over-long values are left
 * empty and the field marked unsure; lists keep their first entries. Each change is a note.
 */
type Container = Record<string, unknown> | unknown[];

const LIST_LIMITS: Record<string, number> = {
	roles: LIMITS.roles,
	projects: LIMITS.projects,
	education: LIMITS.entriesPerStaticSection,
	certifications: LIMITS.entriesPerStaticSection,
	languages: LIMITS.entriesPerStaticSection,
	skills: LIMITS.skills,
	links: LIMITS.links,
	accomplishments: LIMITS.accomplishmentsPerItem,
	tools: LIMITS.toolsPerProject,
	keywords: LIMITS.keywordsPerSkill
};

export function fitToLimits(profile: Profile): {
	profile: Profile;
	notes: string[];
	unsure: string[];
} {
	const notes: string[] = [];
	const unsure: string[] = [];
	const copy = structuredClone(profile) as unknown as Container;
	for (let attempt = 0; attempt < 10; attempt += 1) {
		const parsed = ProfileSchema.safeParse(copy);
		if (parsed.success) return { profile: parsed.data, notes, unsure };
		for (const issue of parsed.error.issues) {
			const path = issue.path.map(String);
			let parent: Container = copy;
			for (const key of path.slice(0, -1)) parent = (parent as Record<string, Container>)[key]!;
			const key = path[path.length - 1]!;
			const value = (parent as Record<string, unknown>)[key];
			if (typeof value === 'string') {
				(parent as Record<string, unknown>)[key] = '';
				unsure.push(path.join('.'));
				notes.push(`Left ${path.join('.')} empty: what was read there is too long to be one.`);
			} else if (Array.isArray(value) && LIST_LIMITS[key] !== undefined) {
				value.length = Math.min(value.length, LIST_LIMITS[key]);
				notes.push(`Kept only the first ${LIST_LIMITS[key]} entries of ${path.join('.')}.`);
			}
		}
	}
	throw new Error('The imported profile does not fit the profile schema.');
}
