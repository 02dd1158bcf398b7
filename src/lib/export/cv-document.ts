import type { PaperSize, Session } from '$lib/domain';
import type { CvSectionId, CvTemplate } from '$templates/template-definition';
import { cleanLine, cleanList, joinNonEmpty, splitFreeText } from './clean-text';
import {
	certificationEntries,
	contactsOf,
	educationEntries,
	hasEntryContent,
	projectEntries,
	roleEntries,
	skillLine,
	skillLines
} from './cv-entries';
import { orderSkillsForJob } from './order-skills';
import { acceptedSingleItem } from './resolve-content';

export { cleanLine, splitFreeText } from './clean-text';
export {
	acceptedSingleItem,
	resolveProjectContent,
	resolveRoleContent,
	type ResolvedContent
} from './resolve-content';

/**
 * The one source of content for every output. `buildCvDocument` decides, once, what the CV says
 * and in which order; the Markdown, the PDF and the on-screen preview only lay it out. Strings
 * here are plain text exactly as the user or the LLM wrote them (cleaned of control characters):
 * each renderer escapes them for its own medium.
 *
 * What a role, project, summary or key-qualifications item says follows the content rule in
 * `resolve-content.ts` (accepted tailoring, else the profile's own text; drafts never exported).
 * Skills, education, certifications and languages always come from the profile; skills the job
 * asks for first.
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
			const skills = orderSkillsForJob(session.profile.skills, session.job);
			if (template.skills === 'lines') {
				const items = skillLines(skills);
				return items.length > 0 ? [{ kind: 'lines', items }] : [];
			}
			const items = skills.map(skillLine).filter((line) => line !== '');
			return items.length > 0 ? [{ kind: 'paragraph', text: items.join(' · ') }] : [];
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
