import { describe, expect, it } from 'vitest';
import { addConfirmedClaimToProfile, withConfirmationsOf } from './confirm-finding';
import { exampleSession } from './example-session';
import type { Finding } from './finding';
import type { CvItem, StructuredCv } from './structured-cv';

const profile = exampleSession(1).profile;
const role = profile.roles[0]!;
const project = profile.projects[0]!;

function finding(fields: Partial<Finding> & Pick<Finding, 'kind' | 'text'>): Finding {
	return { bulletIndex: -1, start: 0, end: fields.text.length, confirmed: false, ...fields };
}

/** Only what the claim logic reads of an item: its kind, source, bullets and findings. */
function item(fields: Pick<CvItem, 'id' | 'kind'> & Partial<CvItem>): CvItem {
	return {
		sourceId: undefined,
		content: { bullets: [] },
		findings: [],
		...fields
	} as unknown as CvItem;
}

function cv(...items: CvItem[]): StructuredCv {
	return { sections: [{ kind: 'experience', items }] } as unknown as StructuredCv;
}

describe('addConfirmedClaimToProfile', () => {
	it('adds the bullet a claim came from to that role’s accomplishments, once', () => {
		const bullet = 'Cut nightly load time by 40% with Kafka';
		const roleItem = item({
			id: 'r',
			kind: 'role',
			sourceId: role.id,
			content: { bullets: [bullet] } as CvItem['content']
		});
		const claim = finding({ kind: 'percentage', text: '40%', bulletIndex: 0 });
		const once = addConfirmedClaimToProfile(profile, roleItem, claim);
		expect(once.roles[0]?.accomplishments.at(-1)).toBe(bullet);
		const twice = addConfirmedClaimToProfile(once, roleItem, claim);
		expect(twice.roles[0]?.accomplishments).toEqual(once.roles[0]?.accomplishments);
		expect(once.roles.slice(1)).toEqual(profile.roles.slice(1));
	});

	it('adds a confirmed tool to the project’s tools, and other claims to its description', () => {
		const projectItem = item({ id: 'p', kind: 'project', sourceId: project.id });
		const tool = addConfirmedClaimToProfile(
			profile,
			projectItem,
			finding({ kind: 'tool', text: 'DuckDB' })
		);
		expect(tool.projects[0]?.tools).toContain('DuckDB');
		const number = addConfirmedClaimToProfile(
			profile,
			projectItem,
			finding({ kind: 'number', text: '12 dashboards' })
		);
		expect(number.projects[0]?.description.endsWith('12 dashboards')).toBe(true);
	});

	it('adds a claim of the key qualifications to the talents, not twice', () => {
		const kq = item({ id: 'k', kind: 'key_qualifications' });
		const claim = finding({ kind: 'certification', text: 'AWS Certified Data Engineer' });
		const once = addConfirmedClaimToProfile(profile, kq, claim);
		expect(once.talents.endsWith('AWS Certified Data Engineer')).toBe(true);
		expect(addConfirmedClaimToProfile(once, kq, claim).talents).toBe(once.talents);
	});
});

describe('withConfirmationsOf', () => {
	const claim = finding({ kind: 'number', text: '3 teams', bulletIndex: 0 });

	it('gives each claim the confirmation its twin had in the state undo goes back to', () => {
		const now = cv(item({ id: 'r', kind: 'role', findings: [{ ...claim, confirmed: true }] }));
		const earlier = cv(item({ id: 'r', kind: 'role', findings: [claim] }));
		const result = withConfirmationsOf(earlier, now);
		expect(result.sections[0]?.items[0]?.findings[0]?.confirmed).toBe(false);
	});

	it('leaves a claim written since, and returns the same CV when nothing changes', () => {
		const fresh = finding({ kind: 'money', text: 'CHF 2M', bulletIndex: 1, confirmed: true });
		const now = cv(item({ id: 'r', kind: 'role', findings: [fresh] }));
		const earlier = cv(item({ id: 'r', kind: 'role', findings: [claim] }));
		expect(withConfirmationsOf(earlier, now)).toBe(now);
	});
});
