import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonResumeSchema, parseJsonResumeFile, profileFromJsonResume } from './json-resume';
import { ProfileSchema, type Profile } from './profile';

function fixture(name: string): string {
	return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}

function importProfile(text: string): Profile {
	const result = parseJsonResumeFile(text);
	if (!result.ok) throw new Error(`expected the resume to import, got: ${result.message}`);
	return result.value;
}

describe('the official JSON Resume sample', () => {
	const profile = importProfile(fixture('sample.resume.json'));

	it('fills the header, keeping the country code and every profile with its username', () => {
		expect(profile.header).toEqual({
			name: 'Richard Hendriks',
			headline: 'Programmer',
			email: 'richard.hendriks@mail.com',
			phone: '(912) 555-4321',
			location: 'San Francisco, California',
			countryCode: 'US',
			links: [
				{ label: 'Website', url: 'http://richardhendricks.example.com' },
				// No address: the CV leaves it out, the handle stays for a JSON Resume export.
				{ label: 'Twitter', url: '', username: 'neutralthoughts' },
				{
					label: 'SoundCloud',
					url: 'https://soundcloud.example.com/dandymusicnl',
					username: 'dandymusicnl'
				}
			]
		});
	});

	it('keeps skills as structured skills, not folded into what the person is good at', () => {
		expect(profile.skills).toEqual([
			{
				id: expect.any(String),
				name: 'Web Development',
				level: 'Master',
				keywords: ['HTML', 'CSS', 'Javascript']
			},
			{
				id: expect.any(String),
				name: 'Compression',
				level: 'Master',
				keywords: ['Mpeg', 'MP4', 'GIF']
			}
		]);
		expect(profile.talents.startsWith('Richard hails from Tulsa.')).toBe(true);
		expect(profile.talents).not.toContain('Skills');
		expect(profile.talents).not.toContain('Mpeg');
	});

	it('maps work to a role with month dates and highlights as accomplishments', () => {
		expect(profile.roles).toHaveLength(1);
		expect(profile.roles[0]).toMatchObject({
			organization: 'Pied Piper',
			title: 'CEO/President',
			location: 'Palo Alto, CA',
			start: '2013-12',
			end: '2014-12',
			current: false,
			accomplishments: [
				'Build an algorithm for artist to detect if their music was violating copy right infringement laws',
				'Successfully won Techcrunch Disrupt',
				'Optimized an algorithm that holds the current world record for Weisman Scores'
			]
		});
		expect(profile.roles[0]!.description).toContain('proprietary universal compression algorithm');
		expect(profile.roles[0]!.description).toContain('Awesome compression company');
	});

	it('maps projects with their keywords as tools and highlights in the description', () => {
		expect(profile.projects).toEqual([
			{
				id: expect.any(String),
				name: 'Miss Direction',
				description:
					'A mapping engine that misguides you\n• Won award at AIHacks 2016\n• Built by all women team of newbie programmers\n• Using modern technologies such as GoogleMaps, Chrome Extension and Javascript',
				tools: ['GoogleMaps', 'Chrome Extension', 'Javascript'],
				link: 'missdirection.example.com'
			}
		]);
	});

	it('maps education and languages; sections the profile has no place for are ignored', () => {
		expect(profile.education).toEqual([
			{
				id: expect.any(String),
				institution: 'University of Oklahoma',
				degree: 'Bachelor',
				field: 'Information Technology',
				location: '',
				start: '2011-06',
				end: '2014-01',
				details: 'Score: 4.0\nCourses: DB1101 - Basic SQL, CS2011 - Java Introduction'
			}
		]);
		expect(profile.languages).toEqual([
			{ id: expect.any(String), language: 'English', fluency: 'Native speaker' }
		]);
		expect(profile.certifications).toEqual([]);
	});

	it('is a valid profile with fresh, distinct ids', () => {
		expect(ProfileSchema.safeParse(profile).success).toBe(true);
		const ids = [
			profile.roles,
			profile.projects,
			profile.education,
			profile.languages,
			profile.skills
		].flatMap((entries) => entries.map((entry) => entry.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(importProfile(fixture('sample.resume.json')).roles[0]!.id).not.toBe(
			profile.roles[0]!.id
		);
	});
});

describe('a resume with missing sections and non-Latin names', () => {
	const profile = importProfile(fixture('edge.resume.json'));

	it('keeps names and text in every script exactly', () => {
		expect(profile.header.name).toBe('王小明');
		expect(profile.header.headline).toBe('数据工程师');
		expect(profile.talents).toBe('在北京和莫斯科做了八年的数据管道。');
		expect(profile.roles.map((role) => role.organization)).toEqual([
			'Яндекс',
			'شركة البيانات العربية'
		]);
		expect(profile.languages.map((language) => language.language)).toEqual(['中文', 'Русский']);
	});

	it('prints the country in words when the region is left empty, and keeps its code', () => {
		expect(profile.header.location).toBe('北京, China');
		expect(profile.header.countryCode).toBe('CN');
	});

	it('reads the pre-1.0 "company" field, marks an open-ended role as current, drops blank highlights', () => {
		expect(profile.roles[0]).toMatchObject({
			organization: 'Яндекс',
			title: 'Инженер данных',
			start: '2019-07',
			end: '',
			current: true,
			accomplishments: ['Построил конвейер событий на Kafka для 40 млн пользователей.']
		});
		expect(profile.roles[1]).toMatchObject({ start: '2016', end: '2019-06', current: false });
	});

	it('leaves absent sections empty instead of failing', () => {
		expect(profile.projects).toEqual([]);
		expect(profile.education).toEqual([]);
		expect(profile.certifications).toEqual([]);
		expect(profile.header.phone).toBe('');
		expect(profile.header.links).toEqual([
			{ label: 'GitHub', url: 'https://github.com/wang-example', username: 'wang-example' },
			{ label: '微博', url: '', username: 'wangxm' }
		]);
		expect(profile.skills).toEqual([]);
	});

	it('imports a resume that has only a name', () => {
		const only = importProfile(JSON.stringify({ basics: { name: 'Ngũgĩ wa Thiong’o' } }));
		expect(only.header.name).toBe('Ngũgĩ wa Thiong’o');
		expect(only.roles).toEqual([]);
		expect(only.talents).toBe('');
	});
});

describe('parseJsonResumeFile refusals', () => {
	it('refuses a file that is not JSON', () => {
		expect(parseJsonResumeFile('name: Richard')).toEqual({
			ok: false,
			message: 'This file is not valid JSON: it may be cut off or not a JSON file.'
		});
	});

	it('refuses JSON that is not a resume, an aicvgen session file included', () => {
		const message =
			'This is not a JSON Resume: it has none of "basics", "work", "projects" or "education".';
		expect(parseJsonResumeFile('[1, 2]')).toEqual({ ok: false, message });
		expect(parseJsonResumeFile('null')).toEqual({ ok: false, message });
		expect(parseJsonResumeFile('{"format":"aicvgen-session","session":{}}')).toEqual({
			ok: false,
			message
		});
	});

	it('names the entry and field with the wrong type', () => {
		const result = parseJsonResumeFile(
			JSON.stringify({ work: [{ name: 'A' }, { name: 'B', highlights: 'Did things' }] })
		);
		expect(result).toEqual({
			ok: false,
			message: 'This JSON Resume has problems:\nwork #2 › highlights: should be a list, not text'
		});
	});

	it('refuses a resume that would overflow the profile, saying what is too long', () => {
		const result = parseJsonResumeFile(JSON.stringify({ basics: { name: 'x'.repeat(201) } }));
		expect(result).toEqual({
			ok: false,
			message:
				'This JSON Resume does not fit a profile:\nHeader › name: Too long: at most 200 characters, this has 201.'
		});
	});
});

describe('profileFromJsonResume', () => {
	it('prefers "name" over the old "company" and joins summary and description', () => {
		const resume = JsonResumeSchema.parse({
			work: [{ name: 'New', company: 'Old', summary: 'One.', description: 'Two.' }]
		});
		const [role] = profileFromJsonResume(resume).roles;
		expect(role).toMatchObject({ organization: 'New', description: 'One.\nTwo.' });
	});

	it('does not call a role without any dates current', () => {
		const resume = JsonResumeSchema.parse({
			work: [{ name: 'Undated' }, { name: 'Open-ended', startDate: '2020-01-01' }]
		});
		expect(profileFromJsonResume(resume).roles.map((role) => role.current)).toEqual([false, true]);
	});

	it('maps certificates', () => {
		const resume = JsonResumeSchema.parse({
			certificates: [
				{ name: 'CKA', issuer: 'CNCF', date: '2022-11-05', url: 'https://example.com/c' }
			]
		});
		expect(profileFromJsonResume(resume).certifications).toEqual([
			{
				id: expect.any(String),
				name: 'CKA',
				issuer: 'CNCF',
				date: '2022-11',
				url: 'https://example.com/c'
			}
		]);
	});
});

describe('skills and places', () => {
	it('leaves out a skill with neither a name nor keywords, and blank keywords', () => {
		const resume = JsonResumeSchema.parse({
			skills: [
				{ name: '', level: 'Expert', keywords: [' '] },
				{ keywords: ['Phlebotomy', ''] },
				{ name: 'Triage', level: 'Advanced' }
			]
		});
		expect(profileFromJsonResume(resume).skills).toEqual([
			{ id: expect.any(String), name: '', level: '', keywords: ['Phlebotomy'] },
			{ id: expect.any(String), name: 'Triage', level: 'Advanced', keywords: [] }
		]);
	});

	it('refuses more skills than a profile holds, saying how many fit', () => {
		const skills = Array.from({ length: 61 }, (_, index) => ({ name: `Skill ${index}` }));
		expect(parseJsonResumeFile(JSON.stringify({ basics: {}, skills }))).toEqual({
			ok: false,
			message: 'This JSON Resume does not fit a profile:\nSkill: Too many skills: at most 60.'
		});
	});

	it.each([
		[{ city: 'Berlin', countryCode: 'DE' }, 'Berlin, Germany', 'DE'],
		[{ city: 'Austin', region: 'Texas', countryCode: 'US' }, 'Austin, Texas', 'US'],
		[{ countryCode: 'ch' }, 'Switzerland', 'ch'],
		[{ city: 'Nowhere', countryCode: 'Atlantis' }, 'Nowhere, Atlantis', 'Atlantis'],
		[{ city: 'Lyon' }, 'Lyon', undefined]
	])('location %j → %j, country code %j', (location, place, code) => {
		const { header } = profileFromJsonResume(JsonResumeSchema.parse({ basics: { location } }));
		expect(header.location).toBe(place);
		expect(header.countryCode).toBe(code);
	});
});
