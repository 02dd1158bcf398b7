import { exampleJob, exampleProfile } from '$lib/domain/example-session';
import { emptyJob, type Job } from '$lib/domain/job';
import { ProfileSchema, type Profile } from '$lib/domain/profile';
import { MARKED_JOB_ADS } from './job-ads';

/**
 * The people whose generated CV bullets the guard fixtures check: the app's example data
 * engineer, an ICU nurse and a growth marketer, each with the job they apply for.
 */
export type FixturePerson = 'data' | 'nurse' | 'marketer';

function adText(name: string): string {
	const ad = MARKED_JOB_ADS.find((candidate) => candidate.name.includes(name));
	if (!ad) throw new Error(`No fixture job ad named like "${name}".`);
	return ad.text;
}

const nurse: Profile = ProfileSchema.parse({
	header: { name: 'Aisha Okafor', headline: 'ICU Registered Nurse' },
	talents:
		'Calm under pressure. Strong in patient and family education, sepsis bundles and CRRT. I like teaching new nurses.',
	roles: [
		{
			id: 'nurse-role-1',
			organization: 'Riverside General Hospital',
			title: 'Staff Nurse, Medical ICU',
			location: 'Columbus, Ohio',
			start: '2019-06',
			current: true,
			description: 'Night-shift staff nurse in a 16-bed medical intensive care unit.',
			accomplishments: [
				'Cared for up to 3 critically ill patients per shift, including ventilated patients.',
				'Titrated vasoactive drips per protocol and responded to rapid response calls.',
				'Precepted 6 new graduate nurses through their ICU orientation.',
				'Documented care in Epic; charge nurse on 2 night shifts a week.'
			]
		},
		{
			id: 'nurse-role-2',
			organization: 'Mercy Community Hospital',
			title: 'Registered Nurse, Medical-Surgical',
			location: 'Dayton, Ohio',
			start: '2016-08',
			end: '2019-05',
			description: 'Registered nurse on a 32-bed medical-surgical floor.',
			accomplishments: [
				'Looked after 5 to 6 patients per shift, with IV therapy and wound care.',
				'Joined the falls prevention committee that halved patient falls on the unit.'
			]
		}
	],
	education: [{ id: 'nurse-edu-1', institution: 'Ohio State University', degree: 'BSN' }],
	certifications: [
		{ id: 'nurse-cert-1', name: 'BLS', issuer: 'American Heart Association' },
		{ id: 'nurse-cert-2', name: 'ACLS', issuer: 'American Heart Association' }
	]
});

const marketer: Profile = ProfileSchema.parse({
	header: { name: 'Jonas Brenner', headline: 'Growth Marketing Lead' },
	talents:
		'Performance marketing with a budget mindset: paid social and search, email flows, SEO. Comfortable in spreadsheets and Google Analytics. I coach juniors and keep agencies honest.',
	roles: [
		{
			id: 'marketer-role-1',
			organization: 'Nordpfad Outdoor GmbH',
			title: 'Growth Marketing Lead',
			location: 'Munich, Germany',
			start: '2020-01',
			current: true,
			description: 'Leads online growth for an outdoor clothing brand selling in 9 countries.',
			accomplishments: [
				'Managed a €1.5M yearly paid media budget across Google Ads and Meta.',
				'Grew email revenue share from 12% to 21% with Klaviyo flows.',
				'Cut customer acquisition cost by 18% in 2023 through creative testing.',
				'Led 2 marketing specialists and 3 agencies.'
			]
		},
		{
			id: 'marketer-role-2',
			organization: 'Alpenblick Media AG',
			title: 'Marketing Analyst',
			location: 'Zürich, Switzerland',
			start: '2016-03',
			end: '2019-12',
			description: 'Analytics and SEO for the agency’s e-commerce clients.',
			accomplishments: [
				'Built weekly performance reports in Google Analytics and Excel for 14 clients.',
				'Ran SEO audits that lifted organic traffic by 40% for the largest client.'
			]
		}
	],
	education: [
		{
			id: 'marketer-edu-1',
			institution: 'LMU München',
			degree: 'BA',
			field: 'Business Administration'
		}
	]
});

export interface FixtureSubject {
	profile: Profile;
	job: Job;
}

export function fixtureSubject(person: FixturePerson): FixtureSubject {
	switch (person) {
		case 'data':
			return { profile: exampleProfile(), job: exampleJob() };
		case 'nurse':
			return {
				profile: nurse,
				job: { ...emptyJob(), title: 'Registered Nurse – ICU', description: adText('nursing') }
			};
		case 'marketer':
			return {
				profile: marketer,
				job: {
					...emptyJob(),
					title: 'Digital Marketing Manager',
					description: adText('marketing')
				}
			};
	}
}
