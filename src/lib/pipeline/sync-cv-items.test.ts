import { describe, expect, it } from 'vitest';
import { allItems, emptyStructuredCv, exampleProfile, type StructuredCv } from '$lib/domain';
import { syncCvItems } from './sync-cv-items';

function counter() {
	let next = 0;
	return () => `item-${++next}`;
}

describe('syncCvItems', () => {
	it('creates one pending item per role and project between key qualifications and the summary, and one cover letter', () => {
		const profile = exampleProfile();
		const cv = syncCvItems(emptyStructuredCv(), profile, 5, counter());
		expect(cv.sections.map((section) => [section.kind, section.items.length])).toEqual([
			['key_qualifications', 1],
			['experience', 5],
			['projects', 4],
			['executive_summary', 1],
			['cover_letter', 1]
		]);
		expect(cv.sections[1]!.items.map((item) => item.sourceId)).toEqual(
			profile.roles.map((role) => role.id)
		);
		expect(allItems(cv).every((item) => item.status === 'pending' && item.updatedAt === 5)).toBe(
			true
		);
	});

	it('keeps tailored items by source through reordering, drops removed ones, adds new ones', () => {
		const profile = exampleProfile();
		const first = syncCvItems(emptyStructuredCv(), profile, 0, counter());
		const tailored: StructuredCv = {
			sections: first.sections.map((section) => ({
				...section,
				items: section.items.map((item) =>
					item.sourceId === profile.roles[1]!.id
						? { ...item, status: 'accepted' as const, content: { text: '', bullets: ['Kept'] } }
						: item
				)
			}))
		};
		const [a, b, c, ...rest] = profile.roles;
		const next = syncCvItems(
			tailored,
			{ ...profile, roles: [b!, { ...a!, id: 'new-role' }, ...rest] },
			9,
			counter()
		);
		const roles = next.sections[1]!.items;
		expect(roles.map((item) => item.sourceId)).toEqual([
			b!.id,
			'new-role',
			...rest.map((role) => role.id)
		]);
		expect(roles[0]).toMatchObject({ status: 'accepted', content: { bullets: ['Kept'] } });
		expect(roles[1]).toMatchObject({ status: 'pending', updatedAt: 9 });
		expect(allItems(next).some((item) => item.sourceId === c!.id || item.sourceId === a!.id)).toBe(
			false
		);
		expect(next.sections[0]!.items[0]).toBe(tailored.sections[0]!.items[0]);
	});

	it('returns the same CV when nothing changed, so no save is needed', () => {
		const profile = exampleProfile();
		const cv = syncCvItems(emptyStructuredCv(), profile, 0, counter());
		expect(syncCvItems(cv, profile, 1, counter())).toBe(cv);
	});

	it('gives a session saved before the cover letter existed its letter item, and then leaves it be', () => {
		const profile = exampleProfile();
		const current = syncCvItems(emptyStructuredCv(), profile, 0, counter());
		const older: StructuredCv = { sections: current.sections.slice(0, 4) };
		const opened = syncCvItems(older, profile, 9, counter());
		expect(opened.sections.map((section) => section.kind)).toEqual([
			'key_qualifications',
			'experience',
			'projects',
			'executive_summary',
			'cover_letter'
		]);
		expect(opened.sections[4]!.items[0]).toMatchObject({ kind: 'cover_letter', status: 'pending' });
		expect(syncCvItems(opened, profile, 10, counter())).toBe(opened);
	});
});
