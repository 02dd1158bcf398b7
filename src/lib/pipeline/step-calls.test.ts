/**
 * The calls of one step attempt on their own: what they count, and what happens when an answer
 * is cut off twice or comes from the cache. The first retry itself is guarded through runStep in
 * answer-budget.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmRequest } from '$lib/llm/llm-client';
import { resultFor, ScriptedLlmClient } from '$lib/llm/testing/scripted-llm-client';
import { StepCalls } from './step-calls';

const MODEL = 'openai/gpt-oss-120b';
const KEY = { step: 'role', model: MODEL, effort: 'low' } as const;
const REQUEST = {
	model: MODEL,
	messages: [{ role: 'user' as const, content: 'Write a role' }],
	temperature: 0
};

const cutOff = (request: LlmRequest) =>
	resultFor(request, {
		finishReason: 'length',
		usage: {
			promptTokens: 50,
			completionTokens: request.maxTokens,
			totalTokens: 50 + request.maxTokens
		}
	});

describe('StepCalls', () => {
	it('fails after a second cut-off answer, and the budget learns from both', async () => {
		const budgets = new AnswerBudgets();
		const before = budgets.budgetFor(KEY);
		const llm = new ScriptedLlmClient().then(cutOff, cutOff);
		const calls = new StepCalls({ llm, budgets }, 'low');
		await expect(calls.call('generate', 'role', REQUEST)).rejects.toMatchObject({
			kind: 'invalid_output',
			message: `The answer was cut off: the model used all ${2 * before} tokens it was given before it finished.`
		});
		expect(llm.calls.map((call) => call.request.maxTokens)).toEqual([before, 2 * before]);
		expect(calls.calls).toBe(2);
		expect(calls.lengthRetries).toBe(1);
		expect(calls.usage.completionTokens).toBe(3 * before);
		expect(budgets.budgetFor(KEY)).toBeGreaterThan(2 * before);
	});

	it('learns nothing from an answer reused from the cache', async () => {
		const budgets = new AnswerBudgets();
		const llm = new ScriptedLlmClient();
		for (let index = 0; index < 6; index++)
			llm.then((request) =>
				resultFor(request, {
					fromCache: true,
					usage: { promptTokens: 1, completionTokens: 9_000, totalTokens: 9_001 }
				})
			);
		const before = budgets.budgetFor(KEY);
		const calls = new StepCalls({ llm, budgets }, 'low');
		for (let index = 0; index < 6; index++) await calls.call('generate', 'role', REQUEST);
		expect(budgets.budgetFor(KEY)).toBe(before);
		expect(calls.calls).toBe(6);
	});

	it('sends nothing once the step is cancelled', async () => {
		const llm = new ScriptedLlmClient();
		const controller = new AbortController();
		controller.abort();
		const calls = new StepCalls({ llm, signal: controller.signal }, 'low');
		await expect(calls.call('generate', 'role', REQUEST)).rejects.toMatchObject({
			kind: 'aborted'
		});
		expect(llm.calls).toHaveLength(0);
	});
});
