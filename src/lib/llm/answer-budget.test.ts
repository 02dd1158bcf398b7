import { describe, expect, it } from 'vitest';
import {
	AnswerBudgets,
	defaultBudget,
	type AnswerBudgetRecord,
	type AnswerBudgetStore,
	type BudgetKey
} from './answer-budget';

const ROLE: BudgetKey = { step: 'role', model: 'openai/gpt-oss-120b', effort: 'low' };

/** The settings storage as the budgets see it: one record, read and written whole. */
class MemoryStore implements AnswerBudgetStore {
	saved: AnswerBudgetRecord | undefined;
	constructor(public stored: unknown = undefined) {}
	async load(): Promise<unknown> {
		return structuredClone(this.stored);
	}
	async save(record: AnswerBudgetRecord): Promise<void> {
		this.saved = structuredClone(record);
		this.stored = this.saved;
	}
}

describe('AnswerBudgets', () => {
	it('starts each step from a default sized for the step, with room to think on a reasoning model', () => {
		const budgets = new AnswerBudgets();
		const plain = { ...ROLE, model: 'meta-llama/llama-4-scout-17b-16e-instruct' };
		expect(budgets.budgetFor(ROLE)).toBe(defaultBudget(ROLE));
		expect(budgets.budgetFor(plain)).toBeLessThan(budgets.budgetFor(ROLE));
		expect(budgets.budgetFor({ ...ROLE, effort: 'high' })).toBeGreaterThan(budgets.budgetFor(ROLE));
		expect(budgets.budgetFor({ ...ROLE, step: 'project' })).toBeLessThan(budgets.budgetFor(ROLE));
		expect(budgets.budgetFor(ROLE)).toBeLessThan(2_000);
	});

	it('learns a high percentile of recent answers times a safety factor, per step, model and effort', () => {
		const budgets = new AnswerBudgets({ percentile: 0.9, factor: 1.5 });
		// Twenty answers of 101..120 tokens and one of 400 that has left the window of twenty.
		budgets.record(ROLE, 400);
		for (let used = 101; used <= 120; used++) budgets.record(ROLE, used);
		expect(budgets.budgetFor(ROLE)).toBe(Math.ceil(118 * 1.5));
		expect(budgets.budgetFor({ ...ROLE, step: 'project' })).toBe(
			defaultBudget({ ...ROLE, step: 'project' })
		);
		expect(budgets.budgetFor({ ...ROLE, effort: 'medium' })).toBe(
			defaultBudget({ ...ROLE, effort: 'medium' })
		);
	});

	it('keeps the default as a floor until a few answers were seen, but grows above it at once', () => {
		const budgets = new AnswerBudgets();
		budgets.record(ROLE, 100);
		expect(budgets.budgetFor(ROLE)).toBe(defaultBudget(ROLE));
		budgets.record(ROLE, 2_000);
		expect(budgets.budgetFor(ROLE)).toBe(3_000);
	});

	it('grows after an answer is cut off, even among many short ones', () => {
		const budgets = new AnswerBudgets();
		for (let index = 0; index < 20; index++) budgets.record(ROLE, 300);
		const before = budgets.budgetFor(ROLE);
		budgets.recordCutOff(ROLE, before);
		budgets.record(ROLE, before + 50); // the retry with twice the room came back whole
		expect(budgets.budgetFor(ROLE)).toBeGreaterThan(before);
	});

	it('keeps what it learned in its store and reads it back in a new visit', async () => {
		const store = new MemoryStore();
		const first = new AnswerBudgets({ store });
		await first.load();
		for (const used of [200, 220, 240, 260, 280]) first.record(ROLE, used);
		await first.flush();
		expect(store.saved?.samples['role|openai/gpt-oss-120b|low']).toEqual([200, 220, 240, 260, 280]);

		const second = new AnswerBudgets({ store });
		await second.load();
		expect(second.budgetFor(ROLE)).toBe(first.budgetFor(ROLE));
		expect(second.budgetFor(ROLE)).toBe(420);
	});

	it('starts from the defaults when the stored record is damaged, and does not lose new samples to it', async () => {
		const store = new MemoryStore({ samples: { 'role|x|low': ['many'] } });
		const budgets = new AnswerBudgets({ store });
		budgets.record(ROLE, 250);
		await budgets.load();
		await budgets.flush();
		expect(budgets.budgetFor({ ...ROLE, step: 'cleaning' })).toBe(
			defaultBudget({ ...ROLE, step: 'cleaning' })
		);
		expect(store.saved?.samples['role|openai/gpt-oss-120b|low']).toEqual([250]);
	});
});
