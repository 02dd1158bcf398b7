import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '$lib/domain';
import { fieldLabel } from './field-label';
import { spanSegments } from './span-segments';

describe('spanSegments', () => {
	it('marks the stretches that went into the profile, joining overlaps', () => {
		const text = 'Ana Ruiz\nStaff Nurse, St Mary’s\nHobbies: chess';
		const segments = spanSegments(text, [
			{ field: 'roles.0.organization', start: 22, end: 31 },
			{ field: 'header.name', start: 0, end: 8 },
			{ field: 'roles.0.title', start: 9, end: 20 },
			{ field: 'roles.0', start: 9, end: 25 },
			{ field: 'broken', start: 90, end: 120 }
		]);
		expect(segments).toEqual([
			{ text: 'Ana Ruiz', used: true },
			{ text: '\n', used: false },
			{ text: 'Staff Nurse, St Mary’s', used: true },
			{ text: '\nHobbies: chess', used: false }
		]);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
	});
});

describe('fieldLabel', () => {
	const profile = ProfileSchema.parse({
		roles: [{ id: 'a', title: 'Ward Clerk', organization: 'City Clinic' }]
	});

	it('names a field the way the review screen shows it', () => {
		expect(fieldLabel('roles.0.start', profile)).toBe('Role 1 (Ward Clerk at City Clinic): start');
		expect(fieldLabel('roles.0.accomplishments.2', profile)).toBe(
			'Role 1 (Ward Clerk at City Clinic): accomplishment 3'
		);
		expect(fieldLabel('roles', profile)).toBe('A role');
		expect(fieldLabel('header.email', profile)).toBe('Header: email');
		expect(fieldLabel('talents', profile)).toBe('Talents (summary)');
	});
});
