import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';
import { exampleProfile } from './example-session';
import { LIMITS } from './limits';
import { emptyProfile, MonthSchema, ProfileSchema, RoleSchema } from './profile';

function issuesOf(input: unknown): string {
	const result = ProfileSchema.safeParse(input);
	if (result.success) throw new Error('expected the profile to be refused');
	return describeIssues(result.error);
}

describe('ProfileSchema', () => {
	it('accepts a real profile unchanged, non-Latin letters included', () => {
		const profile = exampleProfile();
		const parsed = ProfileSchema.safeParse(profile);
		expect(parsed.success).toBe(true);
		expect(parsed.data).toEqual(profile);
		expect(parsed.data?.header.name).toBe('Zoë Łukasiewicz-Müller');
	});

	it('gives an empty profile every field, so forms never see undefined', () => {
		expect(emptyProfile()).toEqual({
			header: { name: '', headline: '', email: '', phone: '', location: '', links: [] },
			talents: '',
			roles: [],
			projects: [],
			education: [],
			certifications: [],
			languages: [],
			skills: []
		});
	});

	it('fills in what an older or partial record leaves out', () => {
		const role = RoleSchema.parse({ id: 'r1', title: 'Engineer' });
		expect(role).toEqual({
			id: 'r1',
			organization: '',
			title: 'Engineer',
			location: '',
			start: '',
			end: '',
			current: false,
			description: '',
			accomplishments: []
		});
	});

	it('loads a header saved before country codes and usernames existed', () => {
		const profile = ProfileSchema.parse({
			header: { name: 'Ana', location: 'Porto', links: [{ label: 'GitHub', url: 'https://x.dev' }] }
		});
		expect(profile.header).toEqual({
			name: 'Ana',
			headline: '',
			email: '',
			phone: '',
			location: 'Porto',
			links: [{ label: 'GitHub', url: 'https://x.dev' }]
		});
		const longCode = { header: { countryCode: 'x'.repeat(201) } };
		expect(issuesOf(longCode)).toBe(
			'Header › country code: Too long: at most 200 characters, this has 201.'
		);
	});

	it('names the role and field of a bad date', () => {
		const message = issuesOf({
			roles: [
				{ id: 'a', start: '2021-03' },
				{ id: 'b', start: 'March 2021' }
			]
		});
		expect(message).toBe('Role #2 › start: Use a date like 2021-03 (year and month) or 2021.');
	});

	it('names the field and the limit of an over-long text', () => {
		const message = issuesOf({ talents: 'x'.repeat(LIMITS.talents + 1) });
		expect(message).toBe('talents: Too long: at most 10,000 characters, this has 10,001.');
	});

	it('refuses too many entries with the limit in words', () => {
		const roles = Array.from({ length: LIMITS.roles + 1 }, (_, index) => ({ id: `r${index}` }));
		expect(issuesOf({ roles })).toBe('Role: Too many roles: at most 40.');
	});

	it('refuses wrong types and a role without an id', () => {
		expect(issuesOf({ header: { email: 5 } })).toBe('Header › email: should be text, not a number');
		expect(issuesOf({ roles: [{ title: 'Engineer' }] })).toMatch(/^Role #1 › id: /);
	});
});

describe('MonthSchema', () => {
	it.each(['2021-03', '2021', '1999-12', ''])('accepts %j', (value) => {
		expect(MonthSchema.safeParse(value).success).toBe(true);
	});

	it.each(['2021-13', '2021-00', '21-03', '2021/03', 'March 2021', '2021-3', '2021-03-01'])(
		'refuses %j',
		(value) => {
			expect(MonthSchema.safeParse(value).success).toBe(false);
		}
	);

	it('gives one message for a long free-text date, not a length complaint as well', () => {
		const result = MonthSchema.safeParse('from spring 2018 until now');
		expect(result.error?.issues.map((issue) => issue.message)).toEqual([
			'Use a date like 2021-03 (year and month) or 2021.'
		]);
	});

	it('defaults a missing date to empty', () => {
		expect(MonthSchema.parse(undefined)).toBe('');
	});
});
