import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from './describe-issues';

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
	const result = schema.safeParse(value);
	if (result.success) throw new Error('expected a failure');
	return result.error;
}

describe('describeIssues', () => {
	it('turns paths into the names the forms use, counting from one', () => {
		const schema = z.object({
			profile: z.object({ roles: z.array(z.object({ start: z.string() })) })
		});
		expect(describeIssues(errorOf(schema, { profile: { roles: [{ start: '' }, {}] } }))).toBe(
			'Profile › Role #2 › start: missing'
		);
	});

	it('names the file itself when the problem is at the top', () => {
		expect(describeIssues(errorOf(z.object({}), 'text'))).toBe(
			'The file: should be a group of fields, not text'
		);
	});

	it('handles an array at the top level', () => {
		expect(describeIssues(errorOf(z.array(z.string()), ['ok', 3]))).toBe(
			'#2: should be text, not a number'
		);
	});

	it('keeps a badly broken file to a few lines and counts the rest', () => {
		const schema = z.array(z.number());
		const error = errorOf(schema, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		const lines = describeIssues(error).split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[5]).toBe('…and 2 more problems.');
		expect(
			describeIssues(errorOf(schema, ['a', 'b', 'c']), 2)
				.split('\n')
				.at(-1)
		).toBe('…and 1 more problem.');
	});
});
