import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleSession, parseJsonResumeFile, type Profile } from '$lib/domain';
import {
	validateJsonSchema,
	type JsonSchema
} from '../../../tests/fixtures/export/validate-json-schema';
import { serializeJsonResume, sessionToJsonResume } from './json-resume-export';
import { longTailoredSession, tailoredExampleSession } from './__fixtures__/tailored-sessions';

const schema = JSON.parse(
	readFileSync(
		new URL('../../../tests/fixtures/export/json-resume-schema.v1.0.0.json', import.meta.url),
		'utf8'
	)
) as JsonSchema;

/** The profile without the ids an import gives fresh. */
function withoutIds(profile: Profile) {
	const strip = <T extends { id: string }>(list: T[]) => list.map(({ id: _id, ...rest }) => rest);
	return {
		...profile,
		roles: strip(profile.roles),
		projects: strip(profile.projects),
		education: strip(profile.education),
		certifications: strip(profile.certifications),
		languages: strip(profile.languages)
	};
}

describe('sessionToJsonResume', () => {
	it('validates against the official JSON Resume 1.0 schema', () => {
		for (const session of [exampleSession(0), tailoredExampleSession(0), longTailoredSession(0)]) {
			expect(validateJsonSchema(sessionToJsonResume(session), schema)).toEqual([]);
		}
	});

	it('the schema check catches a wrong file (so the test above means something)', () => {
		const resume = sessionToJsonResume(exampleSession(0)) as Record<string, unknown>;
		const broken = { ...resume, work: [{ startDate: 'April 2021', highlights: 'one' }], extra: 1 };
		expect(validateJsonSchema(broken, schema)).toEqual([
			'$.work[0].startDate: "April 2021" does not match ^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$',
			'$.work[0].highlights: expected array, got string',
			'$: unexpected property "extra"'
		]);
	});

	it('maps the role description to work.summary and tailored bullets to highlights', () => {
		const resume = sessionToJsonResume(tailoredExampleSession(0));
		const work = resume.work as Array<Record<string, unknown>>;
		expect(work[0]).toMatchObject({
			name: 'Helvetia Freight AG',
			position: 'Senior Data Engineer',
			location: 'Zürich, Switzerland',
			startDate: '2021-04',
			summary:
				'Lead engineer of a four-person data platform team serving logistics planning, finance and customer reporting.'
		});
		expect(work[0]).not.toHaveProperty('description');
		expect(work[0]).not.toHaveProperty('endDate');
		expect((work[0]!.highlights as string[])[2]).toContain('naïve cron-based scheduler');
		expect(resume.basics).toMatchObject({
			summary: expect.stringMatching(/^Data engineer with 10\+ years/),
			location: { city: 'Zürich', region: 'Switzerland' }
		});
		expect((resume.projects as Array<Record<string, unknown>>)[0]).toMatchObject({
			name: 'tram-delays',
			keywords: ['Python', 'Kafka', 'DuckDB', 'Grafana'],
			url: 'https://github.com/zoe-lm-example/tram-delays'
		});
		expect((resume.skills as Array<{ name: string }>).map((skill) => skill.name)).toContain(
			'Leading and mentoring data engineers'
		);
	});

	it('re-imports an untailored session into the same profile (apart from ids)', () => {
		const session = exampleSession(0);
		// Details in the importer's own shape and a "Website" link travel through standard fields.
		session.profile.education[0]!.details = 'Score: 5.5/6\nCourses: Syntax, Corpus linguistics';
		session.profile.header.links.unshift({ label: 'Website', url: 'https://zoe.example.com' });
		const imported = parseJsonResumeFile(serializeJsonResume(session));
		if (!imported.ok) throw new Error(imported.message);
		const expected = withoutIds(session.profile);
		const actual = withoutIds(imported.value);
		// Education location has no JSON Resume field; it travels as an extra "location" property.
		expect(actual).toEqual(expected);
		const education = sessionToJsonResume(session).education as Array<Record<string, unknown>>;
		expect(education.map((entry) => entry.location)).toEqual([
			'Zürich, Switzerland',
			'Łódź, Poland'
		]);
	});

	it('writes free-text education details as an extra "summary" the schema allows', () => {
		const session = exampleSession(0);
		session.profile.education[0]!.details = 'Thesis on Polish named entities.';
		const education = sessionToJsonResume(session).education as Array<Record<string, unknown>>;
		expect(education[0]).toMatchObject({ summary: 'Thesis on Polish named entities.' });
		expect(validateJsonSchema(sessionToJsonResume(session), schema)).toEqual([]);
	});
});
