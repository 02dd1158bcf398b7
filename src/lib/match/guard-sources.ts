import type { CoverLetterOptions } from '$lib/domain/cover-letter';
import type { Job } from '$lib/domain/job';
import type { Profile, Role } from '$lib/domain/profile';
import type { CvItem } from '$lib/domain/structured-cv';
import { credentialForms } from './credential-forms';

/**
 * What a generated item may draw on. Facts about work (numbers, dates, tools, names) must come
 * from the part of the profile the item tailors: a role's bullets may only use that role and the
 * talents, so a figure borrowed from another job is flagged. Credentials (certificates, degrees,
 * the school) are true of the person wherever they are mentioned, and so is the Skills list:
 * a tailored bullet that names a skill, its level or a keyword from it is not a new claim.
 *
 * Job ads never back a claim: a tool, product or certificate the ad asks for but the person never
 * named is exactly the fabrication the guard exists for. (Generic skills such as "stakeholder
 * management" are not claims the guard checks; the match panel shows them instead.)
 */
export interface GuardSources {
	/** The person's own words this item may draw on. */
	texts: string[];
	/** Dates from the person's records, "2021-04" or "2021". */
	dates: string[];
	/** Certificates, degrees and schools, true in any item. */
	credentials: string[];
	/** Names that may appear without being a claim about the person: the target company and title. */
	names: string[];
	/** Years of experience the dates back, for "10+ years of experience"; 0 when unknown. */
	experienceYears: number;
	/**
	 * Words of the prompts' own instructions (`instructionWords`): a name made only of them is the
	 * model echoing its instructions, not a claim. Empty when the caller has no prompts at hand.
	 */
	instructionWords?: ReadonlySet<string>;
}

function monthIndex(month: string): number | undefined {
	const match = /^(\d{4})(?:-(\d{2}))?$/.exec(month);
	if (!match) return undefined;
	return Number(match[1]) * 12 + (match[2] ? Number(match[2]) - 1 : 0);
}

/** Whole years from the earliest start to the latest end (or now, for a current role). */
function yearsSpanned(roles: Role[], currentYear: number): number {
	const starts = roles.map((role) => monthIndex(role.start)).filter((value) => value !== undefined);
	const ends = roles
		.map((role) => (role.current || role.end === '' ? currentYear * 12 + 11 : monthIndex(role.end)))
		.filter((value) => value !== undefined);
	if (starts.length === 0 || ends.length === 0) return 0;
	return Math.max(0, Math.round((Math.max(...ends) - Math.min(...starts)) / 12));
}

function roleTexts(role: Role): string[] {
	return [role.organization, role.title, role.location, role.description, ...role.accomplishments];
}

/** The person's own Skills list: sources for every item, like the talents. */
function skillTexts(profile: Profile): string[] {
	return profile.skills.flatMap((skill) => [skill.name, skill.level, ...skill.keywords]);
}

function wholeProfileTexts(profile: Profile): string[] {
	return [
		...skillTexts(profile),
		profile.header.headline,
		profile.header.location,
		profile.talents,
		...profile.roles.flatMap(roleTexts),
		...profile.projects.flatMap((project) => [project.name, project.description, ...project.tools]),
		...profile.education.flatMap((entry) => [
			entry.institution,
			entry.degree,
			entry.field,
			entry.location,
			entry.details
		]),
		...profile.certifications.flatMap((entry) => [entry.name, entry.issuer]),
		...profile.languages.flatMap((entry) => [entry.language, entry.fluency])
	];
}

function allDates(profile: Profile): string[] {
	return [
		...profile.roles.flatMap((role) => [role.start, role.end]),
		...profile.education.flatMap((entry) => [entry.start, entry.end]),
		...profile.certifications.map((entry) => entry.date)
	];
}

/**
 * The sources for one CV item. `currentYear` dates a current role; it is passed in so the
 * result does not depend on the clock. `instructionWords` are the words of the prompts that
 * produced the item. A role or project that no longer exists leaves only the
 * talents and credentials, so nothing is waved through by mistake.
 */
export function guardSourcesFor(
	item: Pick<CvItem, 'kind' | 'sourceId'>,
	profile: Profile,
	job: Job,
	currentYear: number,
	instructionWords: ReadonlySet<string> = new Set()
): GuardSources {
	const credentials = credentialForms([
		...profile.certifications.flatMap((entry) => [entry.name, entry.issuer]),
		...profile.education.flatMap((entry) => [entry.degree, entry.field, entry.institution])
	]);
	// The person's own credentials, languages and skills, with their short forms, are true of
	// them in any item: naming them is not a new claim about this role.
	// An issuer stays a credential source only ("featured by dbt Labs" is a claim about the work).
	// Its acronym is how a bullet names the credential's body ("ACLS with the AHA").
	const issuerAcronyms = credentialForms(
		profile.certifications.map((entry) => entry.issuer)
	).filter((form) => /^\p{Lu}{2,6}$/u.test(form));
	const personal = credentialForms([
		...issuerAcronyms,
		...profile.certifications.map((entry) => entry.name),
		...profile.education.flatMap((entry) => [entry.degree, entry.field, entry.institution]),
		...profile.languages.flatMap((entry) => [entry.language, entry.fluency]),
		...profile.skills.map((skill) => skill.name)
	]);
	// The dates of the person's certificates and studies are true of them in any item.
	const certificateDates = [
		...profile.certifications.map((entry) => entry.date),
		...profile.education.flatMap((entry) => [entry.start, entry.end])
	];
	const base = {
		credentials,
		names: [job.company, job.title].filter((text) => text.trim() !== ''),
		instructionWords
	};
	const clean = (texts: string[]) => texts.filter((text) => text.trim() !== '');

	if (item.kind === 'role') {
		const role = profile.roles.find((candidate) => candidate.id === item.sourceId);
		return {
			...base,
			texts: clean([
				...(role ? roleTexts(role) : []),
				profile.talents,
				...skillTexts(profile),
				...personal
			]),
			dates: clean([...(role ? [role.start, role.end] : []), ...certificateDates]),
			experienceYears: role ? yearsSpanned([role], currentYear) : 0
		};
	}
	if (item.kind === 'project') {
		const project = profile.projects.find((candidate) => candidate.id === item.sourceId);
		return {
			...base,
			texts: clean([
				...(project ? [project.name, project.description, ...project.tools] : []),
				profile.talents,
				...skillTexts(profile),
				...personal
			]),
			dates: clean(certificateDates),
			experienceYears: 0
		};
	}
	return {
		...base,
		texts: clean([...wholeProfileTexts(profile), ...personal]),
		dates: clean(allDates(profile)),
		experienceYears: yearsSpanned(profile.roles, currentYear)
	};
}

/**
 * A cover letter's sources: the whole profile (as for the summary), and the points the person
 * asked the letter to make, which are their own facts ("relocating in March"). The recipient and
 * the company the letter is addressed to are names, not claims about the person.
 */
export function withLetterSources(
	sources: GuardSources,
	letter: Pick<CoverLetterOptions, 'points' | 'recipientName' | 'recipientTitle' | 'company'>
): GuardSources {
	const own = (texts: readonly string[]) => texts.filter((text) => text.trim() !== '');
	return {
		...sources,
		texts: [...sources.texts, ...own(letter.points)],
		names: [...sources.names, ...own([letter.company, letter.recipientName, letter.recipientTitle])]
	};
}
