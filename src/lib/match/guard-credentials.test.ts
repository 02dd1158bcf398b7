import { describe, expect, it } from 'vitest';
import { exampleJob } from '$lib/domain/example-session';
import { FindingSchema } from '$lib/domain/finding';
import { ProfileSchema } from '$lib/domain/profile';
import { credentialForms } from './credential-forms';
import { findUnsupportedClaims } from './fabrication-guard';
import { guardSourcesFor } from './guard-sources';

const profile = ProfileSchema.parse({
	header: { name: 'Priya Shah', headline: 'HR Business Partner' },
	roles: [
		{
			id: 'role-1',
			organization: 'Northwind Logistics',
			title: 'HR Business Partner',
			start: '2020-01',
			current: true,
			accomplishments: [
				'Cut time to hire from 60 to 41 days across 3 depots.',
				'Grew survey response rate from 12% to 21%.'
			]
		}
	],
	education: [
		{
			id: 'edu-1',
			institution: 'University of Leeds',
			degree: 'MA Human Resource Management',
			end: '2014-06'
		}
	],
	certifications: [
		{
			id: 'cert-1',
			name: 'Chartered Member (MCIPD)',
			issuer: 'Chartered Institute of Personnel and Development',
			date: '2021-09'
		},
		{ id: 'cert-2', name: 'NVQ Level 3 in Business Administration', issuer: '', date: '2015-06' },
		{ id: 'cert-3', name: 'Member of the Chartered Institute of Building', issuer: '', date: '' },
		{ id: 'cert-4', name: 'Level 3 Award in Education and Training', issuer: '', date: '' },
		{ id: 'cert-5', name: 'NEBOSH National General Certificate', issuer: 'NEBOSH', date: '' },
		{
			id: 'cert-6',
			name: 'IATA Dangerous Goods Regulations (DGR) Category 6',
			issuer: '',
			date: ''
		}
	],
	languages: [
		{ id: 'lang-1', language: 'Gujarati', fluency: 'native' },
		{ id: 'lang-2', language: 'German', fluency: 'C1' }
	],
	skills: [{ id: 'skill-1', name: 'Workday', level: '', keywords: [] }]
});

function check(bullet: string, person = profile) {
	const sources = guardSourcesFor({ kind: 'role', sourceId: 'role-1' }, person, exampleJob(), 2025);
	return findUnsupportedClaims({ text: '', bullets: [bullet] }, sources).map(({ kind, text }) => ({
		kind,
		text
	}));
}

describe('credentialForms', () => {
	it('adds the parenthesised abbreviation, the part before a level and the issuer acronym', () => {
		const forms = credentialForms([
			'Chartered Member (MCIPD)',
			'Chartered Institute of Personnel and Development',
			'NVQ Level 3 in Business Administration'
		]);
		expect(forms).toEqual(
			expect.arrayContaining(['MCIPD', 'CIPD', 'NVQ', 'Business Administration'])
		);
	});
});

describe("the guard on the person's own credentials", () => {
	it('passes a role bullet naming a credential in its short forms', () => {
		expect(check('Drove the people plan as an MCIPD-qualified CIPD member.')).toEqual([]);
		expect(check('Holds an NVQ in Business Administration and speaks Gujarati.')).toEqual([]);
	});

	it('passes the body of a membership and a named award by their initials', () => {
		expect(
			check('Chartered member of the CIOB, trained trainers as a Level 3 AET holder.')
		).toEqual([]);
	});

	it('passes a level written into the name, an award by its own initials and a CEFR level', () => {
		expect(check('Completed an NVQ3 in Business Administration, a Level 3 NVQ.')).toEqual([]);
		expect(check('Supported German sites with C1-level German.')).toEqual([]);
		expect(check('Ran depot safety walks as a NEBOSH NGC holder.')).toEqual([]);
	});

	it('passes an issuer code written with the abbreviation in brackets', () => {
		expect(check('Shipped chilled cargo by air as an IATA DGR certified coordinator.')).toEqual([]);
		expect(check('Holds the IATA DGR certification.')).toEqual([]);
	});

	it("passes the year of the person's degree in a role bullet", () => {
		expect(check('Applied the MA Human Resource Management (2014) to the people plan.')).toEqual(
			[]
		);
	});

	it("passes the date of the person's certificate in any item", () => {
		expect(check('Became a Chartered Member of the CIPD in September 2021.')).toEqual([]);
	});

	it("passes a skill from the person's Skills list", () => {
		expect(check('Rolled out Workday to 3 depots.')).toEqual([]);
	});
});

describe('vague inflation', () => {
	it("flags superlatives and multiples the person's data does not say", () => {
		expect(check('Award-winning partner to a top-performing depot network.')).toEqual([
			{ kind: 'inflation', text: 'Award-winning' },
			{ kind: 'inflation', text: 'top-performing' }
		]);
		expect(check('Tripled the survey response rate.')).toEqual([
			{ kind: 'inflation', text: 'Tripled' }
		]);
		expect(check('Cut time to hire by a half.')).toEqual([
			{ kind: 'inflation', text: 'by a half' }
		]);
		expect(check('Halved time to hire.')).toEqual([{ kind: 'inflation', text: 'Halved' }]);
	});

	it('flags rankings and multiples against an outside yardstick', () => {
		const found = check(
			'Ranked first among partners, ran the highest-performing depot at twice the national rate.'
		).map((finding) => finding.text);
		expect(found).toEqual(['Ranked first', 'highest-performing', 'twice']);
		expect(check('Met depot managers twice a week.')).toEqual([]);
	});

	it('passes a multiple that says less than the figures', () => {
		const fixer = ProfileSchema.parse({
			header: { name: 'Sam Reid' },
			roles: [
				{
					id: 'role-1',
					start: '2020-01',
					accomplishments: ['Cut open repair jobs from 140 to 60.']
				}
			]
		});
		// 140 to 60 is more than halved: an understatement, not inflation.
		expect(check('Halved the open repair jobs.', fixer)).toEqual([]);
		// 60 to 140 read backwards is 2.3: not enough to pass a "doubled" the data never says.
		expect(check('Doubled the repair crew.', fixer)).toEqual([
			{ kind: 'inflation', text: 'Doubled' }
		]);
		expect(check('Cut open repair jobs by two thirds.', fixer)).toEqual([
			{ kind: 'inflation', text: 'by two thirds' }
		]);
	});

	it("passes a multiple the person's own figures bear out, and ordinary uses of the words", () => {
		expect(check('Nearly doubled the survey response rate (12% to 21%).')).toEqual([]);
		expect(check('Cut time to hire by a third, from 60 to 41 days.')).toEqual([]);
		expect(check('Leading the HR side of 3 depots, applying best practices.')).toEqual([]);
	});
});

describe('the inflation finding as saved', () => {
	it('loads with a session, next to the kinds saved before it existed', () => {
		const saved = [
			{ kind: 'inflation', text: 'Award-winning', bulletIndex: 0, start: 0, end: 13 },
			{ kind: 'number', text: '12', bulletIndex: 1, start: 4, end: 6, confirmed: true }
		];
		expect(saved.map((finding) => FindingSchema.parse(finding).kind)).toEqual([
			'inflation',
			'number'
		]);
	});
});
