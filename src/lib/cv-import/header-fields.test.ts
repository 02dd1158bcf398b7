import { describe, expect, it } from 'vitest';
import { importCvText } from './import-cv';

function headerOf(text: string) {
	const result = importCvText(`${text}\n\nEXPERIENCE\nNurse, St Mary Hospital\n2019 – 2021`);
	if (!result.ok) throw new Error(result.message);
	return result.profile.header;
}

describe('header fields', () => {
	it('reads name, headline and the contact line with its separators', () => {
		expect(
			headerOf(
				'Jane Doe\nStaff Nurse\njane@example.org · +44 7700 900123 · Leeds, UK · linkedin.com/in/jane-doe'
			)
		).toEqual({
			name: 'Jane Doe',
			headline: 'Staff Nurse',
			email: 'jane@example.org',
			phone: '+44 7700 900123',
			location: 'Leeds, UK',
			links: [{ label: 'LinkedIn', url: 'linkedin.com/in/jane-doe' }]
		});
	});

	it('names the network of a profile link from its address, and leaves a personal site unnamed', () => {
		expect(
			headerOf(
				'Jane Doe\njane@example.org · github.com/jdoe · https://orcid.org/0000-0002-1825-0097 · www.janedoe.no'
			).links
		).toEqual([
			{ label: 'GitHub', url: 'github.com/jdoe' },
			{ label: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' },
			{ label: '', url: 'www.janedoe.no' }
		]);
	});

	it('reads labelled lines in other languages and an address', () => {
		expect(
			headerOf(
				'Andreas Vogel\nTelefon: 0911 4455667\nE-Mail: a.vogel@example.de\nAdresse: Hauptstraße 88, 90402 Nürnberg'
			)
		).toMatchObject({
			name: 'Andreas Vogel',
			email: 'a.vogel@example.de',
			phone: '0911 4455667',
			location: 'Hauptstraße 88, 90402 Nürnberg'
		});
	});

	it('does not take a date range for a phone number, nor a title for a name', () => {
		const header = headerOf('CURRICULUM VITAE\nMaria Silva\n2019 - 2021');
		expect(header.name).toBe('Maria Silva');
		expect(header.phone).toBe('');
	});

	it('joins a phone number whose country code ended the line before, and reads the headline beside the place', () => {
		expect(
			headerOf(
				'Priya Raghunathan\nRegistered Dental Hygienist · Leeds, United Kingdom · priya@example.co.uk · +44\n7700 900123'
			)
		).toMatchObject({
			name: 'Priya Raghunathan',
			headline: 'Registered Dental Hygienist',
			phone: '+44 7700 900123',
			location: 'Leeds, United Kingdom'
		});
	});

	it('reads a town no list knows, with its region, from the contact line', () => {
		expect(
			headerOf(
				'Gary Holt\nHGV Driver\nWakefield, West Yorkshire · gary@example.co.uk · 07700 900456'
			)
		).toMatchObject({ headline: 'HGV Driver', location: 'Wakefield, West Yorkshire' });
	});
});
