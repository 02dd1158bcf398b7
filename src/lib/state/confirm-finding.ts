/**
 * What the person can do with a claim the check flagged: confirm it ("true, I forgot to
 * mention it"), so it joins their profile and stops being flagged, or have it taken out.
 */
import {
	addConfirmedClaimToProfile,
	findItem,
	updateItem,
	type Finding,
	type Session
} from '$lib/domain';

/**
 * The session with the item's finding confirmed and its claim added to the profile, as one
 * change (so one undo takes both back); `undefined` when the item or finding is gone.
 */
export function withFindingConfirmed(
	session: Session,
	itemId: string,
	findingIndex: number
): { session: Session; finding: Finding } | undefined {
	const item = findItem(session.cv, itemId);
	const finding = item?.findings[findingIndex];
	if (!item || !finding) return undefined;
	const cv = updateItem(session.cv, itemId, (entry) => ({
		...entry,
		findings: entry.findings.map((existing, index) =>
			index === findingIndex ? { ...existing, confirmed: true } : existing
		)
	}));
	return {
		session: {
			...session,
			profile: addConfirmedClaimToProfile(session.profile, item, finding),
			cv
		},
		finding
	};
}

/** The feedback that asks for a new version without an unsupported claim. */
export function removeClaimFeedback(finding: Finding): string {
	return `Remove the claim “${finding.text}”: it is not in my profile. Keep everything else.`;
}
