import { allItems, type CvItem, type StructuredCv } from '$lib/domain';

/**
 * What "continue" means for the CV as it stands. Order: key qualifications, roles, projects,
 * executive summary. Review gates progress: an item waiting for review stops everything after
 * it. A failed role or project does not stop the others; it is retried once every pending item
 * before the summary is done.
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
