import { describe, expect, it } from 'vitest';
import { exampleJob, exampleProfile } from '$lib/domain/example-session';
import { findUnsupportedClaims } from './fabrication-guard';
import { guardSourcesFor, withLetterSources } from './guard-sources';

const job = exampleJob();

function findingsFor(
	skills: ReturnType<typeof exampleProfile>['skills'],
	kind: 'role' | 'project' | 'executive_summary'
) {
	const profile = { ...exampleProfile(), skills };
	const sourceId =
		kind === 'role' ? profile.roles[0]!.id : kind === 'project' ? profile.projects[0]!.id : '';
	const sources = guardSourcesFor({ kind, sourceId }, profile, job, 2025);
	const bullets = ['Modelled finance data in Snowflake with dbt.'];
	return findUnsupportedClaims({ text: '', bullets }, sources).map((finding) => finding.text);
}

describe('guardSourcesFor and the Skills list', () => {
	const snowflake = [
		{ id: 's1', name: 'Cloud data warehouses', level: 'Advanced', keywords: ['Snowflake'] }
	];

	it('counts a keyword of the person’s skills as their own fact in every item', () => {
		for (const kind of ['role', 'project', 'executive_summary'] as const) {
			expect(findingsFor([], kind), kind).toEqual(['Snowflake']);
			expect(findingsFor(snowflake, kind), kind).toEqual([]);
		}
	});

	it('counts a skill’s name as well', () => {
		const named = [{ id: 's1', name: 'Snowflake', level: '', keywords: [] }];
		expect(findingsFor(named, 'role')).toEqual([]);
	});
});

describe('the cover letter’s sources', () => {
	const profile = exampleProfile();
	const letter = {
		points: ['I am relocating to Oslo in March 2026.'],
		recipientName: 'Kari Nordmann',
		recipientTitle: 'Head of Engineering',
		company: ''
	};
	const body = {
		text: 'I am relocating to Oslo in March 2026. Kari Nordmann will see that I cut cloud costs by 37%.',
		bullets: []
	};
	const findings = (withPoints: boolean) => {
		const sources = guardSourcesFor({ kind: 'cover_letter', sourceId: '' }, profile, job, 2025);
		const own = withPoints ? withLetterSources(sources, letter) : sources;
		return findUnsupportedClaims(body, own).map((finding) => finding.text);
	};

	it('counts the person’s points as their own facts, and still flags a figure nobody gave', () => {
		expect(findings(true)).toEqual(['37%']);
		expect(findings(false)).toEqual(['Oslo', 'March 2026', 'Nordmann', '37%']);
	});
});
