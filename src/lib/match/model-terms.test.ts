import { describe, expect, it } from 'vitest';
import { keyQualificationsStep } from '$lib/pipeline/steps/key-qualifications';
import { ContentRulesSchema } from '$lib/pipeline/pipeline-settings';
import { extractTerms } from './extract-terms';
import { modelTermsInAds } from './model-terms';

const rules = ContentRulesSchema.parse({});

const ad = `Dental Nurse
- Chairside assistance during root canal treatment.
- Decontaminate instruments in line with HTM 01-05.`;

describe('key terms from the key-qualifications answer', () => {
	it('keeps the terms the ads say, in their spelling, and drops one the ad never said', () => {
		expect(
			modelTermsInAds(['chairside assistance', 'HTM 01-05', 'Invisalign', 'root  canal'], [ad])
		).toEqual(['Chairside assistance', 'HTM 01-05', 'root canal']);
	});

	it('merges them with the deterministic terms', () => {
		const job = { description: ad, similarDescriptions: [] };
		const alone = extractTerms(job, null).map((term) => term.term);
		const merged = extractTerms(job, null, ['HTM 01-05', 'Invisalign']).map((term) => term.term);
		expect(alone).not.toContain('HTM 01-05');
		expect(merged).toContain('HTM 01-05');
		expect(merged).not.toContain('Invisalign');
		// The model's whole code replaces the piece the shapes found ("HTM 01" of "HTM 01-05").
		expect(merged).toEqual(expect.arrayContaining(alone.filter((term) => term !== 'HTM 01')));
		expect(merged).not.toContain('HTM 01');
	});

	it('reads them from the structured answer, which asks for them in its schema', () => {
		const count = rules.keyQualificationCount;
		const answer = {
			qualifications: Array.from({ length: count }, (_, n) => `Chairside dental nursing ${n + 1}`),
			key_terms: ['chairside assistance', 'HTM 01-05']
		};
		const parsed = keyQualificationsStep.fromJson(answer, rules);
		expect(parsed.ok && parsed.value.keyTerms).toEqual(['chairside assistance', 'HTM 01-05']);
		const schema = keyQualificationsStep.jsonSchema(rules);
		expect(JSON.stringify(schema)).toContain('key_terms');
	});
});
