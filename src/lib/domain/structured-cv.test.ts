import { describe, expect, it } from 'vitest';
import { IllegalTransitionError } from './item-status';
import { LIMITS } from './limits';
import {
	allItems,
	CvItemSchema,
	emptyStructuredCv,
	findItem,
	recoverInterruptedItems,
	StructuredCvSchema,
	transitionItem,
	updateItem,
	withVersion,
	type CvItem,
	type StructuredCv
} from './structured-cv';

function item(id: string, overrides: Partial<CvItem> = {}): CvItem {
	return CvItemSchema.parse({ id, kind: 'role', sourceId: `role-${id}`, ...overrides });
}

function cvWith(...items: CvItem[]): StructuredCv {
	const cv = emptyStructuredCv();
	const experience = cv.sections.find((section) => section.kind === 'experience')!;
	experience.items = items;
	return cv;
}

describe('StructuredCv schema', () => {
	it('starts empty with the five sections in reading order, the cover letter last', () => {
		const cv = emptyStructuredCv();
		expect(cv.sections.map((section) => section.kind)).toEqual([
			'key_qualifications',
			'experience',
			'projects',
			'executive_summary',
			'cover_letter'
		]);
		expect(allItems(cv)).toEqual([]);
		expect(StructuredCvSchema.safeParse(cv).success).toBe(true);
	});

	it('fills in defaults so a minimal stored item opens as pending with no content', () => {
		const parsed = CvItemSchema.parse({ id: 'a', kind: 'project' });
		expect(parsed).toMatchObject({
			status: 'pending',
			content: { text: '', bullets: [] },
			versions: [],
			excluded: false,
			findings: []
		});
	});

	it('rejects an unknown status or kind', () => {
		expect(CvItemSchema.safeParse({ id: 'a', kind: 'role', status: 'done' }).success).toBe(false);
		expect(CvItemSchema.safeParse({ id: 'a', kind: 'hobby' }).success).toBe(false);
	});
});

describe('updateItem', () => {
	it('replaces one item and leaves the others and the input untouched', () => {
		const cv = cvWith(item('a'), item('b'));
		const next = updateItem(cv, 'b', (current) => ({ ...current, feedback: 'shorter' }));
		expect(findItem(next, 'b')?.feedback).toBe('shorter');
		expect(findItem(next, 'a')).toBe(findItem(cv, 'a'));
		expect(findItem(cv, 'b')?.feedback).toBe('');
	});

	it('says which id it could not find', () => {
		expect(() => updateItem(cvWith(item('a')), 'zzz', (current) => current)).toThrow(
			'There is no CV item with id zzz.'
		);
	});
});

describe('transitionItem', () => {
	it('moves an item through generate, review and accept, stamping the time', () => {
		let cv = cvWith(item('a'));
		cv = transitionItem(cv, 'a', 'generating', 100);
		cv = transitionItem(cv, 'a', 'to_review', 200, {
			content: { text: 'Led the platform team.', bullets: ['Cut failed runs by 90%'] }
		});
		expect(findItem(cv, 'a')).toMatchObject({
			status: 'to_review',
			updatedAt: 200,
			content: { text: 'Led the platform team.', bullets: ['Cut failed runs by 90%'] }
		});
		cv = transitionItem(cv, 'a', 'accepted', 300);
		expect(findItem(cv, 'a')?.status).toBe('accepted');
		expect(findItem(cv, 'a')?.content.text).toBe('Led the platform team.');
	});

	it('refuses an illegal move and leaves the CV as it was', () => {
		const cv = cvWith(item('a'));
		expect(() => transitionItem(cv, 'a', 'to_review', 100)).toThrow(IllegalTransitionError);
		expect(findItem(cv, 'a')?.status).toBe('pending');
	});

	it('keeps the error on a failed item and clears it once the item is retried', () => {
		let cv = transitionItem(cvWith(item('a')), 'a', 'generating', 1);
		cv = transitionItem(cv, 'a', 'failed', 2, {
			error: { message: 'Groq refused the key.', action: 'Check your key in Settings.' }
		});
		expect(findItem(cv, 'a')?.error?.message).toBe('Groq refused the key.');
		cv = transitionItem(cv, 'a', 'generating', 3);
		expect(findItem(cv, 'a')?.error).toBeUndefined();
		expect('error' in findItem(cv, 'a')!).toBe(false);
	});
});

describe('withVersion', () => {
	it('keeps the current content as an earlier version, newest last', () => {
		const first = item('a', { content: { text: 'First draft', bullets: [] } });
		const second = withVersion(first, 'generated', 10);
		const third = withVersion(
			{ ...second, content: { text: 'Second draft', bullets: ['x'] } },
			'edited',
			20,
			'shorter'
		);
		expect(third.versions.map((version) => version.content.text)).toEqual([
			'First draft',
			'Second draft'
		]);
		expect(third.versions[1]).toMatchObject({
			origin: 'edited',
			createdAt: 20,
			feedback: 'shorter'
		});
	});

	it('does not record an empty item as a version', () => {
		const empty = item('a');
		expect(withVersion(empty, 'generated', 10)).toBe(empty);
		const blank = item('b', { content: { text: '   ', bullets: [] } });
		expect(withVersion(blank, 'edited', 10).versions).toEqual([]);
	});

	it('keeps only the newest versions once the limit is reached', () => {
		let current = item('a');
		for (let index = 1; index <= LIMITS.versionsPerItem + 5; index++) {
			current = withVersion(
				{ ...current, content: { text: `Draft ${index}`, bullets: [] } },
				'generated',
				index
			);
		}
		expect(current.versions).toHaveLength(LIMITS.versionsPerItem);
		expect(current.versions[0]?.content.text).toBe('Draft 6');
		expect(current.versions.at(-1)?.content.text).toBe(`Draft ${LIMITS.versionsPerItem + 5}`);
		expect(CvItemSchema.safeParse(current).success).toBe(true);
	});
});

describe('recoverInterruptedItems', () => {
	it('puts items left "generating" by a reload back to pending, keeping their content', () => {
		const cv = cvWith(
			item('a', { status: 'generating', content: { text: 'half', bullets: [] }, updatedAt: 5 }),
			item('b', { status: 'accepted', updatedAt: 5 }),
			item('c', { status: 'failed', error: { message: 'Timeout', action: '' }, updatedAt: 5 })
		);
		const recovered = recoverInterruptedItems(cv, 99);
		expect(findItem(recovered, 'a')).toMatchObject({
			status: 'pending',
			updatedAt: 99,
			content: { text: 'half' }
		});
		expect(findItem(recovered, 'b')).toBe(findItem(cv, 'b'));
		expect(findItem(recovered, 'c')?.status).toBe('failed');
		expect(findItem(cv, 'a')?.status).toBe('generating');
	});
});
