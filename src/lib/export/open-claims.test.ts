import { describe, expect, it } from 'vitest';
import type { CvItem, Finding, Session } from '$lib/domain';
import { exampleSession } from '$lib/domain/example-session';
import { openClaims, openClaimsKey } from './open-claims';

const bullet = 'Cut cloud costs by 37% with a Snowflake migration.';

function finding(text: string, confirmed = false): Finding {
	const start = bullet.indexOf(text);
	return { kind: 'tool', text, bulletIndex: 0, start, end: start + text.length, confirmed };
}

function roleItem(sourceId: string, changes: Partial<CvItem>): CvItem {
	return {
		id: `item-${sourceId}`,
		kind: 'role',
		sourceId,
		status: 'accepted',
		content: { text: '', bullets: [bullet] },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [finding('37%'), finding('Snowflake')],
		updatedAt: 0,
		...changes
	};
}

function sessionWith(...changes: Array<Partial<CvItem>>): Session {
	const session = exampleSession(0);
	const experience = session.cv.sections.find((section) => section.kind === 'experience');
	changes.forEach((change, index) => {
		const role = session.profile.roles[index];
		if (role) experience?.items.push(roleItem(role.id, change));
	});
	return session;
}

const listed = (session: Session) =>
	openClaims(session).map(({ item, findings }) => [item.id, findings.map((entry) => entry.text)]);

describe('openClaims', () => {
	it('lists the unchecked findings of an accepted item, per item', () => {
		const session = sessionWith({});
		expect(listed(session)).toEqual([
			[`item-${session.profile.roles[0]?.id}`, ['37%', 'Snowflake']]
		]);
	});

	it('drops a finding the person confirmed as true', () => {
		const session = sessionWith({ findings: [finding('37%', true), finding('Snowflake')] });
		expect(listed(session).flatMap(([, texts]) => texts)).toEqual(['Snowflake']);
		const allConfirmed = sessionWith({ findings: [finding('37%', true)] });
		expect(openClaims(allConfirmed)).toEqual([]);
	});

	it('leaves out drafts and items kept as written: the export uses the person’s own text', () => {
		expect(openClaims(sessionWith({ status: 'to_review' }))).toEqual([]);
		expect(openClaims(sessionWith({ excluded: true }))).toEqual([]);
	});

	it('gives a new key whenever the set of open claims changes', () => {
		const session = sessionWith({}, {});
		const key = (change: (copy: Session) => void) => {
			const copy = structuredClone(session);
			change(copy);
			return openClaimsKey(openClaims(copy));
		};
		const experience = (copy: Session) =>
			copy.cv.sections.find((section) => section.kind === 'experience')?.items ?? [];
		const both = key(() => {});
		expect(key(() => {})).toBe(both);
		expect(
			key((copy) => {
				const first = experience(copy)[0];
				if (first) first.findings[0] = finding('37%', true);
			})
		).not.toBe(both);
		expect(
			key((copy) => {
				const second = experience(copy)[1];
				if (second) second.status = 'to_review';
			})
		).not.toBe(both);
	});
});
