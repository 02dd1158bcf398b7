import { emptyJob } from '$lib/domain/job';
import { ProfileSchema, type Profile } from '$lib/domain/profile';
import type { GuardCase } from './guard-cases';
import type { FixtureSubject } from './guard-profiles';
import { HELD_OUT_BLIND_ADS } from './held-out-blind';

/**
 * Blind guard cases (issue 17, independent examiner): seven people from professions the other
 * guard fixtures do not have, each applying for an ad of held-out-blind.ts, and generated CV
 * content for them the way a model writes it. Faithful items reword the person's own data,
 * often with their own credentials in short forms (an abbreviation from brackets, a membership
 * grade, the part before a level, the issuer's acronym, a certificate's year), and must raise
 * no finding. Planted items add what the data does not say (numbers, money, tools and products
 * from the ad, employers and clients, certifications, and vague inflation such as
 * "award-winning", "top", "leading", "best", "doubled", "halved"), each marked by the text a
 * reviewer would highlight.
 *
 * Written and marked by hand on 2026-12-01, BEFORE the guard was run on any of them, by a helper
 * who had not read the guard or the extractor (only the GuardCase and profile formats). The
 * expected findings must not be edited after the guard has seen them; a mark found wrong later
 * is reported, not changed.
 */
export type BlindPerson =
	| 'hygienist'
	| 'safety'
	| 'aircraft'
	| 'pastry'
	| 'actuarial'
	| 'paralegal'
	| 'therapist';

export interface BlindGuardCase extends Omit<GuardCase, 'person'> {
	person: BlindPerson;
}

function blindAd(name: string): { title: string; description: string } {
	const ad = HELD_OUT_BLIND_ADS.find((candidate) => candidate.name.includes(name));
	if (!ad) throw new Error(`No blind job ad named like "${name}".`);
	return { title: ad.text.split('\n')[0] ?? '', description: ad.text };
}

const PEOPLE: Record<BlindPerson, { profile: Profile; ad: string }> = {
	hygienist: {
		ad: 'dental hygienist',
		profile: ProfileSchema.parse({
			header: { name: 'Maria Delgado', headline: 'Registered Dental Hygienist' },
			talents: 'Gentle with anxious patients and children. Thorough perio charting.',
			roles: [
				{
					id: 'hyg-role-1',
					organization: 'Lakeside Dental Group',
					title: 'Registered Dental Hygienist',
					location: 'Richardson, Texas',
					start: '2019-07',
					current: true,
					description: 'Hygienist in a six-operatory general dental practice.',
					accomplishments: [
						'Saw 8 to 9 hygiene patients a day, adults and children.',
						'Performed scaling and root planing and periodontal maintenance; charted perio in Eaglesoft.',
						'Took digital bitewings and FMX; placed sealants and fluoride varnish.',
						'Gave oral hygiene instruction in English and Spanish.'
					]
				},
				{
					id: 'hyg-role-2',
					organization: 'Parkview Pediatric Dentistry',
					title: 'Dental Assistant',
					location: 'Dallas, Texas',
					start: '2015-06',
					end: '2017-05',
					description: 'Chairside assistant in a pediatric practice.',
					accomplishments: [
						'Assisted with 20 to 25 pediatric patients a day.',
						'Kept sterilization logs and ran weekly spore tests.'
					]
				}
			],
			education: [
				{
					id: 'hyg-edu-1',
					institution: 'Collin College',
					degree: 'Associate of Applied Science (AAS)',
					field: 'Dental Hygiene',
					end: '2019-05'
				}
			],
			certifications: [
				{
					id: 'hyg-cert-1',
					name: 'Registered Dental Hygienist (RDH)',
					issuer: 'Texas State Board of Dental Examiners',
					date: '2019-06'
				},
				{
					id: 'hyg-cert-2',
					name: 'Local Anesthesia Permit',
					issuer: 'Texas State Board of Dental Examiners',
					date: '2020-02'
				},
				{
					id: 'hyg-cert-3',
					name: 'BLS Provider',
					issuer: 'American Heart Association',
					date: '2024-01'
				}
			],
			languages: [
				{ id: 'hyg-lang-1', language: 'English', fluency: 'Native' },
				{ id: 'hyg-lang-2', language: 'Spanish', fluency: 'Fluent' }
			]
		})
	},
	safety: {
		ad: 'health and safety advisor',
		profile: ProfileSchema.parse({
			header: { name: 'Gareth Pryce', headline: 'Health and Safety Advisor' },
			talents: 'Practical, site-based safety advice that site managers actually use.',
			roles: [
				{
					id: 'hs-role-1',
					organization: 'Caldicot Civils Ltd',
					title: 'Health and Safety Advisor',
					location: 'Newport, Wales',
					start: '2020-09',
					current: true,
					description: 'Site-based safety advisor for a civil engineering contractor with 6 live sites.',
					accomplishments: [
						'Carried out weekly site inspections across 6 live sites and closed out actions with site managers.',
						'Reviewed subcontractor RAMS for excavations, lifting operations and temporary works.',
						'Led 14 accident and near-miss investigations and submitted RIDDOR reports.',
						'Delivered IOSH Managing Safely to 60 supervisors over three years.',
						'Helped move the company from OHSAS 18001 to ISO 45001 in 2021.'
					]
				},
				{
					id: 'hs-role-2',
					organization: 'Severn Precast',
					title: 'SHEQ Coordinator',
					location: 'Chepstow, Wales',
					start: '2016-04',
					end: '2020-08',
					description: 'Health, safety and quality coordinator at a precast concrete factory.',
					accomplishments: [
						'Kept COSHH assessments and fire risk assessments up to date for the factory.',
						'Cut lost-time injuries from 7 in 2017 to 2 in 2019.'
					]
				}
			],
			education: [
				{
					id: 'hs-edu-1',
					institution: 'Cardiff Metropolitan University',
					degree: 'BSc',
					field: 'Occupational Safety and Health',
					end: '2016'
				}
			],
			certifications: [
				{
					id: 'hs-cert-1',
					name: 'National Certificate in Construction Health and Safety',
					issuer: 'National Examination Board in Occupational Safety and Health (NEBOSH)',
					date: '2017-05'
				},
				{
					id: 'hs-cert-2',
					name: 'Technical Member (Tech IOSH)',
					issuer: 'Institution of Occupational Safety and Health',
					date: '2018-02'
				},
				{
					id: 'hs-cert-3',
					name: 'Site Management Safety Training Scheme (SMSTS)',
					issuer: 'CITB',
					date: '2022-10'
				},
				{ id: 'hs-cert-4', name: 'CSCS Black Card', issuer: 'CSCS' }
			]
		})
	},
	aircraft: {
		ad: 'aircraft engineer',
		profile: ProfileSchema.parse({
			header: { name: 'Niamh Byrne', headline: 'B1 Licensed Aircraft Engineer' },
			roles: [
				{
					id: 'air-role-1',
					organization: 'Shannon Line Services',
					title: 'B1 Licensed Aircraft Engineer',
					location: 'Shannon, Ireland',
					start: '2021-03',
					current: true,
					description: 'Line maintenance on A320 family aircraft for four operators.',
					accomplishments: [
						'Certified daily and weekly checks on A320 family aircraft with CFM56 engines.',
						'Rectified defects within MEL limits and issued the CRS under company authorisation.',
						'Recorded work in AMOS and the aircraft technical log.',
						'Supervised 3 mechanics on night shift.'
					]
				},
				{
					id: 'air-role-2',
					organization: 'Atlantic Aero Maintenance',
					title: 'Aircraft Mechanic',
					location: 'Shannon, Ireland',
					start: '2016-09',
					end: '2021-02',
					description: 'Base maintenance on ATR 72 and A320 aircraft.',
					accomplishments: [
						'Carried out C-check tasks on ATR 72 and A320 aircraft.',
						'Completed 120 hours of on-the-job training towards the B1 licence.'
					]
				}
			],
			education: [
				{
					id: 'air-edu-1',
					institution: 'Technological University of the Shannon',
					degree: 'Higher Certificate',
					field: 'Aircraft Maintenance Engineering',
					end: '2016'
				}
			],
			certifications: [
				{
					id: 'air-cert-1',
					name: 'EASA Part-66 Aircraft Maintenance Licence, category B1.1',
					issuer: 'Irish Aviation Authority',
					date: '2020-11'
				},
				{
					id: 'air-cert-2',
					name: 'Airbus A320 family (CFM56) type rating',
					issuer: 'Irish Aviation Authority',
					date: '2021-02'
				},
				{
					id: 'air-cert-3',
					name: 'EWIS training',
					issuer: 'Shannon Line Services',
					date: '2024-06'
				},
				{
					id: 'air-cert-4',
					name: 'Human factors training',
					issuer: 'Shannon Line Services',
					date: '2024-06'
				}
			]
		})
	},
	pastry: {
		ad: 'pastry chef',
		profile: ProfileSchema.parse({
			header: { name: 'Tom Hale', headline: 'Pastry Chef de Partie' },
			roles: [
				{
					id: 'pastry-role-1',
					organization: 'The Old Rectory Hotel',
					title: 'Pastry Chef de Partie',
					location: 'Bath',
					start: '2022-04',
					current: true,
					description: 'Pastry section of a 60-cover hotel restaurant with one AA Rosette.',
					accomplishments: [
						'Made laminated doughs, croissants and Danish pastries every morning for breakfast service.',
						'Plated desserts and petits fours for a 60-cover dinner service.',
						'Kept HACCP records and the allergen matrix for the pastry section.',
						'Cut pastry waste by a third by reworking the prep list.'
					]
				},
				{
					id: 'pastry-role-2',
					organization: 'Crumb & Co Bakery',
					title: 'Baker',
					location: 'Bristol',
					start: '2019-02',
					end: '2022-03',
					description: 'Night baker in an artisan bakery with two shops.',
					accomplishments: [
						'Baked sourdough and enriched breads, up to 300 loaves a night.',
						'Ran the shop counter on Saturdays.'
					]
				}
			],
			education: [
				{
					id: 'pastry-edu-1',
					institution: 'City of Bristol College',
					degree: 'Level 3 Diploma',
					field: 'Professional Patisserie and Confectionery',
					end: '2019'
				}
			],
			certifications: [
				{
					id: 'pastry-cert-1',
					name: 'Level 3 Award in Food Safety in Catering',
					issuer: 'Highfield',
					date: '2023-03'
				},
				{
					id: 'pastry-cert-2',
					name: 'Level 2 Award in Allergen Awareness',
					issuer: 'Highfield',
					date: '2023-03'
				}
			]
		})
	},
	actuarial: {
		ad: 'actuarial analyst',
		profile: ProfileSchema.parse({
			header: { name: 'Priya Raman', headline: 'Actuarial Analyst' },
			roles: [
				{
					id: 'act-role-1',
					organization: 'Thameside Mutual Insurance',
					title: 'Actuarial Analyst, Reserving',
					location: 'London',
					start: '2022-09',
					current: true,
					description: 'Non-life reserving analyst in a team of 6.',
					accomplishments: [
						'Ran quarterly chain ladder and Bornhuetter-Ferguson projections for 12 motor and property classes in ResQ.',
						'Prepared Solvency II technical provisions and the actual versus expected analysis each quarter.',
						'Rewrote the claims data reconciliation in R, cutting it from 3 days to half a day.',
						'Wrote SQL queries against the claims data warehouse.'
					]
				},
				{
					id: 'act-role-2',
					organization: 'Kestrel Consulting',
					title: 'Actuarial Intern',
					location: 'London',
					start: '2021-06',
					end: '2021-08',
					description: 'Summer internship in the pensions practice.',
					accomplishments: ['Checked 40 member benefit calculations in Excel.']
				}
			],
			education: [
				{
					id: 'act-edu-1',
					institution: 'University of Warwick',
					degree: 'BSc (Hons)',
					field: 'Mathematics, Operational Research, Statistics and Economics (MORSE)',
					end: '2022',
					details: 'First-class honours.'
				}
			],
			certifications: [
				{
					id: 'act-cert-1',
					name: 'CS1 Actuarial Statistics',
					issuer: 'Institute and Faculty of Actuaries',
					date: '2023-04'
				},
				{
					id: 'act-cert-2',
					name: 'CM1 Actuarial Mathematics',
					issuer: 'Institute and Faculty of Actuaries',
					date: '2023-10'
				},
				{
					id: 'act-cert-3',
					name: 'CB1 Business Finance',
					issuer: 'Institute and Faculty of Actuaries',
					date: '2024-04'
				}
			]
		})
	},
	paralegal: {
		ad: 'immigration paralegal',
		profile: ProfileSchema.parse({
			header: { name: 'Chloe Adeyemi', headline: 'Immigration Paralegal' },
			roles: [
				{
					id: 'para-role-1',
					organization: 'Marlow Finch Solicitors',
					title: 'Immigration Paralegal',
					location: 'Birmingham',
					start: '2023-01',
					current: true,
					description: 'Paralegal in a four-lawyer business and personal immigration team.',
					accomplishments: [
						'Prepared around 120 Skilled Worker and Health and Care Worker visa applications a year.',
						'Assigned Certificates of Sponsorship on the Sponsor Management System for 15 sponsor clients.',
						'Prepared indefinite leave to remain and British citizenship applications.'
					]
				},
				{
					id: 'para-role-2',
					organization: 'Bright Path HR Services',
					title: 'HR Administrator',
					location: 'Birmingham',
					start: '2020-09',
					end: '2022-12',
					description: 'HR administration for small employers.',
					accomplishments: [
						'Carried out right to work checks for 300 new starters.',
						'Kept personnel files in Cezanne HR.'
					]
				}
			],
			education: [
				{
					id: 'para-edu-1',
					institution: 'University of Birmingham',
					degree: 'LLB (Hons)',
					field: 'Law',
					end: '2020'
				},
				{
					id: 'para-edu-2',
					institution: 'BPP University',
					degree: 'Legal Practice Course (LPC)',
					end: '2022'
				}
			],
			certifications: [
				{
					id: 'para-cert-1',
					name: 'OISC Level 2 (Immigration)',
					issuer: 'Office of the Immigration Services Commissioner',
					date: '2024-03'
				}
			],
			languages: [
				{ id: 'para-lang-1', language: 'English', fluency: 'Native' },
				{ id: 'para-lang-2', language: 'Yoruba', fluency: 'Fluent' },
				{ id: 'para-lang-3', language: 'French', fluency: 'B1' }
			]
		})
	},
	therapist: {
		ad: 'speech and language therapist',
		profile: ProfileSchema.parse({
			header: { name: 'Ffion Rees', headline: 'Speech and Language Therapist' },
			roles: [
				{
					id: 'slt-role-1',
					organization: 'Glan Taf University Health Board',
					title: 'Speech and Language Therapist (Band 5)',
					location: 'Cardiff',
					start: '2021-09',
					current: true,
					description: 'Adult acute wards and the stroke unit.',
					accomplishments: [
						'Assessed and managed adults with dysphagia on the acute wards, using IDDSI descriptors.',
						'Assessed and treated aphasia and dysarthria after stroke, using the Comprehensive Aphasia Test (CAT).',
						'Reported videofluoroscopy studies with the radiology team, around 4 a month.',
						'Trained 30 nurses in dysphagia screening.',
						'Set up low-tech AAC for patients after stroke.'
					]
				}
			],
			education: [
				{
					id: 'slt-edu-1',
					institution: 'Cardiff Metropolitan University',
					degree: 'BSc (Hons)',
					field: 'Speech and Language Therapy',
					end: '2021'
				}
			],
			certifications: [
				{
					id: 'slt-cert-1',
					name: 'HCPC registered Speech and Language Therapist',
					issuer: 'Health and Care Professions Council',
					date: '2021-08'
				},
				{
					id: 'slt-cert-2',
					name: 'Certified Member of the RCSLT (CertMRCSLT)',
					issuer: 'Royal College of Speech and Language Therapists',
					date: '2022-09'
				},
				{
					id: 'slt-cert-3',
					name: 'Post-registration adult dysphagia competencies',
					issuer: 'Royal College of Speech and Language Therapists',
					date: '2022-06'
				}
			],
			languages: [
				{ id: 'slt-lang-1', language: 'English', fluency: 'Native' },
				{ id: 'slt-lang-2', language: 'Welsh', fluency: 'Fluent' }
			]
		})
	}
};

/** The person's profile and the blind ad they apply for, as `fixtureSubject` gives the others. */
export function blindGuardSubject(person: BlindPerson): FixtureSubject {
	const { profile, ad } = PEOPLE[person];
	return { profile, job: { ...emptyJob(), ...blindAd(ad) } };
}

export const BLIND_GUARD_CASES: BlindGuardCase[] = [
	// The dental hygienist (Lakeside Dental Group, 2019-07 to now).
	{
		name: 'blind faithful: RDH from the brackets of her licence',
		person: 'hygienist',
		kind: 'role',
		source: 0,
		bullets: [
			'As an RDH, performed scaling and root planing and periodontal maintenance for 8 to 9 patients a day.'
		],
		expected: []
	},
	{
		name: 'blind faithful: a permit with its year, an issuer acronym',
		person: 'hygienist',
		kind: 'role',
		source: 0,
		bullets: [
			'Administered local anesthesia under a Texas Local Anesthesia Permit (2020).',
			'BLS certified through the AHA; charted perio in Eaglesoft for adults and children.'
		],
		expected: []
	},
	{
		name: 'blind faithful: hygienist key qualifications with a degree in short form',
		person: 'hygienist',
		kind: 'key_qualifications',
		bullets: [
			'AAS in Dental Hygiene, Collin College',
			'Scaling and root planing and periodontal maintenance',
			'Bilingual oral hygiene instruction (English and Spanish)',
			'Texas RDH with a local anesthesia permit'
		],
		expected: []
	},
	{
		name: 'blind planted: the practice software the ad uses',
		person: 'hygienist',
		kind: 'role',
		source: 0,
		bullets: ['Charted periodontal findings in Dentrix for 8 to 9 patients a day.'],
		expected: [{ kind: 'tool', text: 'Dentrix' }]
	},
	{
		name: 'blind planted: top producer with a laser certificate',
		person: 'hygienist',
		kind: 'role',
		source: 0,
		bullets: [
			'Top-producing hygienist in the practice, certified in laser periodontal therapy (ALD Standard Proficiency).'
		],
		expected: [
			{ kind: 'inflation', text: 'Top-producing' },
			{ kind: 'certification', text: 'ALD Standard Proficiency' }
		]
	},
	{
		name: 'blind planted: more patients and a dental assistant employer',
		person: 'hygienist',
		kind: 'role',
		source: 1,
		bullets: [
			'Assisted with up to 40 pediatric patients a day at Parkview and Smile Brands clinics.'
		],
		expected: [
			{ kind: 'number', text: '40' },
			{ kind: 'organization', text: 'Smile Brands' }
		]
	},
	// The health and safety advisor (Caldicot Civils Ltd, 2020-09 to now).
	{
		name: 'blind faithful: membership grade as a title',
		person: 'safety',
		kind: 'role',
		source: 0,
		bullets: [
			'Tech IOSH safety advisor carrying out weekly site inspections across 6 live sites.'
		],
		expected: []
	},
	{
		name: 'blind faithful: NEBOSH certificate in short form with its year',
		person: 'safety',
		kind: 'role',
		source: 0,
		bullets: [
			'Applied the NEBOSH Construction Certificate (2017) to reviews of subcontractor RAMS for excavations and lifting operations.',
			'SMSTS holder; led 14 accident and near-miss investigations with RIDDOR reports.'
		],
		expected: []
	},
	{
		name: 'blind faithful: safety key qualifications',
		person: 'safety',
		kind: 'key_qualifications',
		bullets: [
			'NEBOSH National Certificate in Construction',
			'Tech IOSH',
			'SMSTS and CSCS Black Card',
			'Accident investigation and RIDDOR reporting',
			'ISO 45001 management systems'
		],
		expected: []
	},
	{
		name: 'blind faithful: safety summary',
		person: 'safety',
		kind: 'executive_summary',
		text: 'Health and safety advisor with a BSc in Occupational Safety and Health, working in construction and manufacturing since 2016. Tech IOSH and NEBOSH-qualified; helped Caldicot Civils move from OHSAS 18001 to ISO 45001.',
		bullets: [],
		expected: []
	},
	{
		name: 'blind planted: chartered grade and a diploma the ad wants',
		person: 'safety',
		kind: 'key_qualifications',
		bullets: [
			'Chartered Member of IOSH (CMIOSH)',
			'NEBOSH National Diploma in Occupational Health and Safety'
		],
		expected: [
			{ kind: 'certification', text: 'Chartered Member of IOSH (CMIOSH)' },
			{ kind: 'certification', text: 'NEBOSH National Diploma' }
		]
	},
	{
		name: 'blind planted: halved and award-winning',
		person: 'safety',
		kind: 'role',
		source: 0,
		bullets: [
			'Halved accident rates across all 6 live sites, giving Caldicot Civils an award-winning safety record.'
		],
		expected: [
			{ kind: 'inflation', text: 'Halved' },
			{ kind: 'inflation', text: 'award-winning' }
		]
	},
	{
		name: 'blind planted: more investigations and named contractors',
		person: 'safety',
		kind: 'role',
		source: 0,
		bullets: [
			'Led 40 accident and near-miss investigations.',
			'Reviewed RAMS from Balfour Beatty and Kier subcontractors.'
		],
		expected: [
			{ kind: 'number', text: '40' },
			{ kind: 'organization', text: 'Balfour Beatty' },
			{ kind: 'organization', text: 'Kier' }
		]
	},
	// The aircraft engineer (Shannon Line Services, 2021-03 to now).
	{
		name: 'blind faithful: licence category and the regulation it is issued under',
		person: 'aircraft',
		kind: 'role',
		source: 0,
		bullets: [
			'B1.1 licensed engineer (EASA Part-66) certifying daily and weekly checks on A320 family aircraft.'
		],
		expected: []
	},
	{
		name: 'blind faithful: type rating with its issuer acronym and year',
		person: 'aircraft',
		kind: 'role',
		source: 0,
		bullets: [
			'A320 (CFM56) type rating from the IAA in 2021; rectified defects within MEL limits and issued the CRS.'
		],
		expected: []
	},
	{
		name: 'blind faithful: aircraft key qualifications',
		person: 'aircraft',
		kind: 'key_qualifications',
		bullets: [
			'EASA Part-66 B1.1 licence',
			'A320 family type rating (CFM56)',
			'Line maintenance and defect rectification',
			'AMOS and technical log records',
			'EWIS and human factors training (2024)'
		],
		expected: []
	},
	{
		name: 'blind planted: the other engine type and borescope work from the ad',
		person: 'aircraft',
		kind: 'role',
		source: 0,
		bullets: [
			'Certified checks on A320 family aircraft with LEAP-1A engines and carried out borescope inspections.'
		],
		expected: [
			{ kind: 'product', text: 'LEAP-1A' },
			{ kind: 'tool', text: 'borescope' }
		]
	},
	{
		name: 'blind planted: bigger crew since before the role',
		person: 'aircraft',
		kind: 'role',
		source: 0,
		bullets: ['Supervised 8 mechanics on night shift since 2018.'],
		expected: [
			{ kind: 'number', text: '8' },
			{ kind: 'date', text: '2018' }
		]
	},
	{
		name: 'blind planted: named airlines',
		person: 'aircraft',
		kind: 'role',
		source: 0,
		bullets: ['Line maintenance for Ryanair and Aer Lingus aircraft at Shannon.'],
		expected: [
			{ kind: 'organization', text: 'Ryanair' },
			{ kind: 'organization', text: 'Aer Lingus' }
		]
	},
	{
		name: 'blind planted: leading engineer at the best line station',
		person: 'aircraft',
		kind: 'executive_summary',
		text: 'Leading B1 engineer at one of the best line stations in Europe, certifying A320 family aircraft since 2021.',
		bullets: [],
		expected: [
			{ kind: 'inflation', text: 'Leading' },
			{ kind: 'inflation', text: 'best' }
		]
	},
	// The pastry chef (The Old Rectory Hotel, 2022-04 to now).
	{
		name: 'blind faithful: a qualification level with its issuer and year',
		person: 'pastry',
		kind: 'role',
		source: 0,
		bullets: [
			'Level 3 food safety (Highfield, 2023); kept HACCP records and the allergen matrix for the pastry section.'
		],
		expected: []
	},
	{
		name: 'blind faithful: by a third, as the data says',
		person: 'pastry',
		kind: 'role',
		source: 0,
		bullets: ['Cut pastry waste by a third by reworking the prep list.'],
		expected: []
	},
	{
		name: 'blind faithful: pastry key qualifications',
		person: 'pastry',
		kind: 'key_qualifications',
		bullets: [
			'Level 3 Diploma in Professional Patisserie and Confectionery',
			'Laminated doughs, croissants and Danish pastries',
			'Plated desserts and petits fours',
			'Sourdough and enriched breads',
			'HACCP and allergen awareness (Level 2)'
		],
		expected: []
	},
	{
		name: 'blind planted: award, doubling and the ad’s ice cream machine',
		person: 'pastry',
		kind: 'role',
		source: 0,
		bullets: ['Award-winning pastry chef who doubled afternoon tea covers using a Pacojet.'],
		expected: [
			{ kind: 'inflation', text: 'Award-winning' },
			{ kind: 'inflation', text: 'doubled' },
			{ kind: 'tool', text: 'Pacojet' }
		]
	},
	{
		name: 'blind planted: more loaves for named retailers',
		person: 'pastry',
		kind: 'role',
		source: 1,
		bullets: ['Baked up to 500 loaves a night, supplying Waitrose and Gail’s.'],
		expected: [
			{ kind: 'number', text: '500' },
			{ kind: 'organization', text: 'Waitrose' },
			{ kind: 'organization', text: 'Gail’s' }
		]
	},
	{
		name: 'blind planted: a Michelin star for a one-Rosette kitchen',
		person: 'pastry',
		kind: 'role',
		source: 0,
		bullets: ['Pastry chef de partie in a Michelin-starred 60-cover restaurant.'],
		expected: [{ kind: 'inflation', text: 'Michelin-starred' }]
	},
	// The actuarial analyst (Thameside Mutual Insurance, 2022-09 to now).
	{
		name: 'blind faithful: exam codes, the issuer acronym and the years they were passed',
		person: 'actuarial',
		kind: 'role',
		source: 0,
		bullets: [
			'Passed IFoA exams CS1, CM1 and CB1 (2023–2024) while running quarterly reserving in ResQ.'
		],
		expected: []
	},
	{
		name: 'blind faithful: degree by its bracketed short name',
		person: 'actuarial',
		kind: 'executive_summary',
		text: 'Actuarial analyst with a first-class MORSE degree from Warwick, running non-life reserving for 12 motor and property classes at Thameside Mutual.',
		bullets: [],
		expected: []
	},
	{
		name: 'blind faithful: a reconciliation sped up, in the data’s own figures',
		person: 'actuarial',
		kind: 'role',
		source: 0,
		bullets: ['Cut the claims data reconciliation from 3 days to half a day by rewriting it in R.'],
		expected: []
	},
	{
		name: 'blind planted: the ad’s standard and language',
		person: 'actuarial',
		kind: 'role',
		source: 0,
		bullets: ['Built the IFRS 17 liability for incurred claims model in Python.'],
		expected: [
			{ kind: 'product', text: 'IFRS 17' },
			{ kind: 'tool', text: 'Python' }
		]
	},
	{
		name: 'blind planted: fellowship and a later exam',
		person: 'actuarial',
		kind: 'key_qualifications',
		bullets: ['Fellow of the IFoA (FIA)', 'IFoA exams CS1, CM1, CB1 and CP1 passed'],
		expected: [
			{ kind: 'certification', text: 'Fellow of the IFoA (FIA)' },
			{ kind: 'certification', text: 'CP1' }
		]
	},
	{
		name: 'blind planted: reserves released and a percentage',
		person: 'actuarial',
		kind: 'role',
		source: 0,
		bullets: [
			'Released £4.2m of reserves by refining the Bornhuetter-Ferguson priors, a 15% fall in IBNR.'
		],
		expected: [
			{ kind: 'money', text: '£4.2m' },
			{ kind: 'percentage', text: '15%' }
		]
	},
	{
		name: 'blind planted: top performer who tripled the speed',
		person: 'actuarial',
		kind: 'role',
		source: 0,
		bullets: ['Top-performing analyst who tripled the speed of the quarterly reserving cycle.'],
		expected: [
			{ kind: 'inflation', text: 'Top-performing' },
			{ kind: 'inflation', text: 'tripled' }
		]
	},
	// The immigration paralegal (Marlow Finch Solicitors, 2023-01 to now).
	{
		name: 'blind faithful: accreditation by the part before its level',
		person: 'paralegal',
		kind: 'role',
		source: 0,
		bullets: [
			'OISC-accredited paralegal preparing around 120 Skilled Worker and Health and Care Worker visa applications a year.'
		],
		expected: []
	},
	{
		name: 'blind faithful: LPC from brackets, an accreditation year, a spoken language',
		person: 'paralegal',
		kind: 'executive_summary',
		text: 'Immigration paralegal with an LLB and the LPC, OISC Level 2 since 2024, and a background in HR right to work checks. Fluent in Yoruba.',
		bullets: [],
		expected: []
	},
	{
		name: 'blind planted: the ad’s case management system and a client',
		person: 'paralegal',
		kind: 'role',
		source: 0,
		bullets: ['Kept matter files in Proclaim for sponsor clients such as Rolls-Royce.'],
		expected: [
			{ kind: 'tool', text: 'Proclaim' },
			{ kind: 'organization', text: 'Rolls-Royce' }
		]
	},
	{
		name: 'blind planted: more sponsors and a higher OISC level',
		person: 'paralegal',
		kind: 'role',
		source: 0,
		bullets: [
			'Assigned Certificates of Sponsorship for 40 sponsor clients as an OISC Level 3 adviser.'
		],
		expected: [
			{ kind: 'number', text: '40' },
			{ kind: 'certification', text: 'OISC Level 3' }
		]
	},
	{
		name: 'blind planted: a leading team that doubled its volume',
		person: 'paralegal',
		kind: 'role',
		source: 0,
		bullets: ['Part of a leading immigration team that doubled its visa applications.'],
		expected: [
			{ kind: 'inflation', text: 'leading' },
			{ kind: 'inflation', text: 'doubled' }
		]
	},
	// The speech and language therapist (Glan Taf University Health Board, 2021-09 to now).
	{
		name: 'blind faithful: registration and membership grade in short form',
		person: 'therapist',
		kind: 'role',
		source: 0,
		bullets: [
			'HCPC-registered SLT and CertMRCSLT, managing adult dysphagia on the acute wards with IDDSI descriptors.'
		],
		expected: []
	},
	{
		name: 'blind faithful: an assessment by its bracketed acronym',
		person: 'therapist',
		kind: 'role',
		source: 0,
		bullets: ['Used the CAT to assess aphasia after stroke, and set up low-tech AAC.'],
		expected: []
	},
	{
		name: 'blind faithful: therapist key qualifications with a competency year',
		person: 'therapist',
		kind: 'key_qualifications',
		bullets: [
			'BSc (Hons) Speech and Language Therapy',
			'HCPC registration; CertMRCSLT',
			'Post-registration adult dysphagia competencies (2022)',
			'Videofluoroscopy reporting',
			'Fluent Welsh and English'
		],
		expected: []
	},
	{
		name: 'blind planted: the ad’s procedure and records system',
		person: 'therapist',
		kind: 'role',
		source: 0,
		bullets: ['Led FEES clinics and kept records in SystmOne.'],
		expected: [
			{ kind: 'tool', text: 'FEES' },
			{ kind: 'tool', text: 'SystmOne' }
		]
	},
	{
		name: 'blind planted: more staff trained',
		person: 'therapist',
		kind: 'role',
		source: 0,
		bullets: ['Trained 120 nurses and healthcare assistants in dysphagia screening.'],
		expected: [{ kind: 'number', text: '120' }]
	},
	{
		name: 'blind planted: top therapist in an award-winning unit',
		person: 'therapist',
		kind: 'role',
		source: 0,
		bullets: ['Top SLT in an award-winning hyper-acute stroke unit.'],
		expected: [
			{ kind: 'inflation', text: 'Top' },
			{ kind: 'inflation', text: 'award-winning' }
		]
	}
];
