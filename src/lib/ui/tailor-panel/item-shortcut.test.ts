import { describe, expect, it } from 'vitest';
import { itemShortcut } from './item-shortcut';

const plain = { ctrlKey: false, metaKey: false, altKey: false };
const toReview = { status: 'to_review', excluded: false } as const;
const accepted = { status: 'accepted', excluded: false } as const;

describe('itemShortcut', () => {
	it('reads A, E and R on a card under review, in either case', () => {
		expect(itemShortcut({ ...plain, key: 'a' }, 'H3', toReview, false)).toBe('accept');
		expect(itemShortcut({ ...plain, key: 'E' }, 'H3', toReview, false)).toBe('edit');
		expect(itemShortcut({ ...plain, key: 'r' }, 'BUTTON', toReview, false)).toBe('regenerate');
	});

	it('leaves keys typed into a field, with a modifier, or while editing to the page', () => {
		expect(itemShortcut({ ...plain, key: 'a' }, 'TEXTAREA', toReview, false)).toBeUndefined();
		expect(itemShortcut({ ...plain, key: 'e' }, 'INPUT', toReview, false)).toBeUndefined();
		expect(itemShortcut({ ...plain, key: 'r' }, 'SELECT', toReview, false)).toBeUndefined();
		expect(
			itemShortcut({ ...plain, ctrlKey: true, key: 'r' }, 'H3', toReview, false)
		).toBeUndefined();
		expect(
			itemShortcut({ ...plain, metaKey: true, key: 'a' }, 'H3', toReview, false)
		).toBeUndefined();
		expect(itemShortcut({ ...plain, key: 'a' }, 'H3', toReview, true)).toBeUndefined();
	});

	it('accepts only what is to review, and edits nothing kept as written or not generated', () => {
		expect(itemShortcut({ ...plain, key: 'a' }, 'H3', accepted, false)).toBeUndefined();
		expect(itemShortcut({ ...plain, key: 'e' }, 'H3', accepted, false)).toBe('edit');
		const kept = { status: 'accepted', excluded: true } as const;
		expect(itemShortcut({ ...plain, key: 'e' }, 'H3', kept, false)).toBeUndefined();
		expect(itemShortcut({ ...plain, key: 'r' }, 'H3', kept, false)).toBeUndefined();
		const pending = { status: 'pending', excluded: false } as const;
		expect(itemShortcut({ ...plain, key: 'e' }, 'H3', pending, false)).toBeUndefined();
	});
});
