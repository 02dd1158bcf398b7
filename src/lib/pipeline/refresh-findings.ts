import { allItems, type CvItem, type Finding, type Session, type StructuredCv } from '$lib/domain';

/**
 * Checks an item's content for claims the person's own data does not support (the fabrication
 * guard), given the findings it had before (whose confirmations should survive). Injected, so
 * the pipeline does not depend on how claims are found.
 */
export type ClaimInspector = (item: CvItem, session: Session, previous: Finding[]) => Finding[];

/**
 * Re-inspects every item whose content changed between `previous` and `next` (a generation, an
 * edit, a restored version), so the findings shown always belong to the text shown. Items whose
 * content is untouched keep their findings as they are.
 */
export function refreshFindings(
	previous: StructuredCv,
	next: StructuredCv,
	session: Session,
	inspect: ClaimInspector
): StructuredCv {
	const before = new Map(allItems(previous).map((item) => [item.id, item]));
	const context: Session = { ...session, cv: next };
	let changed = false;
	const sections = next.sections.map((section) => ({
		...section,
		items: section.items.map((item) => {
			const old = before.get(item.id);
			if (old && old.content === item.content && old.excluded === item.excluded) return item;
			changed = true;
			const findings = item.excluded ? [] : inspect(item, context, old?.findings ?? []);
			return { ...item, findings };
		})
	}));
	return changed ? { sections } : next;
}
