import type { Profile } from '../src/lib/domain/profile';
import { normalize } from './bench-import-score';

/**
 * The round trip of the CV import benchmark: this app's own exports read back. Every field the
 * export wrote (the name, each role's place, each list item, each language's fluency…) should
 * come back equal, in the same position.
 */
/** One field of a profile as [label, value], for the round trip: everything the export wrote. */
export function roundtripFields(profile: Profile): [string, string][] {
	const fields: [string, string][] = [];
	const add = (label: string, value: string | string[]) => {
		if (Array.isArray(value)) value.forEach((item, index) => add(`${label}.${index}`, item));
		else if (value.trim() !== '') fields.push([label, value]);
	};
	const { header } = profile;
	add('header.name', header.name);
	add('header.headline', header.headline);
	add('header.email', header.email);
	add('header.phone', header.phone);
	add('header.location', header.location);
	header.links.forEach((link, index) => add(`header.links.${index}`, displayUrl(link.url)));
	profile.roles.forEach((role, index) => {
		const label = `roles.${index}`;
		add(`${label}.title`, role.title);
		add(`${label}.organization`, role.organization);
		add(`${label}.location`, role.location);
		add(`${label}.start`, role.start);
		add(`${label}.end`, role.current ? 'present' : role.end);
		add(`${label}.description`, role.description);
		add(`${label}.accomplishments`, role.accomplishments);
	});
	profile.education.forEach((entry, index) => {
		const label = `education.${index}`;
		for (const key of [
			'institution',
			'degree',
			'field',
			'location',
			'start',
			'end',
			'details'
		] as const)
			add(`${label}.${key}`, entry[key]);
	});
	profile.certifications.forEach((entry, index) => {
		for (const key of ['name', 'issuer', 'date'] as const)
			add(`certifications.${index}.${key}`, entry[key]);
		add(`certifications.${index}.url`, displayUrl(entry.url));
	});
	profile.languages.forEach((entry, index) => {
		add(`languages.${index}.language`, entry.language);
		add(`languages.${index}.fluency`, entry.fluency);
	});
	profile.projects.forEach((entry, index) => {
		add(`projects.${index}.name`, entry.name);
		add(`projects.${index}.description`, entry.description);
		add(`projects.${index}.tools`, entry.tools);
		add(`projects.${index}.link`, displayUrl(entry.link));
	});
	profile.skills.forEach((entry, index) => {
		add(`skills.${index}.name`, entry.name);
		add(`skills.${index}.level`, entry.level);
		add(`skills.${index}.keywords`, entry.keywords);
	});
	return fields;
}

/** "https://www.linkedin.com/in/x/" and "linkedin.com/in/x" are the same link. */
export function displayUrl(url: string): string {
	return url
		.replace(/^[a-z]+:\/\//i, '')
		.replace(/^www\./i, '')
		.replace(/\/$/, '');
}

/** How many of the fields the export wrote came back, compared field by field. */
export function scoreRoundtrip(
	written: [string, string][],
	found: Profile
): { total: number; recovered: number; misses: string[] } {
	const back = new Map(roundtripFields(found));
	const misses: string[] = [];
	let recovered = 0;
	for (const [label, value] of written) {
		const got = back.get(label) ?? '';
		if (normalize(got) === normalize(value)) recovered += 1;
		else misses.push(`${label}: expected "${value}", got "${got}"`);
	}
	return { total: written.length, recovered, misses };
}
