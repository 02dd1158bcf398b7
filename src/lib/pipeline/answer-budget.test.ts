/**
 * The answer budget as the pipeline uses it: each step asks for what its answers need, learns
 * from what Groq reports, and an answer cut off at its budget is asked again once with twice
 * the room, shown like any retry, after which the step's budget is larger.
 */
import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { AnswerBudgets, defaultBudget } from '$lib/llm/answer-budget';
import type { LlmActivity } from '$lib/llm/llm-client';
import { stepValuesFor } from './item-context';
import { defaultPipelineSettings } from './pipeline-settings';
import { bundledPrompts } from './prompt-templates';
import { runStep } from './run-step';
import { STEPS } from './steps';
import { syncCvItems } from './sync-cv-items';
import { fakeAnswer, FakeLlmClient } from './testing/fake-llm-client';

const MODEL = 'openai/gpt-oss-120b';

function roleRun(llm: FakeLlmClient, budgets: AnswerBudgets, activities: LlmActivity[] = []) {
	const base = exampleSession(0);
	const session = { ...base, cv: syncCvItems(base.cv, base.profile, 0) };
	const item = session.cv.sections[1]!.items[0]!;
	const settings = defaultPipelineSettings();
	return runStep(STEPS.role, stepValuesFor(session, item, settings.rules), undefined, {
		llm,
		prompts: bundledPrompts,
		settings,
		budgets,
		onActivity: (activity) => activities.push(activity)
	});
}

describe('answer budgets in the pipeline', () => {
	it('asks a role for its step default at low effort, not 2,000 tokens', async () => {
		const llm = new FakeLlmClient();
		await roleRun(llm, new AnswerBudgets());
		const request = llm.calls[0]!.request;
		expect(request.reasoningEffort).toBe('low');
		expect(request.maxTokens).toBe(defaultBudget({ step: 'role', model: MODEL, effort: 'low' }));
		expect(request.maxTokens).toBeLessThan(2_000);
	});

	it('follows what the answers used once there are enough of them', async () => {
		const budgets = new AnswerBudgets();
		const key = { step: 'role', model: MODEL, effort: 'low' } as const;
		for (const used of [200, 220, 240, 260, 280]) budgets.record(key, used);
		const llm = new FakeLlmClient();
		await roleRun(llm, budgets);
		// The 95th percentile of five answers is the longest, 280, times the 1.5 safety factor.
		expect(llm.calls[0]!.request.maxTokens).toBe(420);
	});

	it('asks a cut-off answer again once with twice the budget, shows it as a retry, and grows the budget', async () => {
		const budgets = new AnswerBudgets();
		const key = { step: 'role', model: MODEL, effort: 'low' } as const;
		for (const used of [300, 300, 300, 300, 300]) budgets.record(key, used);
		const before = budgets.budgetFor(key);
		let call = 0;
		const llm = new FakeLlmClient((request) =>
			call++ === 0
				? { text: '{"summary": "Led the migr', finishReason: 'length' }
				: fakeAnswer(request)
		);
		const activities: LlmActivity[] = [];
		const outcome = await roleRun(llm, budgets, activities);
		expect(llm.calls.map((entry) => entry.request.maxTokens)).toEqual([before, 2 * before]);
		expect(outcome).toMatchObject({ calls: 2, lengthRetries: 1 });
		expect(outcome.content.bullets.length).toBeGreaterThan(0);
		expect(activities).toContainEqual(
			expect.objectContaining({
				state: 'retrying',
				attempt: 2,
				reason: expect.stringMatching(/cut off/)
			})
		);
		expect(budgets.budgetFor(key)).toBeGreaterThan(before);
	});
});
