/**
 * The calls one attempt at a step makes, each at the answer budget learned for its step, model
 * and effort (llm/answer-budget.ts). An answer cut off at that budget is asked again once with
 * twice the room, shown as a retry; the budget learns from both. Counts the calls, the tokens and
 * those second tries for the step's outcome.
 */
import { AnswerBudgets, type BudgetKey, type BudgetStep } from '$lib/llm/answer-budget';
import type { LlmActivity, LlmClient, LlmRequest, LlmResult, LlmUsage } from '$lib/llm/llm-client';
import { isLlmError, LlmError } from '$lib/llm/llm-error';
import { effectiveEffort, type ReasoningEffort } from '$lib/llm/reasoning';

/** Which call of a step is running, for the activity the user sees. */
export type StepPass = 'generate' | 'clean' | 'repair';

export interface StepCallOptions {
	llm: LlmClient;
	signal?: AbortSignal;
	bypassCache?: boolean;
	onActivity?: (activity: LlmActivity) => void;
	onPass?: (pass: StepPass, model: string) => void;
	/** Learned answer budgets; without one, every call asks for the step's default. */
	budgets?: AnswerBudgets;
}

export type BudgetedRequest = Omit<LlmRequest, 'maxTokens' | 'reasoningEffort'>;

export class StepCalls {
	calls = 0;
	lengthRetries = 0;
	readonly usage: LlmUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
	readonly #options: StepCallOptions;
	readonly #effort: ReasoningEffort | undefined;
	readonly #budgets: AnswerBudgets;

	constructor(options: StepCallOptions, effort: ReasoningEffort | undefined) {
		this.#options = options;
		this.#effort = effort;
		this.#budgets = options.budgets ?? new AnswerBudgets();
	}

	/** Reads the learned budgets (once per attempt, before the first call). */
	load(): Promise<void> {
		return this.#budgets.load();
	}

	async call(pass: StepPass, step: BudgetStep, request: BudgetedRequest): Promise<LlmResult> {
		const options = this.#options;
		if (options.signal?.aborted) throw new LlmError('aborted');
		options.onPass?.(pass, request.model);
		const effort = this.#effort;
		const key: BudgetKey = {
			step,
			model: request.model,
			effort: effectiveEffort(request.model, effort)
		};
		const budget = this.#budgets.budgetFor(key);
		let result: LlmResult;
		try {
			result = await this.#send({ ...request, maxTokens: budget, reasoningEffort: effort });
		} catch (error) {
			const cutOff = isLlmError(error) ? error.cutOff : undefined;
			if (!cutOff) throw error;
			this.#budgets.recordCutOff(key, cutOff.maxTokens);
			this.lengthRetries++;
			options.onActivity?.({
				state: 'retrying',
				attempt: 2,
				until: 0,
				reason: 'an answer cut off at its length limit'
			});
			try {
				result = await this.#send({ ...request, maxTokens: budget * 2, reasoningEffort: effort });
			} catch (again) {
				if (isLlmError(again) && again.cutOff)
					this.#budgets.recordCutOff(key, again.cutOff.maxTokens);
				throw again;
			}
		}
		if (!result.fromCache) this.#budgets.record(key, result.usage.completionTokens);
		return result;
	}

	async #send(request: LlmRequest): Promise<LlmResult> {
		this.calls++;
		const result = await this.#options.llm.complete(request, {
			signal: this.#options.signal,
			bypassCache: this.#options.bypassCache,
			onActivity: this.#options.onActivity
		});
		this.usage.promptTokens += result.usage.promptTokens;
		this.usage.completionTokens += result.usage.completionTokens;
		this.usage.totalTokens += result.usage.totalTokens;
		// A client that passes a cut-off answer through (not Groq's, which refuses it) is read the same.
		if (result.finishReason === 'length') {
			throw new LlmError('invalid_output', {
				cutOff: { maxTokens: request.maxTokens, completionTokens: result.usage.completionTokens },
				message: `The answer was cut off: the model used all ${request.maxTokens} tokens it was given before it finished.`
			});
		}
		return result;
	}
}
