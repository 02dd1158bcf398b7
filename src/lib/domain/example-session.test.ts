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

	it('gives fresh ids each time, so loading it twice makes two separate sessions', () => {
		const first = exampleSession(1);
		const second = exampleSession(1);
		expect(second.id).not.toBe(first.id);
		expect(second.profile.roles[0]!.id).not.toBe(first.profile.roles[0]!.id);
		const roleIds = new Set(first.profile.roles.map((role) => role.id));
		expect(roleIds.size).toBe(5);
	});
});
