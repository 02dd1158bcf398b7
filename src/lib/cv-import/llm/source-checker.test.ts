import { describe, expect, it } from 'vitest';
import { normaliseText } from './find-in-text';
import { keepEntries, SourceChecker } from './source-checker';

const CV = `Dana Reyes
Senior Analyst, Northwind Ltd, March 2019 – present
Built the monthly forecast model.`;

function checker(): SourceChecker {
	return new SourceChecker(normaliseText(CV));
}

describe('SourceChecker', () => {
	it('keeps a value found in the CV, with where it was found', () => {
		const check = checker();
		expect(check.text('header.name', 'Dana Reyes')).toBe('Dana Reyes');
		expect(check.spans).toEqual([{ field: 'header.name', start: 0, end: 10 }]);
		expect(check.dropped).toEqual([]);
	});

	it('drops and lists a value the CV does not contain', () => {
		const check = checker();
		expect(check.text('header.email', 'dana@example.org')).toBe('');
		expect(check.dropped).toEqual([{ field: 'header.email', value: 'dana@example.org' }]);
	});

	it('finds a date written another way, and "present" only beside its start date', () => {
		const check = checker();
		expect(check.date('roles.0.start', '2019-03')).toBe('2019-03');
		expect(check.date('roles.0.end', '2021-06')).toBe('');
		expect(check.ongoing('roles.0.current', true, '2019-03')).toBe(true);
	});

	it('drops an invented entry as one line under its list, and moves the next one up', () => {
		const check = checker();
		const answer = [
			{ organization: 'Contoso', title: 'Director' },
			{ organization: 'Northwind Ltd', title: 'Senior Analyst' }
		];
		const kept = keepEntries(
			check,
			'roles',
			answer,
			(field, index) => ({
				id: `role-${index}`,
				organization: check.text(`${field}.organization`, answer[index]!.organization),
				title: check.text(`${field}.title`, answer[index]!.title)
			}),
			(role) => [role.organization, role.title],
			(index) => `${answer[index]!.title} · ${answer[index]!.organization}`,
			10
		);
		expect(kept).toEqual([
			{ id: 'role-1', organization: 'Northwind Ltd', title: 'Senior Analyst' }
		]);
		expect(check.dropped).toEqual([{ field: 'roles', value: 'Director · Contoso' }]);
		expect(check.spans.map((span) => span.field)).toEqual([
			'roles.0.organization',
			'roles.0.title'
		]);
	});
});
