import {
	absoluteUrl,
	countryCodeOf,
	countryName,
	linkNetwork,
	type Header,
	type Link,
	type Profile,
	type Session
} from '$lib/domain';
import {
	acceptedSingleItem,
	cleanLine,
	resolveProjectContent,
	resolveRoleContent
} from './cv-document';
import { orderSkillsForJob } from './order-skills';

/**
 * The tailored CV as JSON Resume 1.0 (https://jsonresume.org/schema), the interchange format
 * other resume tools read. Same content rule as the PDF: accepted tailoring where there is
 * one, the profile's own text everywhere else. Where nothing is tailored the profile's fields
 * are written as they are, so importing the file back gives the same profile:
 * role description → work.summary (work.description is the company's), accomplishments →
 * highlights, project tools → keywords, the first link labelled "Website" → basics.url and the
 * other links → basics.profiles (with their usernames), the profile's skills → skills (name,
 * level, keywords; those the job asks for first, as in the PDF). Accepted key qualifications follow
 * them as skills with a name only: JSON Resume has no other place for them. Education location
 * and free-text details have no standard field; they travel as the extra properties `location`
 * and `summary`, which the schema allows.
 */
export const JSON_RESUME_SCHEMA_URL =
	'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Json = string | string[] | JsonObject | JsonObject[];
interface JsonObject {
	[key: string]: Json;
}

/** Drops empty strings and empty lists, so the file holds only what the person wrote. */
function compact(entries: Record<string, Json | undefined>): JsonObject {
	const result: JsonObject = {};
	for (const [key, value] of Object.entries(entries)) {
		if (value === undefined || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
			continue;
		result[key] = value;
	}
	return result;
}

/**
 * "Bergen, Norway" → city "Bergen", countryCode "NO": a country written in words travels as its
 * ISO code, which other tools read, and the importer prints "Bergen, Norway" again. A state or
 * region stays one: "Austin, TX" → city "Austin", region "TX"; "Wakefield, West Yorkshire, UK"
 * gives all three. A code the profile already holds (from an imported JSON Resume) wins.
 */
function locationOf(location: string, storedCode: string): JsonObject {
	const parts = location
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
	const stored = storedCode.trim();
	const last = parts.at(-1) ?? '';
	const lastIsCountry = stored
		? last === stored ||
			last === countryName(stored) ||
			countryCodeOf(last) === stored.toUpperCase()
		: countryCodeOf(last) !== undefined;
	const code = stored || (lastIsCountry ? countryCodeOf(last)! : '');
	const place = lastIsCountry ? parts.slice(0, -1) : parts;
	const city = place.length > 1 ? place.slice(0, -1).join(', ') : (place[0] ?? '');
	const region = place.length > 1 ? place.at(-1)! : '';
	return compact({ city, region, countryCode: code });
}

/**
 * A profile link as JSON Resume has it: the network and username the person gave, else those its
 * address shows ("linkedin.com/in/ingrid" → LinkedIn, "ingrid"), and an address with its scheme.
 */
function profileOf(link: Link): JsonObject {
	const known = linkNetwork(link.url);
	return compact({
		network: link.label.trim() || known?.network,
		username: link.username ?? known?.username,
		url: absoluteUrl(link.url)
	});
}

function basicsOf(header: Header, summary: string): JsonObject {
	const [first, ...rest] = header.links;
	// The first link is the person's own site when it says so or names no known network.
	const website =
		first && (first.label === 'Website' || (first.label.trim() === '' && !linkNetwork(first.url)))
			? first
			: undefined;
	const profiles = (website ? rest : header.links).map(profileOf);
	return compact({
		name: header.name,
		label: header.headline,
		email: header.email,
		phone: header.phone,
		url: website ? absoluteUrl(website.url) : undefined,
		summary,
		location: locationOf(header.location, header.countryCode ?? ''),
		profiles
	});
}

/** The importer writes education details as "Score: …" and "Courses: a, b" lines; read them back. */
function educationDetails(details: string): JsonObject {
	const score = /^Score: (.+)$/.exec(details);
	const courses = /^Courses: (.+)$/.exec(details);
	const both = /^Score: (.+)\nCourses: (.+)$/.exec(details);
	if (both) return { score: both[1]!, courses: both[2]!.split(', ') };
	if (score) return { score: score[1]! };
	if (courses) return { courses: courses[1]!.split(', ') };
	return compact({ summary: details });
}

function workOf(session: Session): JsonObject[] {
	return session.profile.roles.map((role) => {
		const content = resolveRoleContent(session, role);
		const tailored = content.origin === 'tailored';
		return compact({
			name: role.organization,
			position: role.title,
			location: role.location,
			startDate: role.start,
			// No endDate means "current" to JSON Resume readers.
			endDate: role.current ? undefined : role.end,
			summary: tailored ? content.paragraphs.join('\n') : role.description,
			highlights: tailored ? content.bullets : role.accomplishments
		});
	});
}

function projectsOf(session: Session): JsonObject[] {
	return session.profile.projects.map((project) => {
		const content = resolveProjectContent(session, project);
		const tailored = content.origin === 'tailored';
		return compact({
			name: project.name,
			description: tailored ? content.paragraphs.join('\n') : project.description,
			highlights: tailored ? content.bullets : undefined,
			keywords: project.tools,
			url: project.link
		});
	});
}

function staticSections(profile: Profile): JsonObject {
	return {
		education: profile.education.map((education) =>
			compact({
				institution: education.institution,
				area: education.field,
				studyType: education.degree,
				startDate: education.start,
				endDate: education.end,
				location: education.location,
				...educationDetails(education.details)
			})
		),
		certificates: profile.certifications.map((certification) =>
			compact({
				name: certification.name,
				date: certification.date,
				issuer: certification.issuer,
				url: certification.url
			})
		),
		languages: profile.languages.map((language) =>
			compact({ language: language.language, fluency: language.fluency })
		)
	};
}

/** ISO 8601 without milliseconds or zone, as the schema's meta.lastModified asks. */
function lastModified(timestamp: number): string {
	return new Date(timestamp).toISOString().slice(0, 19);
}

export function sessionToJsonResume(session: Session): JsonObject {
	const summaryItem = acceptedSingleItem(session, 'executive_summary');
	const qualifications = acceptedSingleItem(session, 'key_qualifications');
	const summary = summaryItem ? summaryItem.content.text.trim() : session.profile.talents;
	const skills = orderSkillsForJob(session.profile.skills, session.job).map((skill) =>
		compact({ name: skill.name, level: skill.level, keywords: skill.keywords })
	);
	const named = new Set(session.profile.skills.map((skill) => cleanLine(skill.name).toLowerCase()));
	const qualificationSkills = (qualifications?.content.bullets ?? [])
		.map(cleanLine)
		.filter((line) => line !== '' && !named.has(line.toLowerCase()))
		.map((name) => ({ name }));
	return compact({
		$schema: JSON_RESUME_SCHEMA_URL,
		basics: basicsOf(session.profile.header, summary),
		work: workOf(session),
		projects: projectsOf(session),
		...staticSections(session.profile),
		skills: [...skills, ...qualificationSkills].filter((skill) => Object.keys(skill).length > 0),
		meta: { version: 'v1.0.0', lastModified: lastModified(session.updatedAt) }
	});
}

/** The file's text: pretty-printed, UTF-8, ending in a newline. */
export function serializeJsonResume(session: Session): string {
	return `${JSON.stringify(sessionToJsonResume(session), null, 2)}\n`;
}
