import { describe, expect, it } from 'vitest';
import { moveEntry, removeEntry, splitList } from './list-edits';

describe('moveEntry', () => {
	const roles = ['newest', 'middle', 'oldest'];

	it('moves an entry up or down one place', () => {
		expect(moveEntry(roles, 2, -1)).toEqual(['newest', 'oldest', 'middle']);
		expect(moveEntry(roles, 0, 1)).toEqual(['middle', 'newest', 'oldest']);
	});

	it('leaves the list as it is for a move past either end', () => {
		expect(moveEntry(roles, 0, -1)).toEqual(roles);
		expect(moveEntry(roles, 2, 1)).toEqual(roles);
		expect(moveEntry(roles, 5, -1)).toEqual(roles);
	});

	it('never changes the list it was given', () => {
		const copy = [...roles];
		moveEntry(roles, 0, 2);
		expect(roles).toEqual(copy);
	});
});

describe('removeEntry', () => {
	it('removes exactly the entry at the index', () => {
		expect(removeEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
		expect(removeEntry(['a', 'b'], 7)).toEqual(['a', 'b']);
	});
});

describe('splitList', () => {
	it('turns typed tools into clean entries', () => {
		expect(splitList('Python, Kafka ,, dbt ')).toEqual(['Python', 'Kafka', 'dbt']);
		expect(splitList('  ')).toEqual([]);
		expect(splitList('Scikit-learn, Węgiel, 数据')).toEqual(['Scikit-learn', 'Węgiel', '数据']);
	});
});
