import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleSession, parseJsonResumeFile, type Header } from '$lib/domain';
import {
	validateJsonSchema,
	type JsonSchema
} from '../../../tests/fixtures/export/validate-json-schema';
import { serializeJsonResume, sessionToJsonResume } from './json-resume-export';

const schema = JSON.parse(
	readFileSync(
		new URL('../../../tests/fixtures/export/json-resume-schema.v1.0.0.json', import.meta.url),
		'utf8'
	)
) as JsonSchema;

/** The JSON Resume basics of the example session with the header changed as given. */
function basicsWith(header: Partial<Header>) {
	const session = structuredClone(exampleSession(0));
	const { countryCode: _code, ...rest } = session.profile.header;
	session.profile.header = { ...rest, ...header };
	const resume = sessionToJsonResume(session);
	expect(validateJsonSchema(resume, schema)).toEqual([]);
	return { basics: resume.basics as Record<string, unknown>, session };
}

describe('JSON Resume location', () => {
	it.each([
		['Bergen, Norway', { city: 'Bergen', countryCode: 'NO' }],
		['München, Deutschland', { city: 'München', countryCode: 'DE' }],
		['Leeds, UK', { city: 'Leeds', countryCode: 'GB' }],
		['Austin, TX', { city: 'Austin', region: 'TX' }],
		['Atlanta, Georgia', { city: 'Atlanta', region: 'Georgia' }],
		[
			'Wakefield, West Yorkshire, United Kingdom',
			{
				city: 'Wakefield',
				region: 'West Yorkshire',
				countryCode: 'GB'
			}
		],
		['Remote', { city: 'Remote' }],
		['Brazil', { countryCode: 'BR' }]
	])('writes "%s" as %o', (location, expected) => {
		expect(basicsWith({ location }).basics.location).toEqual(expected);
	});

	it('reads back as the place the CV printed', () => {
		const { session } = basicsWith({ location: 'Bergen, Norway' });
		session.profile.header = { ...session.profile.header, location: 'Bergen, Norway' };
		const imported = parseJsonResumeFile(serializeJsonResume(session));
		if (!imported.ok) throw new Error(imported.message);
		expect(imported.value.header).toMatchObject({ location: 'Bergen, Norway', countryCode: 'NO' });
	});
});

describe('JSON Resume profiles', () => {
	it('names the network and username from the address, with a scheme', () => {
		const { basics } = basicsWith({
			links: [
				{ label: '', url: 'linkedin.com/in/ingridsolberg' },
				{ label: '', url: 'https://github.com/isolberg/' },
				{ label: 'Portfolio', url: 'behance.net/ingrid' },
				{ label: '', url: 'stackoverflow.com/users/12345/ingrid-s' }
			]
		});
		expect(basics.url).toBeUndefined();
		expect(basics.profiles).toEqual([
			{
				network: 'LinkedIn',
				username: 'ingridsolberg',
				url: 'https://linkedin.com/in/ingridsolberg'
			},
			{ network: 'GitHub', username: 'isolberg', url: 'https://github.com/isolberg/' },
			{ network: 'Portfolio', username: 'ingrid', url: 'https://behance.net/ingrid' },
			{
				network: 'Stack Overflow',
				username: 'ingrid-s',
				url: 'https://stackoverflow.com/users/12345/ingrid-s'
			}
		]);
	});

	it('writes a first, unnamed personal site as the website, with a scheme', () => {
		const { basics } = basicsWith({
			links: [
				{ label: '', url: 'www.ingridsolberg.no' },
				{ label: '', url: 'linkedin.com/in/ingridsolberg' }
			]
		});
		expect(basics.url).toBe('https://www.ingridsolberg.no');
		expect(basics.profiles).toEqual([
			expect.objectContaining({ network: 'LinkedIn', url: 'https://linkedin.com/in/ingridsolberg' })
		]);
	});
});
