/**
 * Which parts of the session page an undo step changes, so Ctrl+Z only acts where the person
 * can see what it does: a profile edit is undone on the Profile tab, not from the Tailor tab
 * where nothing on screen would change. The name sits above every tab, so it is seen anywhere.
 */
import { allItems, type Session } from '$lib/domain';

export type UndoArea = 'profile' | 'job' | 'tailor' | 'cv' | 'everywhere';

function differs(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) !== JSON.stringify(b);
}

function confirmations(session: Session): string[] {
	return allItems(session.cv).flatMap((item) =>
		item.findings.map((finding) => `${item.id}|${finding.text}|${String(finding.confirmed)}`)
	);
}

/** The areas that differ between two states of a session (an undo step's ends). */
export function undoAreas(from: Session, to: Session): UndoArea[] {
	const areas: UndoArea[] = [];
	if (from.name !== to.name) areas.push('everywhere');
	if (differs(from.profile, to.profile)) areas.push('profile');
	if (differs(from.job, to.job)) areas.push('job');
	// A confirmed claim is shown (and confirmed) on its item in the Tailor tab.
	// So are the cover letter's options, set on its card.
	if (differs(confirmations(from), confirmations(to)) || differs(from.coverLetter, to.coverLetter))
		areas.push('tailor');
	if (differs(from.exportPreferences, to.exportPreferences)) areas.push('cv');
	return areas;
}

/** True when undoing a step that changes `areas` shows its effect on `tab`. */
export function visibleOn(areas: UndoArea[], tab: string): boolean {
	return areas.includes('everywhere') || areas.some((area) => area === tab);
}
