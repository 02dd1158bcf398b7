import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { withoutHeaderEchoes } from './header-echoes';

const session = exampleSession(0);
const role = {
	...session.profile.roles[0]!,
	title: 'Customs Clerk',
	organization: 'DB Schenker',
	location: 'Bergen'
};
const project = { ...session.profile.projects[0]!, name: 'Route planner for the fishing co-op' };

describe('bullets that only repeat the item header', () => {
	it('drops the title, organization, dates and their combinations from a role', () => {
		const content = withoutHeaderEchoes(
			{
				text: 'Customs Clerk at DB Schenker',
				bullets: [
					'Customs Clerk',
					'DB Schenker',
					'2014 – 2016',
					'Aug 2016 - Feb 2020',
					'2020-03 – present',
					'Customs Clerk, DB Schenker',
					'Prepared import and export declarations for fish and machinery.'
				]
			},
			role
		);
		expect(content.bullets).toEqual([
			'Prepared import and export declarations for fish and machinery.'
		]);
		expect(content.text).toBe('');
	});

	it('keeps bullets that mention the title or a year inside a real sentence', () => {
		const bullets = [
			'Promoted to Customs Clerk lead in 2015 after clearing 3,000 declarations.',
			'Cut clearance delays by 30% in 2016.'
		];
		expect(
			withoutHeaderEchoes({ text: 'Handled customs for DB Schenker.', bullets }, role)
		).toEqual({
			text: 'Handled customs for DB Schenker.',
			bullets
		});
	});

	it('drops the project name echoed as a bullet', () => {
		const content = withoutHeaderEchoes(
			{
				text: '',
				bullets: ['Route planner for the fishing co-op', 'Pooled pallets from 6 boats.']
			},
			project
		);
		expect(content.bullets).toEqual(['Pooled pallets from 6 boats.']);
	});

	it('leaves an answer that is nothing but echoes as the model wrote it, for the person to see', () => {
		const echoes = { text: '', bullets: ['Customs Clerk', '2014 – 2016'] };
		expect(withoutHeaderEchoes(echoes, role)).toEqual(echoes);
	});
});
