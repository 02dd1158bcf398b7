import { describe, expect, it } from 'vitest';
import { exampleSession, updateItem, type CvItem, type Finding } from '$lib/domain';
import { refreshFindings, type ClaimInspector } from './refresh-findings';
import { syncCvItems } from './sync-cv-items';

function sessionWithItems() {
	const session = exampleSession(0);
	let id = 0;
	session.cv = syncCvItems(session.cv, session.profile, 0, () => `item-${++id}`);
	return session;
}

const flagEveryNumber: ClaimInspector = (item) =>
	item.content.bullets.flatMap((bullet, bulletIndex) =>
		[...bullet.matchAll(/\d+/g)].map((match) => ({
			kind: 'number' as const,
			text: match[0],
			bulletIndex,
			start: match.index,
			end: match.index + match[0].length,
			confirmed: false
		}))
	);

describe('refreshFindings', () => {
	it('inspects only items whose content changed, and saves what it finds on them', () => {
		const session = sessionWithItems();
		const inspected: string[] = [];
		const inspect: ClaimInspector = (item, context, previous) => {
			inspected.push(item.id);
			return flagEveryNumber(item, context, previous);
		};
		const next = updateItem(session.cv, 'item-2', (item) => ({
			...item,
			content: { text: '', bullets: ['Cut costs by 35%'] }
		}));
		const refreshed = refreshFindings(session.cv, next, session, inspect);
		expect(inspected).toEqual(['item-2']);
		const item = refreshed.sections
			.flatMap((section) => section.items)
			.find((i) => i.id === 'item-2');
		expect(item?.findings.map((finding: Finding) => finding.text)).toEqual(['35']);
	});

	it('hands the previous findings to the inspector so confirmations can survive', () => {
		const session = sessionWithItems();
		const confirmed: Finding = {
			kind: 'number',
			text: '35',
			bulletIndex: 0,
			start: 13,
			end: 15,
			confirmed: true
		};
		session.cv = updateItem(session.cv, 'item-2', (item) => ({
			...item,
			content: { text: '', bullets: ['Cut costs by 35%'] },
			findings: [confirmed]
		}));
		let seen: Finding[] = [];
		const next = updateItem(session.cv, 'item-2', (item) => ({
			...item,
			content: { text: '', bullets: ['Cut costs by 35% in 2022'] }
		}));
		refreshFindings(session.cv, next, session, (item: CvItem, context, previous) => {
			seen = previous;
			return flagEveryNumber(item, context, previous);
		});
		expect(seen).toEqual([confirmed]);
	});

	it('clears findings on an item excluded from tailoring and returns the same CV when nothing changed', () => {
		const session = sessionWithItems();
		expect(refreshFindings(session.cv, session.cv, session, flagEveryNumber)).toBe(session.cv);
		const next = updateItem(session.cv, 'item-3', (item) => ({
			...item,
			excluded: true,
			findings: [
				{ kind: 'tool', text: 'Snowflake', bulletIndex: 0, start: 0, end: 9, confirmed: false }
			]
		}));
		const refreshed = refreshFindings(session.cv, next, session, flagEveryNumber);
		const item = refreshed.sections
			.flatMap((section) => section.items)
			.find((i) => i.id === 'item-3');
		expect(item?.findings).toEqual([]);
	});
});
