import { describe, expect, it } from 'vitest';
import { describeMerge, mergeImportedProfile } from './merge-profile';
import { ProfileSchema, type Profile } from './profile';

function profile(partial: Record<string, unknown>): Profile {
	return ProfileSchema.parse(partial);
}

const current = profile({
	header: { name: 'Ana Ruiz', email: '', links: [{ label: 'Site', url: 'https://ana.example' }] },
	talents: 'Calm under pressure.',
	roles: [
		{ id: 'r1', organization: 'St Mary’s Hospital', title: 'Staff Nurse', start: '2019-01' },
		{ id: 'r2', organization: 'City Clinic', title: 'Nurse', start: '2015-06' }
	],
	education: [{ id: 'e1', institution: 'University of Leeds', degree: 'BSc Nursing' }],
	skills: [{ id: 's1', name: 'Phlebotomy' }]
});

const imported = profile({
	header: {
		name: 'Ana María Ruiz',
		email: 'ana@example.org',
		links: [
			{ label: 'Site', url: 'https://ana.example' },
			{ label: 'LinkedIn', url: 'https://linkedin.com/in/ana' }
		]
	},
	talents: 'Imported summary.',
	roles: [
		{ id: 'x1', organization: 'St. Mary’s  hospital', title: 'staff nurse', start: '2019-01' },
		{ id: 'x2', organization: 'Royal Infirmary', title: 'Ward Manager', start: '2022-03' },
		{ id: 'r2', organization: 'City Clinic', title: 'Nurse', start: '2012-01' }
	],
	education: [{ id: 'x3', institution: 'university of leeds', degree: 'BSc  Nursing' }],
	skills: [
		{ id: 'x4', name: 'phlebotomy' },
		{ id: 'x5', name: 'Triage' }
	]
});

describe('mergeImportedProfile', () => {
	it('replaces the whole profile with the imported one', () => {
		const outcome = mergeImportedProfile(current, imported, 'replace');
		expect(outcome.profile).toEqual(imported);
		expect(outcome.profile.roles).toHaveLength(3);
		expect(outcome.added.roles).toBe(3);
	});

	it('adds only the roles and entries the profile does not have yet', () => {
		const outcome = mergeImportedProfile(current, imported, 'add', () => 'fresh-id');
		const roles = outcome.profile.roles.map((role) => `${role.title} at ${role.organization}`);
		// The same job in other spelling is not added twice; the same title with another start is.
		expect(roles).toEqual([
			'Staff Nurse at St Mary’s Hospital',
			'Nurse at City Clinic',
			'Ward Manager at Royal Infirmary',
			'Nurse at City Clinic'
		]);
		expect(outcome.profile.education).toHaveLength(1);
		expect(outcome.profile.skills.map((skill) => skill.name)).toEqual(['Phlebotomy', 'Triage']);
		expect(outcome.added).toMatchObject({ roles: 2, education: 0, skills: 1 });
		expect(outcome.alreadyThere).toBe(3);
	});

	it('gives an added entry a new id when its id is already taken', () => {
		const outcome = mergeImportedProfile(current, imported, 'add', () => 'fresh-id');
		const ids = outcome.profile.roles.map((role) => role.id);
		expect(ids).toEqual(['r1', 'r2', 'x2', 'fresh-id']);
		expect(ProfileSchema.safeParse(outcome.profile).success).toBe(true);
	});

	it('keeps what the person typed in the header and fills only the empty fields', () => {
		const { profile: merged } = mergeImportedProfile(current, imported, 'add');
		expect(merged.header.name).toBe('Ana Ruiz');
		expect(merged.header.email).toBe('ana@example.org');
		expect(merged.header.links.map((link) => link.url)).toEqual([
			'https://ana.example',
			'https://linkedin.com/in/ana'
		]);
		expect(merged.talents).toBe('Calm under pressure.');
	});

	it('never changes the profile it was given', () => {
		const before = structuredClone(current);
		mergeImportedProfile(current, imported, 'add');
		expect(current).toEqual(before);
	});

	it('stops at the list limit and says how many did not fit', () => {
		const full = profile({
			languages: Array.from({ length: 30 }, (_, index) => ({
				id: `l${index}`,
				language: `Language ${index}`
			}))
		});
		const outcome = mergeImportedProfile(
			full,
			profile({ languages: [{ id: 'new', language: 'Basque' }] }),
			'add'
		);
		expect(outcome.profile.languages).toHaveLength(30);
		expect(outcome.overLimit).toBe(1);
		expect(describeMerge(outcome)).toBe(
			'No new entries were added; 1 did not fit (the list is full).'
		);
	});
});

describe('describeMerge', () => {
	it('says what was added and what was already there', () => {
		const outcome = mergeImportedProfile(current, imported, 'add');
		expect(describeMerge(outcome)).toBe(
			'Added 2 roles and 1 skill; 3 entries were already in your profile.'
		);
	});
});
