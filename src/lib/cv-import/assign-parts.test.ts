import { describe, expect, it } from 'vitest';
import { importCvText } from './import-cv';

function rolesOf(experience: string) {
	const result = importCvText(`Jane Doe\njane@example.org\n\nEXPERIENCE\n${experience}`);
	if (!result.ok) throw new Error(result.message);
	return result.profile.roles.map(({ title, organization, location }) => ({
		title,
		organization,
		location
	}));
}

describe('title, employer and place in one entry head', () => {
	it('reads "Title, Employer of three words, Town" with the employer apart from the town', () => {
		expect(
			rolesOf(
				'Dental Hygienist, Kirkstall Dental Care, Leeds\nMarch 2019 – Present\n• Treated patients'
			)
		).toEqual([
			{ title: 'Dental Hygienist', organization: 'Kirkstall Dental Care', location: 'Leeds' }
		]);
	});

	it('reads an undecided "Employer | Title" in the order the section’s other roles were written', () => {
		expect(
			rolesOf(
				'Wincanton | Class 1 HGV Driver\nApr 2019 – Present\n\nDHL Supply Chain | Class 2 Driver\nJan 2014 – Mar 2019\n\nAsda Distribution | Warehouse Operative\n2011 – 2013'
			).map(({ title, organization }) => [title, organization])
		).toEqual([
			['Class 1 HGV Driver', 'Wincanton'],
			['Class 2 Driver', 'DHL Supply Chain'],
			['Warehouse Operative', 'Asda Distribution']
		]);
	});
});
