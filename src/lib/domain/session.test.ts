import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';
import { exampleSession } from './example-session';
import {
	createSession,
	duplicateSession,
	SESSION_SCHEMA_VERSION,
	SessionSchema,
	summarizeSession
} from './session';
import { transitionItem } from './structured-cv';

describe('createSession', () => {
	it('makes a valid, empty session with the given name and time', () => {
		const session = createSession('  Data Engineer at Acme  ', 1_000);
		expect(SessionSchema.safeParse(session).success).toBe(true);
		expect(session).toMatchObject({
			schemaVersion: SESSION_SCHEMA_VERSION,
			name: 'Data Engineer at Acme',
			createdAt: 1_000,
			updatedAt: 1_000,
			revision: 0,
			exportPreferences: { template: 'classic', paper: 'a4' }
		});
		expect(session.profile.roles).toEqual([]);
		expect(session.cv.sections).toHaveLength(5);
	});

	it('names a session with a blank name so it can still be saved', () => {
		expect(createSession('   ', 1).name).toBe('Untitled application');
	});

	it('gives every session its own id', () => {
		expect(createSession('a', 1).id).not.toBe(createSession('a', 1).id);
	});
});

describe('SessionSchema', () => {
	it('refuses a blank name with advice', () => {
		const result = SessionSchema.safeParse({ ...createSession('x', 1), name: '   ' });
		expect(result.success).toBe(false);
		expect(describeIssues(result.error!)).toBe(
			'name: Give the session a name, e.g. the job you apply for.'
		);
	});

	it('refuses a record from another schema version', () => {
		const result = SessionSchema.safeParse({ ...createSession('x', 1), schemaVersion: 2 });
		expect(result.success).toBe(false);
	});

	it('points into the nested profile and CV when they are wrong', () => {
		const session = createSession('x', 1);
		const result = SessionSchema.safeParse({
			...session,
			profile: { roles: [{ id: 'a' }, { id: 'b', end: '2021-13' }] },
			cv: {
				sections: [{ kind: 'experience', items: [{ id: 'i', kind: 'role', status: 'done' }] }]
			}
		});
		expect(result.success).toBe(false);
		const lines = describeIssues(result.error!).split('\n');
		expect(lines).toContain(
			'Profile › Role #2 › end: Use a date like 2021-03 (year and month) or 2021.'
		);
		expect(lines.some((line) => line.startsWith('CV › section #1 › item #1 › status:'))).toBe(true);
	});
});

describe('duplicateSession', () => {
	it('copies profile, job and CV under a new id and name, without sharing objects', () => {
		const source = { ...exampleSession(1_000), revision: 7 };
		const experience = source.cv.sections[1]!;
		experience.items.push({
			id: 'item-1',
			kind: 'role',
			sourceId: source.profile.roles[0]!.id,
			status: 'accepted',
			content: { text: 'Led the team', bullets: [] },
			versions: [],
			feedback: '',
			excluded: false,
			findings: [],
			updatedAt: 1_000
		});
		const copy = duplicateSession(source, 5_000);

		expect(copy.id).not.toBe(source.id);
		expect(copy.name).toBe(`${source.name} (copy)`);
		expect(copy).toMatchObject({ createdAt: 5_000, updatedAt: 5_000, revision: 0 });
		expect(copy.profile).toEqual(source.profile);
		expect(copy.job).toEqual(source.job);
		expect(copy.cv).toEqual(source.cv);

		// Editing the copy must never change the original.
		copy.profile.roles[0]!.title = 'Changed';
		const changed = transitionItem(copy.cv, 'item-1', 'to_review', 6_000);
		expect(source.profile.roles[0]!.title).toBe('Senior Data Engineer');
		expect(changed).not.toBe(source.cv);
		expect(source.cv.sections[1]!.items[0]!.status).toBe('accepted');
	});

	it('keeps a long name within the limit so the copy still validates', () => {
		const source = createSession('n'.repeat(200), 1);
		const copy = duplicateSession(source, 2);
		expect(copy.name).toHaveLength(200);
		expect(SessionSchema.safeParse(copy).success).toBe(true);
	});
});

describe('summarizeSession', () => {
	it('shows who applies for what', () => {
		const session = exampleSession(42);
		expect(summarizeSession(session)).toEqual({
			id: session.id,
			name: 'Lead Data Engineer – Acme Mobility',
			updatedAt: 42,
			personName: 'Zoë Łukasiewicz-Müller',
			jobTitle: 'Lead Data Engineer',
			company: 'Acme Mobility'
		});
	});
});

describe('addUsage', () => {
	it('adds what Groq reported, and counts a cached answer as free', async () => {
		const { addUsage } = await import('./session');
		const start = { requests: 1, promptTokens: 100, completionTokens: 50, cachedAnswers: 0 };
		expect(
			addUsage(start, { fromCache: false, usage: { promptTokens: 40, completionTokens: 10 } })
		).toEqual({ requests: 2, promptTokens: 140, completionTokens: 60, cachedAnswers: 0 });
		expect(
			addUsage(start, { fromCache: true, usage: { promptTokens: 40, completionTokens: 10 } })
		).toEqual({ ...start, cachedAnswers: 1 });
	});
});
