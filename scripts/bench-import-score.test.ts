import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../src/lib/domain/profile';
import { inventedValues } from './bench-import-invented';
import { scoreProfile, type ExpectedProfile } from './bench-import-score';

function profileWith(changes: Partial<Profile>): Profile {
	return { ...emptyProfile(), ...changes };
}

const expected: ExpectedProfile = {
	header: {
		name: 'Jane Doe',
		email: 'jane@example.org',
		phone: '+44 7700 900123',
		location: 'Leeds, UK'
	},
	roles: [
		{
			title: 'Staff Nurse',
			organization: 'St Mary Hospital',
			start: '2019-03',
			end: 'present',
			accomplishments: ['Led a team of 6']
		}
	],
	education: [{ institution: 'University of Leeds', degree: 'BSc in Nursing' }],
	languages: ['English'],
	skills: ['Wound care']
};

const role = {
	id: 'r1',
	title: 'Staff Nurse',
	organization: 'St Mary Hospital',
	location: '',
	start: '2019-03',
	end: '',
	current: true,
	description: '',
	accomplishments: ['Led a team of 6']
};

describe('scoreProfile', () => {
	it('counts every expected field found, with phones compared by digits and degrees with their field', () => {
		const found = profileWith({
			header: {
				name: 'Jane Doe',
				headline: '',
				email: 'jane@example.org',
				phone: '+44 (7700) 900-123',
				location: 'Leeds',
				links: []
			},
			roles: [role],
			education: [
				{
					id: 'e1',
					institution: 'University of Leeds',
					degree: 'BSc',
					field: 'Nursing',
					location: '',
					start: '',
					end: '',
					details: ''
				}
			],
			languages: [{ id: 'l1', language: 'English', fluency: 'native' }],
			skills: [{ id: 's1', name: 'Wound care', level: '', keywords: [] }]
		});
		expect(scoreProfile(expected, found)).toMatchObject({ expected: 13, found: 13, correct: 13 });
	});

	it('counts a wrong employer against both precision and recall, and an extra role as found only', () => {
		const found = profileWith({
			roles: [
				{ ...role, organization: 'Leeds' },
				{
					...role,
					id: 'r2',
					title: 'Volunteer',
					organization: 'Red Cross',
					start: '2010',
					current: false,
					end: '2011',
					accomplishments: []
				}
			]
		});
		const score = scoreProfile(expected, found);
		expect(score.correct).toBe(4);
		expect(score.found).toBe(9);
		expect(score.misses).toContain(
			'roles.0.organization: expected "St Mary Hospital", got "Leeds"'
		);
	});
});

describe('inventedValues', () => {
	it('lists a value that is nowhere in the document, and not one read across a line break', () => {
		const profile = profileWith({
			roles: [{ ...role, accomplishments: ['Led a team of 6', 'Won an award'] }]
		});
		expect(inventedValues(profile, 'Staff Nurse\nSt Mary\nHospital\nLed a team\nof 6')).toEqual([
			'Won an award'
		]);
	});
});
