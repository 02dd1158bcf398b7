/**
 * The app's claim inspector for the tailoring flow: the fabrication guard over the item's own
 * sources, keeping the person's earlier confirmations.
 */
import { findUnsupportedClaims, guardSourcesFor, keepConfirmations } from '$lib/match';
import type { ClaimInspector } from '$lib/pipeline/refresh-findings';

/** As many as an item can store; beyond that the first ones already tell the person enough. */
const MAX_FINDINGS = 200;

export const inspectClaims: ClaimInspector = (item, session, previous) =>
	keepConfirmations(
		previous,
		findUnsupportedClaims(
			item.content,
			guardSourcesFor(item, session.profile, session.job, new Date().getFullYear())
		)
	).slice(0, MAX_FINDINGS);
