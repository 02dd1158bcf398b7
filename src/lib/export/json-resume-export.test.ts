import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleSession, parseJsonResumeFile, type Profile } from '$lib/domain';
import {
	validateJsonSchema,
	type JsonSchema
} from '../../../tests/fixtures/export/validate-json-schema';
import { serializeJsonResume, sessionToJsonResume } from './json-resume-export';
import { orderSkillsForJob } from './order-skills';
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
		languages: strip(profile.languages),
		skills: strip(profile.skills)
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
			// The country travels as its code; the importer prints "Zürich, Switzerland" again.
			location: { city: 'Zürich', countryCode: 'CH' },
			profiles: [
				{
					network: 'LinkedIn',
					username: 'zoe-lukasiewicz-example',
					url: 'https://www.linkedin.com/in/zoe-lukasiewicz-example'
				},
				{
					network: 'GitHub',
					username: 'zoe-lm-example',
					url: 'https://github.com/zoe-lm-example'
				}
			]
		});
		expect((resume.projects as Array<Record<string, unknown>>)[0]).toMatchObject({
			name: 'tram-delays',
			keywords: ['Python', 'Kafka', 'DuckDB', 'Grafana'],
			url: 'https://github.com/zoe-lm-example/tram-delays'
		});
		// The profile's skills, the job's first, then the accepted key qualifications by name.
		expect(resume.skills).toEqual([
			{
				name: 'Data pipelines',
				level: 'Advanced',
				keywords: ['Kafka', 'Airflow', 'dbt', 'Great Expectations']
			},
			{ name: 'Python', level: 'Expert', keywords: ['PySpark', 'scikit-learn'] },
			{ name: 'SQL', level: 'Expert', keywords: ['PostgreSQL', 'Amazon Redshift', 'T-SQL'] },
			{ name: 'Cloud', level: 'Advanced', keywords: ['AWS', 'GCP'] },
			{ name: 'Streaming and batch pipelines: Kafka, Spark, Airflow' },
			{ name: 'Data modelling and testing with dbt and Great Expectations' },
			{ name: 'AWS data platforms: Redshift, S3, MSK' },
			{ name: 'Leading and mentoring data engineers' },
			{ name: 'Clear communication in English, German and Polish' }
		]);
	});

	it('re-imports an untailored session into the same profile (apart from ids)', () => {
		const session = exampleSession(0);
		// Details in the importer's own shape and a "Website" link travel through standard fields.
		session.profile.education[0]!.details = 'Score: 5.5/6\nCourses: Syntax, Corpus linguistics';
		session.profile.header.links.unshift({ label: 'Website', url: 'https://zoe.example.com' });
		// A handle without an address, and a place the country code does not repeat.
		session.profile.header.links.push({
			label: 'Mastodon',
			url: '',
			username: '@zoe@example.social'
		});
		session.profile.header.location = 'Zürich, Canton of Zürich';
		expect(validateJsonSchema(sessionToJsonResume(session), schema)).toEqual([]);
		const imported = parseJsonResumeFile(serializeJsonResume(session));
		if (!imported.ok) throw new Error(imported.message);
		// Skills come back in the order the CV shows them for this job: the ones it asks for first.
		const expected = withoutIds({
			...session.profile,
			skills: orderSkillsForJob(session.profile.skills, session.job)
		});
		const actual = withoutIds(imported.value);
		expect(actual.skills.map((skill) => skill.name)).toEqual([
			'Data pipelines',
			'Python',
			'SQL',
			'Cloud'
		]);
		// Education location has no JSON Resume field; it travels as an extra "location" property.
		expect(actual).toEqual(expected);
		const education = sessionToJsonResume(session).education as Array<Record<string, unknown>>;
		expect(education.map((entry) => entry.location)).toEqual([
			'Zürich, Switzerland',
			'Łódź, Poland'
		]);
	});

	it('re-imports skills with their levels and keywords, and a country without a city', () => {
		const session = structuredClone(exampleSession(0));
		session.job.description = '';
		session.job.similarDescriptions = [];
		session.profile.header.location = 'Switzerland';
		session.profile.skills.push({ id: 'x', name: '', level: '', keywords: ['Sourdough'] });
		const resume = sessionToJsonResume(session);
		expect(resume.basics).toMatchObject({ location: { countryCode: 'CH' } });
		expect(validateJsonSchema(resume, schema)).toEqual([]);
		const imported = parseJsonResumeFile(serializeJsonResume(session));
		if (!imported.ok) throw new Error(imported.message);
		expect(imported.value.header.location).toBe('Switzerland');
		expect(withoutIds(imported.value).skills).toEqual(withoutIds(session.profile).skills);
	});

	it('writes free-text education details as an extra "summary" the schema allows', () => {
		const session = exampleSession(0);
		session.profile.education[0]!.details = 'Thesis on Polish named entities.';
		const education = sessionToJsonResume(session).education as Array<Record<string, unknown>>;
		expect(education[0]).toMatchObject({ summary: 'Thesis on Polish named entities.' });
		expect(validateJsonSchema(sessionToJsonResume(session), schema)).toEqual([]);
	});
});
