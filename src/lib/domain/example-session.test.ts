import { describe, expect, it } from 'vitest';
import { allItems } from './structured-cv';
import { exampleSession } from './example-session';
import { SessionSchema } from './session';
import { LIMITS } from './limits';

describe('exampleSession', () => {
	it('is a valid session a new user can open at once', () => {
		const session = exampleSession(1_700_000_000_000);
		const parsed = SessionSchema.safeParse(session);
		expect(parsed.success).toBe(true);
		expect(session.createdAt).toBe(1_700_000_000_000);
		expect(allItems(session.cv)).toEqual([]);
	});

	it('has five roles, four projects and a job with three similar ads', () => {
		const { profile, job } = exampleSession(1);
		expect(profile.roles).toHaveLength(5);
		expect(profile.projects).toHaveLength(4);
		expect(job.similarDescriptions).toHaveLength(LIMITS.similarJobs);
		expect(profile.roles.filter((role) => role.current)).toHaveLength(1);
		for (const role of profile.roles) expect(role.accomplishments.length).toBeGreaterThan(0);
	});

	it('lists skills with levels and keywords, each keyword backed by the rest of the profile', () => {
		const { profile } = exampleSession(1);
		expect(profile.skills.length).toBeGreaterThanOrEqual(4);
		for (const skill of profile.skills) {
			expect(skill.level).not.toBe('');
			expect(skill.keywords.length).toBeGreaterThan(0);
		}
		// The example claims nothing its roles, projects and talents do not already say.
		const ownWords = JSON.stringify({ ...profile, skills: [] });
		for (const keyword of profile.skills.flatMap((skill) => skill.keywords)) {
			expect(ownWords, keyword).toContain(keyword);
		}
	});

	it('gives fresh ids each time, so loading it twice makes two separate sessions', () => {
		const first = exampleSession(1);
		const second = exampleSession(1);
		expect(second.id).not.toBe(first.id);
		expect(second.profile.roles[0]!.id).not.toBe(first.profile.roles[0]!.id);
		const roleIds = new Set(first.profile.roles.map((role) => role.id));
		expect(roleIds.size).toBe(5);
	});
});
