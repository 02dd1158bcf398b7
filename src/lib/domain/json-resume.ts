import { z } from 'zod';
import { describeIssues } from './describe-issues';
import { countryName } from './country-name';
import { newId } from './ids';
import { ProfileSchema, type Profile } from './profile';
import { parseJsonText, type ParseResult } from './parse-json-text';

/**
 * The parts of JSON Resume 1.x (https://jsonresume.org/schema) the profile uses. Lenient on what
 * real files leave out, strict on types, so a wrong file is refused with a message.
 */
const text = z.string().optional();
const list = <T extends z.ZodType>(item: T) =>
	z.array(item).max(200, { message: 'Too many entries: at most 200.' }).optional();

const JsonResumeLocationSchema = z.object({
	address: text,
	postalCode: text,
	city: text,
	countryCode: text,
	region: text
});

export const JsonResumeSchema = z.object({
	basics: z
		.object({
			name: text,
			label: text,
			email: text,
			phone: text,
			url: text,
			summary: text,
			location: JsonResumeLocationSchema.optional(),
			profiles: list(z.object({ network: text, username: text, url: text }))
		})
		.optional(),
	work: list(
		z.object({
			name: text,
			/** Pre-1.0 files call the employer "company". */
			company: text,
			position: text,
			location: text,
			url: text,
			startDate: text,
			endDate: text,
			summary: text,
			description: text,
			highlights: list(z.string())
		})
	),
	projects: list(
		z.object({
			name: text,
			description: text,
			highlights: list(z.string()),
			keywords: list(z.string()),
			url: text,
			startDate: text,
			endDate: text
		})
	),
	education: list(
		z.object({
			institution: text,
			url: text,
			/** Not in the 1.0 schema, which allows extra properties; aicvgen's own export writes them. */
			location: text,
			summary: text,
			area: text,
			studyType: text,
			startDate: text,
			endDate: text,
			score: text,
			courses: list(z.string())
		})
	),
	certificates: list(z.object({ name: text, date: text, issuer: text, url: text })),
	languages: list(z.object({ language: text, fluency: text })),
	skills: list(z.object({ name: text, level: text, keywords: list(z.string()) }))
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;

/** "2013-12-01" → "2013-12", "2013" → "2013"; anything else → "" (the user can fix it in the form). */
export function toMonth(date: string | undefined): string {
	const match = /^(\d{4})(?:-(\d{2}))?/.exec(date?.trim() ?? '');
	if (!match) return '';
	const [, year, month] = match;
	return month && Number(month) >= 1 && Number(month) <= 12 ? `${year}-${month}` : (year ?? '');
}

function joinNonEmpty(parts: Array<string | undefined>, separator: string): string {
	return parts
		.map((part) => part?.trim() ?? '')
		.filter((part) => part !== '')
		.join(separator);
}

/** A skill with a name or keywords; an entry with neither says nothing and is left out. */
function skillsOf(skills: NonNullable<JsonResume['skills']>): Profile['skills'] {
	return skills
		.map((skill) => ({
			id: newId(),
			name: skill.name ?? '',
			level: skill.level ?? '',
			keywords: (skill.keywords ?? []).filter((keyword) => keyword.trim() !== '')
		}))
		.filter((skill) => skill.name.trim() !== '' || skill.keywords.length > 0);
}

/**
 * The location as a CV prints it: city and region, or city and the country in words when the
 * region is empty (real files fill unused fields with ""). The code itself is kept apart in
 * `countryCode`; "Berlin, DE" would read like an abbreviation the person chose.
 */
function placeOf(location: z.infer<typeof JsonResumeLocationSchema> | undefined): string {
	const code = location?.countryCode?.trim() ?? '';
	return joinNonEmpty([location?.city, location?.region?.trim() || countryName(code)], ', ');
}

/** Maps a validated JSON Resume onto a fresh profile (roles, projects etc. get new ids). */
export function profileFromJsonResume(resume: JsonResume): Profile {
	const basics = resume.basics ?? {};
	const location = basics.location;
	const links = [
		...(basics.url ? [{ label: 'Website', url: basics.url }] : []),
		// A profile with only a username is kept too: the CV skips a link without an address,
		// but the person's handle is not lost and travels back out in a JSON Resume export.
		...(basics.profiles ?? [])
			.filter(
				(profile) => (profile.url ?? '').trim() !== '' || (profile.username ?? '').trim() !== ''
			)
			.map((profile) => ({
				label: profile.network ?? '',
				url: profile.url ?? '',
				...(profile.username?.trim() ? { username: profile.username } : {})
			}))
	];
	return {
		header: {
			name: basics.name ?? '',
			headline: basics.label ?? '',
			email: basics.email ?? '',
			phone: basics.phone ?? '',
			location: placeOf(location),
			...(location?.countryCode?.trim() ? { countryCode: location.countryCode.trim() } : {}),
			links
		},
		talents: basics.summary ?? '',
		roles: (resume.work ?? []).map((work) => ({
			id: newId(),
			organization: work.name ?? work.company ?? '',
			title: work.position ?? '',
			location: work.location ?? '',
			start: toMonth(work.startDate),
			end: toMonth(work.endDate),
			// No end date means "to the present", but only for a role that has a start at all.
			current: (work.endDate ?? '').trim() === '' && toMonth(work.startDate) !== '',
			description: joinNonEmpty([work.summary, work.description], '\n'),
			accomplishments: (work.highlights ?? []).filter((line) => line.trim() !== '')
		})),
		projects: (resume.projects ?? []).map((project) => ({
			id: newId(),
			name: project.name ?? '',
			description: joinNonEmpty(
				[project.description, ...(project.highlights ?? []).map((line) => `• ${line}`)],
				'\n'
			),
			tools: project.keywords ?? [],
			link: project.url ?? ''
		})),
		education: (resume.education ?? []).map((education) => ({
			id: newId(),
			institution: education.institution ?? '',
			degree: education.studyType ?? '',
			field: education.area ?? '',
			location: education.location ?? '',
			start: toMonth(education.startDate),
			end: toMonth(education.endDate),
			details: joinNonEmpty(
				[
					education.summary,
					education.score ? `Score: ${education.score}` : undefined,
					education.courses?.length ? `Courses: ${education.courses.join(', ')}` : undefined
				],
				'\n'
			)
		})),
		certifications: (resume.certificates ?? []).map((certificate) => ({
			id: newId(),
			name: certificate.name ?? '',
			issuer: certificate.issuer ?? '',
			date: toMonth(certificate.date),
			url: certificate.url ?? ''
		})),
		languages: (resume.languages ?? []).map((language) => ({
			id: newId(),
			language: language.language ?? '',
			fluency: language.fluency ?? ''
		})),
		skills: skillsOf(resume.skills ?? [])
	};
}

/** Reads a JSON Resume file's text into a profile, or says in plain words why it cannot. */
export function parseJsonResumeFile(fileText: string): ParseResult<Profile> {
	const json = parseJsonText(fileText);
	if (!json.ok) return json;
	const looksLikeResume =
		typeof json.value === 'object' &&
		json.value !== null &&
		!Array.isArray(json.value) &&
		['basics', 'work', 'projects', 'education'].some((key) => key in (json.value as object));
	if (!looksLikeResume) {
		return {
			ok: false,
			message:
				'This is not a JSON Resume: it has none of "basics", "work", "projects" or "education".'
		};
	}
	const resume = JsonResumeSchema.safeParse(json.value);
	if (!resume.success) {
		return {
			ok: false,
			message: `This JSON Resume has problems:\n${describeIssues(resume.error)}`
		};
	}
	const profile = ProfileSchema.safeParse(profileFromJsonResume(resume.data));
	if (!profile.success) {
		return {
			ok: false,
			message: `This JSON Resume does not fit a profile:\n${describeIssues(profile.error)}`
		};
	}
	return { ok: true, value: profile.data };
}
