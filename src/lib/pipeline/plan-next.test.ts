import { describe, expect, it } from 'vitest';
import {
	emptyStructuredCv,
	exampleProfile,
	type CvItem,
	type ItemStatus,
	type StructuredCv
} from '$lib/domain';
import { notReadyReason, planNext, showsCoverLetter } from './plan-next';
import { prefetchCandidate } from './prefetch-policy';
import { syncCvItems } from './sync-cv-items';

/** A CV with statuses given in order: key qualifications, 5 roles, 4 projects, summary, letter. */
function cvWith(
	statuses: ItemStatus[],
	excluded: number[] = []
): { cv: StructuredCv; items: CvItem[] } {
	let index = 0;
	let id = 0;
	const base = syncCvItems(emptyStructuredCv(), exampleProfile(), 0, () => `item-${++id}`);
	const cv: StructuredCv = {
		sections: base.sections.map((section) => ({
			...section,
			items: section.items.map((item) => {
				const position = index++;
				return {
					...item,
					status: statuses[position] ?? 'pending',
					excluded: excluded.includes(position)
				};
			})
		}))
	};
	return { cv, items: cv.sections.flatMap((section) => section.items) };
}

const all = (status: ItemStatus) => Array<ItemStatus>(11).fill(status);

describe('planNext', () => {
	it('starts with the key qualifications', () => {
		const { cv, items } = cvWith([]);
		expect(planNext(cv)).toEqual({ kind: 'generate', item: items[0] });
	});

	it('waits for review instead of going past an item to review', () => {
		const { cv, items } = cvWith(['accepted', 'accepted', 'to_review']);
		expect(planNext(cv)).toEqual({ kind: 'review', item: items[2] });
	});

	it('goes on past a failed role, and comes back to it before the summary', () => {
		const failedSecond = cvWith(['accepted', 'accepted', 'failed']);
		expect(planNext(failedSecond.cv)).toEqual({ kind: 'generate', item: failedSecond.items[3] });
		const onlyFailedLeft = cvWith(
			([...all('accepted').slice(0, 10), 'pending'] as ItemStatus[]).map(
				(status, index): ItemStatus => (index === 2 ? 'failed' : status)
			)
		);
		expect(planNext(onlyFailedLeft.cv)).toEqual({
			kind: 'generate',
			item: onlyFailedLeft.items[2]
		});
	});

	it('skips excluded items and writes the summary once everything else is accepted or excluded', () => {
		const statuses = [...all('accepted').slice(0, 10), 'pending'] as ItemStatus[];
		statuses[4] = 'pending';
		const { cv, items } = cvWith(statuses, [4]);
		expect(planNext(cv)).toEqual({ kind: 'generate', item: items[10] });
		expect(notReadyReason(cv, items[10]!)).toBeUndefined();
		expect(planNext(cvWith(all('accepted')).cv)).toEqual({ kind: 'done' });
	});

	it('says why an item cannot be written yet', () => {
		const { cv, items } = cvWith(['to_review']);
		expect(notReadyReason(cv, items[1]!)).toMatch(/Accept the key qualifications first/);
		const partly = cvWith(['accepted', 'accepted', 'to_review']);
		expect(notReadyReason(partly.cv, partly.items[10]!)).toMatch(/every role and project/);
		expect(notReadyReason(partly.cv, partly.items[3]!)).toBeUndefined();
	});
});

describe('the cover letter in the plan', () => {
	const LETTER = 11;

	it('is never what "continue" or prefetch writes: only the person’s own request spends one', () => {
		const finished = cvWith(all('accepted'));
		expect(planNext(finished.cv)).toEqual({ kind: 'done' });
		expect(finished.items[LETTER]).toMatchObject({ kind: 'cover_letter', status: 'pending' });
		const failed = cvWith([...all('accepted'), 'failed']);
		expect(planNext(failed.cv)).toEqual({ kind: 'done' });
		const reviewing = cvWith(['accepted', 'to_review']);
		expect(prefetchCandidate(reviewing.cv)?.kind).toBe('role');
		const lastRole = cvWith([
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'to_review',
			...Array<ItemStatus>(4).fill('accepted'),
			'accepted'
		]);
		expect(prefetchCandidate(lastRole.cv)).toBeUndefined();
	});

	it('can be written once the key qualifications and one role are accepted, or the summary is', () => {
		const fresh = cvWith([]);
		expect(notReadyReason(fresh.cv, fresh.items[LETTER]!)).toMatch(
			/key qualifications and at least one role/
		);
		expect(showsCoverLetter(fresh.cv)).toBe(false);
		const keyOnly = cvWith(['accepted', 'to_review']);
		expect(notReadyReason(keyOnly.cv, keyOnly.items[LETTER]!)).toBeDefined();
		expect(showsCoverLetter(keyOnly.cv)).toBe(false);
		const oneRole = cvWith(['accepted', 'to_review', 'accepted']);
		expect(notReadyReason(oneRole.cv, oneRole.items[LETTER]!)).toBeUndefined();
		expect(showsCoverLetter(oneRole.cv)).toBe(true);
		const summaryOnly = cvWith(
			['accepted', ...Array<ItemStatus>(9).fill('pending'), 'accepted'],
			[1, 2, 3, 4, 5]
		);
		expect(notReadyReason(summaryOnly.cv, summaryOnly.items[LETTER]!)).toBeUndefined();
	});

	it('stays shown once excluded, so including it again is one click, and is then not written', () => {
		const excluded = cvWith([], [LETTER]);
		expect(showsCoverLetter(excluded.cv)).toBe(true);
		expect(notReadyReason(excluded.cv, excluded.items[LETTER]!)).toMatch(/excluded/);
	});
});
