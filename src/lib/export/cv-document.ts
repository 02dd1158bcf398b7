import type {
	CvItem,
	ItemKind,
	PaperSize,
	Profile,
	Project,
	Role,
	Session,
	Skill
} from '$lib/domain';
import type { CvSectionId, CvTemplate } from '$templates/template-definition';
import { formatMonth, formatPeriod } from './format-period';
import { orderSkillsForJob } from './order-skills';
import { displayUrl, mailtoHref, safeHref } from './safe-href';

/**
 * The one source of content for every output. `buildCvDocument` decides, once, what the CV says
 * and in which order; the Markdown, the PDF and the on-screen preview only lay it out. Strings
 * here are plain text exactly as the user or the LLM wrote them (cleaned of control characters):
 * each renderer escapes them for its own medium.
 *
 * Content rule, per role or project:
 * - its CV item is accepted → the tailored bullets, and the tailored paragraph when there is one
 *   (else the profile's description, which is factual context the LLM may leave out);
 * - there is no item, or it is excluded from tailoring → the profile's own text, as written;
 * - the item exists but is not accepted yet → the profile's own text too: a draft is never
 *   exported. The entry is marked `origin: 'draft'` so the preview can say so.
 * The executive summary and key qualifications appear only once accepted. Skills, education,
 * certifications and languages always come from the profile; skills the job asks for first.
 */
export interface CvLink {
	text: string;
	/** Only http(s) or mailto; absent when the text must not be clickable. */
	href?: string;
}

export type EntryOrigin = 'tailored' | 'profile' | 'draft';

export interface CvEntry {
	/** Role title, project name, degree, certificate name. */
	title: string;
	/** Organisation and place, institution, issuer. */
	subtitle: string;
	dates: string;
	link?: CvLink;
	paragraphs: string[];
	bullets: string[];
	/** Project tools, shown as one "Tools: …" line. */
	tools: string[];
	origin: EntryOrigin;
}

export type CvBlock =
	| { kind: 'paragraph'; text: string }
	| { kind: 'bullets'; items: string[] }
	/** Short lines without bullets (languages, skills). */
	| { kind: 'lines'; items: string[] }
	| { kind: 'entry'; entry: CvEntry };

export interface CvDocumentSection {
	id: Exclude<CvSectionId, 'header'>;
	heading: string;
	blocks: CvBlock[];
}

export interface CvDocument {
	templateId: string;
	paper: PaperSize;
	/** PDF metadata: title and author. */
	title: string;
	author: string;
	header: { name: string; headline: string; contacts: CvLink[] };
	sections: CvDocumentSection[];
	/** What the preview should tell the user is left out or not tailored (never exported). */
	notices: string[];
}

// Control characters have no glyph in any font and confuse text extraction.
const CONTROL_CHARACTERS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2028\u2029]/g;

/** One line of text: no control characters, no runs of spaces, no surrounding blanks. */
export function cleanLine(text: string): string {
	return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

const BULLET_MARKER = /^\s*(?:[•·▪‣◦*-]|\d{1,2}[.)])\s+/;

/**
 * Free text as paragraphs and bullets: lines that start with "•", "-" or "*" are bullets (that is
 * how imported JSON Resume highlights and pasted lists arrive); blank lines separate paragraphs.
 */
export function splitFreeText(text: string): { paragraphs: string[]; bullets: string[] } {
	const paragraphs: string[] = [];
	const bullets: string[] = [];
	let current: string[] = [];
	const flush = () => {
		const paragraph = cleanLine(current.join(' '));
		if (paragraph) paragraphs.push(paragraph);
		current = [];
	};
	for (const line of text.split(/\r?\n/)) {
		if (BULLET_MARKER.test(line)) {
			flush();
			const bullet = cleanLine(line.replace(BULLET_MARKER, ''));
			if (bullet) bullets.push(bullet);
		} else if (line.trim() === '') {
			flush();
		} else {
			current.push(line);
		}
	}
	flush();
	return { paragraphs, bullets };
}

function cleanList(lines: readonly string[]): string[] {
	return lines.map(cleanLine).filter((line) => line !== '');
}

function joinNonEmpty(parts: readonly string[], separator: string): string {
	return parts
		.map(cleanLine)
		.filter((part) => part !== '')
		.join(separator);
}

function findItemFor(session: Session, kind: ItemKind, sourceId = ''): CvItem | undefined {
	for (const section of session.cv.sections) {
		const item = section.items.find((entry) => entry.kind === kind && entry.sourceId === sourceId);
		if (item) return item;
	}
	return undefined;
}

type Tailoring = { origin: 'tailored'; item: CvItem } | { origin: 'profile' | 'draft' };

function tailoringOf(item: CvItem | undefined): Tailoring {
	if (!item || item.excluded) return { origin: 'profile' };
	if (item.status !== 'accepted') return { origin: 'draft' };
	return { origin: 'tailored', item };
}

/** What a role or project says in the CV, by the content rule above. */
export interface ResolvedContent {
	origin: EntryOrigin;
	paragraphs: string[];
	bullets: string[];
}

function resolveContent(
	tailoring: Tailoring,
	own: { paragraphs: string[]; bullets: string[] }
): ResolvedContent {
	if (tailoring.origin !== 'tailored') return { origin: tailoring.origin, ...own };
	const tailored = splitFreeText(tailoring.item.content.text);
	const bullets = [...tailored.bullets, ...cleanList(tailoring.item.content.bullets)];
	return {
		origin: 'tailored',
		paragraphs: tailored.paragraphs.length > 0 ? tailored.paragraphs : own.paragraphs,
		bullets: bullets.length > 0 ? bullets : own.bullets
	};
}

export function resolveRoleContent(session: Session, role: Role): ResolvedContent {
	const own = splitFreeText(role.description);
	return resolveContent(tailoringOf(findItemFor(session, 'role', role.id)), {
		paragraphs: own.paragraphs,
		bullets: [...own.bullets, ...cleanList(role.accomplishments)]
	});
}

export function resolveProjectContent(session: Session, project: Project): ResolvedContent {
	return resolveContent(
		tailoringOf(findItemFor(session, 'project', project.id)),
		splitFreeText(project.description)
	);
}

function roleEntries(session: Session): CvEntry[] {
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

function projectEntries(session: Session): CvEntry[] {
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

function educationEntries(profile: Profile): CvEntry[] {
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

function certificationEntries(profile: Profile): CvEntry[] {
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

function contactsOf(profile: Profile): CvLink[] {
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

function hasEntryContent(entry: CvEntry): boolean {
	return (
		entry.title !== '' ||
		entry.subtitle !== '' ||
		entry.bullets.length > 0 ||
		entry.paragraphs.length > 0
	);
}

const SECTION_NAMES: Record<'executive_summary' | 'key_qualifications', string> = {
	executive_summary: 'The summary',
	key_qualifications: 'The key qualifications'
};

/** The accepted summary or key-qualifications item; notes in `notices` when one waits for review. */
export function acceptedSingleItem(
	session: Session,
	kind: 'executive_summary' | 'key_qualifications',
	notices: string[] = []
): CvItem | undefined {
	const item = findItemFor(session, kind);
	if (!item || item.excluded) return undefined;
	if (item.status !== 'accepted') {
		notices.push(`${SECTION_NAMES[kind]} is not accepted yet, so it is left out of the export.`);
		return undefined;
	}
	return item;
}

function sectionBlocks(
	id: CvDocumentSection['id'],
	session: Session,
	template: CvTemplate,
	notices: string[]
): CvBlock[] {
	const entries = (list: CvEntry[]): CvBlock[] =>
		list.filter(hasEntryContent).map((entry) => ({ kind: 'entry', entry }));
	switch (id) {
		case 'executive_summary': {
			const item = acceptedSingleItem(session, id, notices);
			if (!item) return [];
			const { paragraphs, bullets } = splitFreeText(item.content.text);
			const all = [...paragraphs.map((text): CvBlock => ({ kind: 'paragraph', text }))];
			const extra = [...bullets, ...cleanList(item.content.bullets)];
			return extra.length > 0 ? [...all, { kind: 'bullets', items: extra }] : all;
		}
		case 'key_qualifications': {
			const item = acceptedSingleItem(session, id, notices);
			const items = item ? cleanList(item.content.bullets) : [];
			if (items.length === 0) return [];
			return template.keyQualifications === 'inline'
				? [{ kind: 'paragraph', text: items.join(' · ') }]
				: [{ kind: 'bullets', items }];
		}
		case 'skills': {
			const items = orderSkillsForJob(session.profile.skills, session.job)
				.map(skillLine)
				.filter((line) => line !== '');
			if (items.length === 0) return [];
			return template.skills === 'inline'
				? [{ kind: 'paragraph', text: items.join(' · ') }]
				: [{ kind: 'lines', items }];
		}
		case 'experience':
			return entries(roleEntries(session));
		case 'projects':
			return entries(projectEntries(session));
		case 'education':
			return entries(educationEntries(session.profile));
		case 'certifications':
			return entries(certificationEntries(session.profile));
		case 'languages': {
			const items = session.profile.languages
				.map((language) => joinNonEmpty([language.language, language.fluency], ': '))
				.filter((line) => line !== '');
			if (items.length === 0) return [];
			return template.languages === 'inline'
				? [{ kind: 'paragraph', text: items.join(' · ') }]
				: [{ kind: 'lines', items }];
		}
	}
}

/** Decides the CV's content and order for one template; pure, so every output agrees. */
export function buildCvDocument(
	session: Session,
	template: CvTemplate,
	paper: PaperSize = session.exportPreferences.paper
): CvDocument {
	const notices: string[] = [];
	const sections: CvDocumentSection[] = [];
	for (const id of template.sections) {
		if (id === 'header') continue;
		const blocks = sectionBlocks(id, session, template, notices);
		if (blocks.length > 0)
			sections.push({ id, heading: cleanLine(template.headings[id] ?? id), blocks });
	}
	const drafts = sections
		.flatMap((section) => section.blocks)
		.filter((block) => block.kind === 'entry' && block.entry.origin === 'draft').length;
	if (drafts > 0) {
		notices.push(
			`${drafts} ${drafts === 1 ? 'entry is' : 'entries are'} not accepted yet: the export uses your own text for ${drafts === 1 ? 'it' : 'them'} (marked “Draft” below).`
		);
	}
	const header = session.profile.header;
	const name = cleanLine(header.name);
	const jobTitle = joinNonEmpty([session.job.title, session.job.company], ' at ');
	return {
		templateId: template.id,
		paper,
		title: joinNonEmpty([name ? `${name} – CV` : 'CV', jobTitle], ' – '),
		author: name,
		header: { name, headline: cleanLine(header.headline), contacts: contactsOf(session.profile) },
		sections,
		notices
	};
}
