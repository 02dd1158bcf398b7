import { describe, expect, it } from 'vitest';
import { checkAnswerSize, countSentences } from './answer-size';
import { defaultPipelineSettings } from './pipeline-settings';

const rules = defaultPipelineSettings().rules;

describe('answer size', () => {
	it('counts sentences, not the dots inside them', () => {
		expect(countSentences('')).toBe(0);
		expect(countSentences('Data engineer building pipelines')).toBe(1);
		expect(countSentences('Led teams, e.g. the platform one. Cut costs 30%. Mentors people.')).toBe(
			3
		);
		expect(countSentences('Built v2.1 of the API. 140 jobs moved!')).toBe(2);
	});

	it('holds each kind to what its prompt asks', () => {
		const bullets = (count: number) =>
			Array.from({ length: count }, (_, index) => `Entry ${index}`);
		expect(checkAnswerSize('key_qualifications', { text: '', bullets: bullets(10) }, rules)).toBe(
			undefined
		);
		expect(
			checkAnswerSize('key_qualifications', { text: '', bullets: bullets(4) }, rules)?.message
		).toBe('4 of 10 qualifications');
		expect(checkAnswerSize('role', { text: '', bullets: bullets(2) }, rules)?.message).toBe(
			'2 bullets; 3 to 6 were asked'
		);
		expect(checkAnswerSize('role', { text: '', bullets: bullets(3) }, rules)).toBe(undefined);
		expect(checkAnswerSize('project', { text: '', bullets: bullets(1) }, rules)).toBe(undefined);
		expect(
			checkAnswerSize('executive_summary', { text: 'A data engineer.', bullets: [] }, rules)
				?.message
		).toBe('summary is 3 words (1 sentence); 3–4 sentences were asked');
	});
});
