import type { Profile, Session, Skill } from '$lib/domain';
import { cleanLine, cleanList, joinNonEmpty, splitFreeText } from './clean-text';
import type { CvEntry, CvLink } from './cv-document';
import { formatMonth, formatPeriod } from './format-period';
import { resolveProjectContent, resolveRoleContent } from './resolve-content';
import { displayUrl, mailtoHref, safeHref } from './safe-href';

/** The profile's lists as CV entries and lines, each field cleaned; roles and projects resolved. */

export function roleEntries(session: Session): CvEntry[] {
	return session.profile.roles.map((role) => {
		const { origin, paragraphs, bullets } = resolveRoleContent(session, role);
		const title = cleanLine(role.title);
		return {
			title: title || cleanLine(role.organization),
			subtitle: title
				? joinNonEmpty([role.organization, role.location], ', ')
				: cleanLine(role.location),
			dates: formatPeriod(role.start, role.end, role.current),
			paragraphs,
			bullets,
			tools: [],
			origin
		};
	});
}

export function projectEntries(session: Session): CvEntry[] {
	return session.profile.projects.map((project) => {
		const { origin, paragraphs, bullets } = resolveProjectContent(session, project);
		const link = cleanLine(project.link);
		return {
			title: cleanLine(project.name),
			subtitle: '',
			dates: '',
			...(link ? { link: linkFor(link) } : {}),
			paragraphs,
			bullets,
			tools: cleanList(project.tools),
			origin
		};
	});
}

function linkFor(url: string): CvLink {
	const href = safeHref(url);
	return href ? { text: displayUrl(url), href } : { text: cleanLine(url) };
}

export function educationEntries(profile: Profile): CvEntry[] {
	return profile.education.map((education) => {
		const degree = joinNonEmpty([education.degree, education.field], ', ');
		const { paragraphs, bullets } = splitFreeText(education.details);
		return {
			title: degree || cleanLine(education.institution),
			subtitle: degree
				? joinNonEmpty([education.institution, education.location], ', ')
				: cleanLine(education.location),
			dates: formatPeriod(education.start, education.end),
			paragraphs,
			bullets,
			tools: [],
			origin: 'profile'
		};
	});
}

export function certificationEntries(profile: Profile): CvEntry[] {
	return profile.certifications.map((certification) => {
		const url = cleanLine(certification.url);
		return {
			title: cleanLine(certification.name),
			subtitle: cleanLine(certification.issuer),
			dates: formatMonth(certification.date),
			...(url ? { link: linkFor(url) } : {}),
			paragraphs: [],
			bullets: [],
			tools: [],
			origin: 'profile'
		};
	});
}

/**
 * "Python (Expert): pandas, PySpark": plain text an ATS reads as a skill and its details. A level
 * without a name is left out, since it would not say what it grades.
 */
export function skillLine(skill: Pick<Skill, 'name' | 'level' | 'keywords'>): string {
	const name = cleanLine(skill.name);
	const level = cleanLine(skill.level);
	const keywords = cleanList(skill.keywords).join(', ');
	const label = name && level ? `${name} (${level})` : name;
	return label && keywords ? `${label}: ${keywords}` : label || keywords;
}

/**
 * The skills section as lines: one per skill that has a level or keywords, and the skills that
 * are only a name run together on one line where the first of them stands ("CargoWise, SAP EWM,
 * TVINN"), so eleven names do not take eleven lines of a page. Commas, as people write such a
 * list and as applicant-tracking systems split it; " · " when a name holds a comma itself.
 */
export function skillLines(skills: readonly Skill[]): string[] {
	const lines: string[] = [];
	const names: string[] = [];
	let namesAt = -1;
	for (const skill of skills) {
		const line = skillLine(skill);
		if (line === '') continue;
		if (cleanLine(skill.level) !== '' || cleanList(skill.keywords).length > 0) {
			lines.push(line);
			continue;
		}
		if (namesAt < 0) namesAt = lines.push('') - 1;
		names.push(line);
	}
	if (namesAt >= 0)
		lines[namesAt] = names.join(names.some((name) => name.includes(',')) ? ' · ' : ', ');
	return lines;
}

export function contactsOf(profile: Profile): CvLink[] {
	const { email, phone, location, links } = profile.header;
	const contacts: CvLink[] = [];
	if (cleanLine(email)) {
		const href = mailtoHref(email);
		contacts.push(href ? { text: cleanLine(email), href } : { text: cleanLine(email) });
	}
	if (cleanLine(phone)) contacts.push({ text: cleanLine(phone) });
	if (cleanLine(location)) contacts.push({ text: cleanLine(location) });
	for (const link of links) if (cleanLine(link.url)) contacts.push(linkFor(link.url));
	return contacts;
}

export function hasEntryContent(entry: CvEntry): boolean {
	return (
		entry.title !== '' ||
		entry.subtitle !== '' ||
		entry.bullets.length > 0 ||
		entry.paragraphs.length > 0
	);
}
