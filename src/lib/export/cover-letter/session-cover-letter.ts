import { allItems, type CvItem, type PaperSize, type Session } from '$lib/domain';
import { buildCoverLetterDocument, type CoverLetterDocument } from './cover-letter-document';

/**
 * Which letter a session can export: only its accepted cover-letter item, as accepted. A letter
 * in review, failed or excluded has nothing to export (a draft is never exported, as for the CV);
 * one never written (every session holds a pending letter item until asked) is no letter yet.
 */
export type CoverLetterState =
	{ status: 'accepted'; item: CvItem } | { status: 'none' | 'excluded' | 'draft' };

export function coverLetterState(session: Pick<Session, 'cv'>): CoverLetterState {
	const item = allItems(session.cv).find((entry) => entry.kind === 'cover_letter');
	if (item?.excluded) return { status: 'excluded' };
	const written = item && (item.status !== 'pending' || item.content.text.trim() !== '');
	if (!item || !written) return { status: 'none' };
	if (item.status !== 'accepted' || item.content.text.trim() === '') return { status: 'draft' };
	return { status: 'accepted', item };
}

/** The letter's document for one template and paper, dated `now`; undefined without a letter. */
export function sessionCoverLetter(
	session: Session,
	templateId: string,
	paper: PaperSize,
	now: number
): CoverLetterDocument | undefined {
	const state = coverLetterState(session);
	if (state.status !== 'accepted') return undefined;
	return buildCoverLetterDocument({
		profile: session.profile,
		job: session.job,
		options: session.coverLetter,
		text: state.item.content.text,
		templateId,
		paper,
		now
	});
}
