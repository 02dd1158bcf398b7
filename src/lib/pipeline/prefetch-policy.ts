import { allItems, type CvItem, type StructuredCv } from '$lib/domain';
import { planNext } from './plan-next';

/**
 * Which item to write ahead while the person reviews (`prefetchNext` in Settings), if any: the
 * role or project that would come next once the one role or project waiting for review is
 * accepted, at most one ahead. Key qualifications and the summary are never written ahead, and
 * neither is an item that failed (the person retries it). Pure: the orchestrator starts it.
 */
export function prefetchCandidate(cv: StructuredCv): CvItem | undefined {
	const waiting = allItems(cv).filter(
		(item) => item.status === 'to_review' && (item.kind === 'role' || item.kind === 'project')
	);
	if (waiting.length !== 1) return undefined;
	const reviewed: StructuredCv = {
		sections: cv.sections.map((section) => ({
			...section,
			items: section.items.map((item) =>
				waiting.includes(item) ? { ...item, status: 'accepted' as const } : item
			)
		}))
	};
	const next = planNext(reviewed);
	if (next.kind !== 'generate' || next.item.status !== 'pending') return undefined;
	if (next.item.kind !== 'role' && next.item.kind !== 'project') return undefined;
	return next.item;
}
