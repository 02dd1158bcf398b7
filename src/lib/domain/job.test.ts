import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';
import { exampleJob } from './example-session';
import { emptyJob, JobSchema } from './job';

describe('JobSchema', () => {
	it('accepts a real job ad with three similar ads', () => {
		const job = exampleJob();
		const parsed = JobSchema.safeParse(job);
		expect(parsed.success).toBe(true);
		expect(parsed.data).toEqual(job);
	});

	it('starts empty', () => {
		expect(emptyJob()).toEqual({
			company: '',
			title: '',
			description: '',
			similarDescriptions: []
		});
	});

	it('refuses a fourth similar ad and a pasted novel, saying why', () => {
		const result = JobSchema.safeParse({
			description: 'x'.repeat(30_001),
			similarDescriptions: ['a', 'b', 'c', 'd']
		});
		expect(result.success).toBe(false);
		const message = describeIssues(result.error!);
		expect(message).toContain('description: Too long: at most 30,000 characters, this has 30,001.');
		expect(message).toContain('Too many similar job descriptions: at most 3.');
	});
});
