import { allItems, type CvItem, type StructuredCv } from '$lib/domain';

/**
 * What "continue" means for the CV as it stands. Order: key qualifications, roles, projects,
 * executive summary. Review gates progress: an item waiting for review stops everything after
 * it. A failed role or project does not stop the others; it is retried once every pending item
 * before the summary is done. The cover letter is never a next step: it is written only when the
 * person asks for it, so a session that wants none spends no request on it.
 */
export type NextStep =
	| { kind: 'generate'; item: CvItem }
	/** This item waits for the person to accept (or edit, or regenerate) it. */
	| { kind: 'review'; item: CvItem }
	/** A request for this item is in flight. */
	| { kind: 'in_progress'; item: CvItem }
	| { kind: 'done' };

function stepFor(item: CvItem): NextStep | undefined {
	switch (item.status) {
		case 'accepted':
			return undefined;
		case 'to_review':
			return { kind: 'review', item };
		case 'generating':
			return { kind: 'in_progress', item };
		default:
			return { kind: 'generate', item };
	}
}

export function planNext(cv: StructuredCv): NextStep {
	const items = allItems(cv).filter((item) => !item.excluded);
	const keyQualifications = items.find((item) => item.kind === 'key_qualifications');
	if (keyQualifications) {
		const step = stepFor(keyQualifications);
		if (step) return step;
	}

	let firstFailed: CvItem | undefined;
	for (const item of items) {
		if (item.kind !== 'role' && item.kind !== 'project') continue;
		if (item.status === 'failed') {
			firstFailed ??= item;
			continue;
		}
		const step = stepFor(item);
		if (step) return step;
	}
	if (firstFailed) return { kind: 'generate', item: firstFailed };

	const summary = items.find((item) => item.kind === 'executive_summary');
	return (summary && stepFor(summary)) || { kind: 'done' };
}

/**
 * Why an item cannot be generated yet, or undefined when it can: roles and projects are written
 * around the accepted key qualifications, and the summary from every accepted item.
 */
export function notReadyReason(cv: StructuredCv, item: CvItem): string | undefined {
	if (item.excluded) return 'This item is excluded from tailoring. Include it first.';
	if (item.kind === 'key_qualifications') return undefined;
	const items = allItems(cv);
	if (item.kind === 'cover_letter') return letterNotReady(items);
	const keyQualifications = items.find((entry) => entry.kind === 'key_qualifications');
	if (keyQualifications && !keyQualifications.excluded && keyQualifications.status !== 'accepted') {
		return 'Accept the key qualifications first: the rest of the CV is written around them.';
	}
	if (item.kind !== 'executive_summary') return undefined;
	const open = items.find(
		(entry) =>
			(entry.kind === 'role' || entry.kind === 'project') &&
			!entry.excluded &&
			entry.status !== 'accepted'
	);
	return open
		? 'Accept or exclude every role and project first: the summary is written from them.'
		: undefined;
}

const LETTER_NOT_READY =
	'Accept the key qualifications and at least one role (or the executive summary) first: the letter is written from what you accepted.';

/**
 * The cover letter can be written once the summary is accepted, or once the key qualifications
 * and at least one role are: it tells what the CV says, so something must be accepted.
 */
function letterNotReady(items: readonly CvItem[]): string | undefined {
	const accepted = (kind: CvItem['kind']) =>
		items.some((entry) => entry.kind === kind && !entry.excluded && entry.status === 'accepted');
	if (accepted('executive_summary')) return undefined;
	return accepted('key_qualifications') && accepted('role') ? undefined : LETTER_NOT_READY;
}

/**
 * Whether the Tailor tab shows the cover letter: once it can be written, or once it has been
 * (an excluded letter stays, so including it again is one click).
 */
export function showsCoverLetter(cv: StructuredCv): boolean {
	const letter = allItems(cv).find((item) => item.kind === 'cover_letter');
	if (!letter) return false;
	if (letter.status !== 'pending' || letter.excluded || letter.versions.length > 0) return true;
	return letterNotReady(allItems(cv)) === undefined;
}
