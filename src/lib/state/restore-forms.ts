/**
 * What an undo or redo brings back: the forms the person typed in (profile, job, name, export
 * choices) as they were, over the tailored CV as it is now. The CV is left alone: its items keep
 * their own versions, and an undo must never pull an item out from under a request in flight.
 */
import {
	allItems,
	withConfirmationsOf,
	type ItemKind,
	type SectionKind,
	type Session
} from '$lib/domain';
import { syncCvItems } from '$lib/pipeline/sync-cv-items';

const SECTION_OF: Record<ItemKind, SectionKind> = {
	key_qualifications: 'key_qualifications',
	role: 'experience',
	project: 'projects',
	executive_summary: 'executive_summary',
	cover_letter: 'cover_letter'
};

/** `target`'s forms over `current`'s CV, usage and revision (so it never looks like a conflict). */
export function restoreForms(target: Session, current: Session, now: number): Session {
	// A claim counts as confirmed only while the profile holds it: whichever profile comes
	// back, each finding takes the confirmation it had in that state.
	current = { ...current, cv: withConfirmationsOf(target.cv, current.cv) };
	// Items the CV dropped since (their role was replaced by an import, say) come back with
	// their role; the rest of the CV stays as it is now.
	const known = allItems(current.cv).map((item) => item.id);
	const dropped = allItems(target.cv).filter((item) => !known.includes(item.id));
	const cv =
		dropped.length === 0
			? current.cv
			: syncCvItems(
					{
						sections: current.cv.sections.map((section) => ({
							...section,
							items: [
								...section.items,
								...dropped.filter((item) => SECTION_OF[item.kind] === section.kind)
							]
						}))
					},
					target.profile,
					now
				);
	return { ...target, cv, usage: current.usage, revision: current.revision, updatedAt: now };
}
