import { describe, expect, it } from 'vitest';
import type { CvImportSuccess } from './cv-import-result';
import { REFUSALS } from './cv-read-error';
import { importCvText } from './import-cv';

function imported(text: string): CvImportSuccess {
	const result = importCvText(text);
	if (!result.ok) throw new Error(result.message);
	return result;
}

const NURSE = `Amira Haddad
Senior Staff Nurse
amira.haddad@example.org | +44 7700 900123 | Leeds, UK

PROFILE
Registered nurse with nine years on acute medical wards.

EXPERIENCE
Senior Staff Nurse
St James's University Hospital, Leeds · Mar 2019 – Present
Charge nurse on a 28-bed respiratory ward.
• Led a team of 6 nurses and 4 healthcare assistants per shift
• Cut pressure ulcer incidents by 40% in one year

Staff Nurse
Bradford Royal Infirmary, Bradford · 09/2015 - 02/2019
- Administered IV therapy and managed central lines

EDUCATION
BSc (Hons) in Adult Nursing
University of Leeds, Leeds · 2012 – 2015

LANGUAGES
English (native), Arabic (fluent)

SKILLS
Clinical: IV therapy, wound care, tracheostomy care
Rota planning`;

describe('importCvText', () => {
	it('reads the header, roles, education, languages and skills of a plain-text CV', () => {
		const { profile, uncertain } = imported(NURSE);
		expect(profile.header).toMatchObject({
			name: 'Amira Haddad',
			headline: 'Senior Staff Nurse',
			email: 'amira.haddad@example.org',
			phone: '+44 7700 900123',
			location: 'Leeds, UK'
		});
		expect(profile.talents).toBe('Registered nurse with nine years on acute medical wards.');
		expect(profile.roles).toMatchObject([
			{
				title: 'Senior Staff Nurse',
				organization: "St James's University Hospital",
				location: 'Leeds',
				start: '2019-03',
				current: true,
				description: 'Charge nurse on a 28-bed respiratory ward.',
				accomplishments: [
					'Led a team of 6 nurses and 4 healthcare assistants per shift',
					'Cut pressure ulcer incidents by 40% in one year'
				]
			},
			{
				title: 'Staff Nurse',
				organization: 'Bradford Royal Infirmary',
				start: '2015-09',
				end: '2019-02',
				current: false,
				accomplishments: ['Administered IV therapy and managed central lines']
			}
		]);
		expect(profile.education).toMatchObject([
			{
				degree: 'BSc (Hons)',
				field: 'Adult Nursing',
				institution: 'University of Leeds',
				start: '2012',
				end: '2015'
			}
		]);
		expect(profile.languages).toMatchObject([
			{ language: 'English', fluency: 'native' },
			{ language: 'Arabic', fluency: 'fluent' }
		]);
		expect(profile.skills).toMatchObject([
			{ name: 'Clinical', keywords: ['IV therapy', 'wound care', 'tracheostomy care'] },
			{ name: 'Rota planning', keywords: [] }
		]);
		expect(uncertain).not.toContain('roles.0.title');
	});

	it('points every span at the text the field was read from', () => {
		const result = imported(NURSE);
		const span = result.spans.find((candidate) => candidate.field === 'roles.1.organization')!;
		expect(result.text.slice(span.start, span.end)).toBe('Bradford Royal Infirmary');
	});

	it('reads skills groups on one line, levels only when they name a level, and languages after brackets', () => {
		const { profile } = imported(
			'Jane Doe\n\nSKILLS\nClinical: IV therapy, wound care · Leadership: rotas\nExcel (advanced), Cerner (EPR)\n\nLANGUAGES\nAnglais (B2) – Italien (A2)'
		);
		expect(profile.skills).toMatchObject([
			{ name: 'Clinical', level: '', keywords: ['IV therapy', 'wound care'] },
			{ name: 'Leadership', keywords: ['rotas'] },
			{ name: 'Excel', level: 'advanced', keywords: [] },
			{ name: 'Cerner (EPR)', level: '', keywords: [] }
		]);
		expect(profile.languages).toMatchObject([
			{ language: 'Anglais', fluency: 'B2' },
			{ language: 'Italien', fluency: 'A2' }
		]);
	});

	it('refuses empty text and text that is not a CV, each with its sentence', () => {
		expect(importCvText('  \n ')).toEqual({ ok: false, message: REFUSALS.empty });
		expect(importCvText('Dear Sir or Madam,\nPlease find the invoice attached.\nRegards')).toEqual({
			ok: false,
			message: REFUSALS.notCv
		});
	});
});
