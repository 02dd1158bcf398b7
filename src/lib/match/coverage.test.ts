import { describe, expect, it } from 'vitest';
import { coverage, isSupportedBy } from './coverage';
import type { Term } from './extract-terms';

const term = (canonical: string, weight: number, written = canonical): Term => ({
	term: written,
	canonical,
	weight,
	adsContaining: 1,
	kind: 'tool'
});

describe('coverage', () => {
	it('weights the percentage by the terms the CV names', () => {
		const terms = [term('Kubernetes', 3, 'k8s'), term('PostgreSQL', 1), term('C#', 1)];
		const result = coverage(terms, 'Ran services on k8s backed by Postgres.');
		expect(result.covered.map((covered) => covered.canonical)).toEqual([
			'Kubernetes',
			'PostgreSQL'
		]);
		expect(result.missing.map((missing) => missing.canonical)).toEqual(['C#']);
		expect(result.percent).toBe(80);
	});

	it('counts a higher degree for a lower one, never the reverse', () => {
		const bachelor = { ...term("Bachelor's degree", 1), kind: 'qualification' as const };
		const master = { ...term("Master's degree", 1), kind: 'qualification' as const };
		expect(coverage([bachelor], 'MSc Computational Linguistics').percent).toBe(100);
		expect(coverage([master], 'BSc Computer Science').percent).toBe(0);
	});

	it('matches terms found by shape as whole words in any case', () => {
		expect(isSupportedBy(term('ClickUp', 1), 'planned sprints in clickup')).toBe(true);
		expect(isSupportedBy(term('ClickUp', 1), 'ClickUpper')).toBe(false);
	});

	it('covers a phrase in the singular or the plural, but not a longer word', () => {
		const assessments = {
			...term('risk assessment', 1, 'risk assessments'),
			kind: 'skill' as const
		};
		expect(isSupportedBy(assessments, 'Wrote risk assessments for 12 sites.')).toBe(true);
		expect(isSupportedBy(assessments, 'Led one risk assessment.')).toBe(true);
		const enquiry = { ...term('public enquiry', 1), kind: 'skill' as const };
		expect(isSupportedBy(enquiry, 'Answered public enquiries.')).toBe(true);
		expect(isSupportedBy(assessments, 'Risk assessmentsheet')).toBe(false);
	});

	it('is 0% for a job without key terms', () => {
		expect(coverage([], 'anything').percent).toBe(0);
	});
});
