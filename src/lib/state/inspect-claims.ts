/**
 * The app's claim inspector for the tailoring flow: the fabrication guard over the item's own
 * sources, keeping the person's earlier confirmations. The words of the prompts the app sends
 * are not claims when a model echoes them.
 */
import {
	findUnsupportedClaims,
	guardSourcesFor,
	instructionWords,
	keepConfirmations,
	withLetterSources
} from '$lib/match';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import type { ClaimInspector } from '$lib/pipeline/refresh-findings';

/** As many as an item can store; beyond that the first ones already tell the person enough. */
const MAX_FINDINGS = 200;

const PROMPT_WORDS = instructionWords(Object.values(bundledPrompts));

export const inspectClaims: ClaimInspector = (item, session, previous) => {
	const sources = guardSourcesFor(
		item,
		session.profile,
		session.job,
		new Date().getFullYear(),
		PROMPT_WORDS
	);
	const own =
		item.kind === 'cover_letter' ? withLetterSources(sources, session.coverLetter) : sources;
	return keepConfirmations(previous, findUnsupportedClaims(item.content, own)).slice(
		0,
		MAX_FINDINGS
	);
};
