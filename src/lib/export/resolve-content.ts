import type { CvItem, ItemKind, Project, Role, Session } from '$lib/domain';
import { cleanList, splitFreeText } from './clean-text';
import type { EntryOrigin } from './cv-document';

/**
 * What each role, project and single item says in the exported CV (the content rule).
 *
 * Per role or project:
 * - its CV item is accepted → the tailored bullets, and the tailored paragraph when there is one
 *   (else the profile's description, which is factual context the LLM may leave out);
 * - there is no item, or it is excluded from tailoring → the profile's own text, as written;
 * - the item exists but is not accepted yet → the profile's own text too: a draft is never
 *   exported. The entry is marked `origin: 'draft'` so the preview can say so.
 * The executive summary and key qualifications appear only once accepted.
 */

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
