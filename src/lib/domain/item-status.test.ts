import { describe, expect, it } from 'vitest';
import {
	assertTransition,
	canTransition,
	IllegalTransitionError,
	ITEM_STATUSES,
	type ItemStatus
} from './item-status';

/** The tailoring flow as the user experiences it; anything not listed here must be refused. */
const ALLOWED: Array<[ItemStatus, ItemStatus]> = [
	['pending', 'generating'],
	['pending', 'accepted'],
	['generating', 'to_review'],
	['generating', 'failed'],
	['generating', 'pending'],
	['to_review', 'accepted'],
	['to_review', 'generating'],
	['to_review', 'pending'],
	['accepted', 'to_review'],
	['accepted', 'generating'],
	['accepted', 'pending'],
	['failed', 'generating'],
	['failed', 'pending']
];

describe('item status transitions', () => {
	it('allows exactly the moves of the tailoring flow', () => {
		for (const from of ITEM_STATUSES) {
			for (const to of ITEM_STATUSES) {
				const expected = ALLOWED.some(([a, b]) => a === from && b === to);
				expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
			}
		}
	});

	it('never lets an item jump to review or failure without a request in flight', () => {
		expect(canTransition('pending', 'to_review')).toBe(false);
		expect(canTransition('pending', 'failed')).toBe(false);
		expect(canTransition('failed', 'to_review')).toBe(false);
		expect(canTransition('failed', 'accepted')).toBe(false);
	});

	it('does not treat staying in the same status as a move', () => {
		for (const status of ITEM_STATUSES) expect(canTransition(status, status)).toBe(false);
	});

	it('explains a refused move in the words the user sees', () => {
		expect(() => assertTransition('pending', 'to_review')).toThrow(IllegalTransitionError);
		try {
			assertTransition('failed', 'accepted');
			expect.unreachable('a failed item cannot be accepted');
		} catch (error) {
			expect(error).toBeInstanceOf(IllegalTransitionError);
			const illegal = error as IllegalTransitionError;
			expect(illegal.name).toBe('IllegalTransitionError');
			expect(illegal.from).toBe('failed');
			expect(illegal.to).toBe('accepted');
			expect(illegal.message).toBe('An item that is "Failed" cannot become "Accepted".');
		}
	});

	it('lets a legal move through silently', () => {
		expect(() => assertTransition('generating', 'to_review')).not.toThrow();
	});
});
