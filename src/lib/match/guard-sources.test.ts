import { describe, expect, it } from 'vitest';
import { exampleJob, exampleProfile } from '$lib/domain/example-session';
import { findUnsupportedClaims } from './fabrication-guard';
import { guardSourcesFor } from './guard-sources';

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
