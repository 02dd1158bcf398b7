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
});
