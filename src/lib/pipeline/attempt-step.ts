/**
 * One attempt at a step for one item against the LLM: the default single structured call, or
 * the notebook's two passes (free text, then the cleaner structures it). A structured answer
 * that does not validate gets exactly one repair: the cleaner structures the text we got, or,
 * when the LLM stack refused the answer before we saw it, the item goes through the two passes.
 * After that the item fails with an `invalid_output` LlmError that says what was wrong.
 *
 * Every answer is read as plain text: tag-like markup is removed where answers are parsed
 * (JSON strings, free text, the draft handed to the cleaner), and the outcome says so.
 *
 * Each call asks for the answer budget learned for its step and model (llm/answer-budget.ts)
 * and reports back what the answer used. An answer cut off at that budget is asked again once
 * with twice the room, shown as a retry; the budget learns from both.
 */
import type { ItemContent, ParseResult } from '$lib/domain';
import type { LlmActivity, LlmClient, LlmRequest, LlmResult, LlmUsage } from '$lib/llm/llm-client';
import { AnswerBudgets, type BudgetKey, type BudgetStep } from '$lib/llm/answer-budget';
import { isLlmError, LlmError } from '$lib/llm/llm-error';
import { effectiveEffort } from '$lib/llm/reasoning';
import { isInvalidOutput, looksLikeJson, requireAnswer, unusable } from './answer-checks';
import { extractJson } from './extract-json';
import { supportsStructuredOutput, type PipelineSettings } from './pipeline-settings';
import { promptVersion, type PromptSource } from './prompt-source';
import type { StepDefinition } from './steps';
import { cleanerMessages, generationMessages } from './step-messages';
import { stripMarkup, stripMarkupDeep } from './strip-markup';
import { stripReasoning } from './strip-reasoning';

/** Which call of a step is running, for the activity the user sees. */
export type StepPass = 'generate' | 'clean' | 'repair';

export interface StepRevision {
	/** The content the person saw and wants changed. */
	previous: ItemContent;
	feedback: string;
}

export interface StepRunOptions {
	llm: LlmClient;
	prompts: PromptSource;
	settings: PipelineSettings;
	signal?: AbortSignal;
	bypassCache?: boolean;
	onActivity?: (activity: LlmActivity) => void;
	onPass?: (pass: StepPass, model: string) => void;
	/** Learned answer budgets; without one, every call asks for the step's default. */
	budgets?: AnswerBudgets;
}

export interface StepOutcome {
	content: ItemContent;
	calls: number;
	usage: LlmUsage;
	/** Whether the first answer needed the cleaner's repair pass. */
	repaired: boolean;
	/** Whether markup the model wrote was removed from the answer. */
	markupRemoved: boolean;
	/** Calls asked again with a doubled budget because the answer was cut off. */
	lengthRetries: number;
}

export async function attemptStep(
	step: StepDefinition,
	values: Readonly<Record<string, string>>,
	revision: StepRevision | undefined,
	options: StepRunOptions
): Promise<StepOutcome> {
	const { settings, prompts } = options;
	const stepSettings = settings.steps[step.kind];
	const rules = settings.rules;
	const version = promptVersion(prompts, ['system', step.prompt, 'feedback', 'clean']);
	const usage: LlmUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
	let calls = 0;
	let markupRemoved = false;
	const noteMarkup = () => {
		markupRemoved = true;
	};
	/** An answer's text without reasoning or markup; what every reading starts from. */
	const plain = (text: string): string => {
		const result = stripMarkup(stripReasoning(text));
		if (result.removed) noteMarkup();
		return result.text;
	};
	const readJson = (text: string): ParseResult<ItemContent> => {
		const json = extractJson(text);
		return json.ok ? step.fromJson(stripMarkupDeep(json.value, noteMarkup), rules) : json;
	};
	const readText = (text: string): ParseResult<ItemContent> => step.fromText(plain(text), rules);

	const budgets = options.budgets ?? new AnswerBudgets();
	await budgets.load();
	let lengthRetries = 0;
	const send = async (request: LlmRequest): Promise<LlmResult> => {
		calls++;
		const result = await options.llm.complete(request, {
			signal: options.signal,
			bypassCache: options.bypassCache,
			onActivity: options.onActivity
		});
		usage.promptTokens += result.usage.promptTokens;
		usage.completionTokens += result.usage.completionTokens;
		usage.totalTokens += result.usage.totalTokens;
		// A client that passes a cut-off answer through (not Groq's, which refuses it) is read the same.
		if (result.finishReason === 'length') {
			throw new LlmError('invalid_output', {
				cutOff: { maxTokens: request.maxTokens, completionTokens: result.usage.completionTokens },
				message: `The answer was cut off: the model used all ${request.maxTokens} tokens it was given before it finished.`
			});
		}
		return result;
	};

	const call = async (
		pass: StepPass,
		budgetStep: BudgetStep,
		request: Omit<LlmRequest, 'maxTokens' | 'reasoningEffort'>
	): Promise<LlmResult> => {
		if (options.signal?.aborted) throw new LlmError('aborted');
		options.onPass?.(pass, request.model);
		const effort = stepSettings.reasoningEffort;
		const key: BudgetKey = {
			step: budgetStep,
			model: request.model,
			effort: effectiveEffort(request.model, effort)
		};
		const budget = budgets.budgetFor(key);
		let result: LlmResult;
		try {
			result = await send({ ...request, maxTokens: budget, reasoningEffort: effort });
		} catch (error) {
			const cutOff = isLlmError(error) ? error.cutOff : undefined;
			if (!cutOff) throw error;
			budgets.recordCutOff(key, cutOff.maxTokens);
			lengthRetries++;
			options.onActivity?.({
				state: 'retrying',
				attempt: 2,
				until: 0,
				reason: 'an answer cut off at its length limit'
			});
			try {
				result = await send({ ...request, maxTokens: budget * 2, reasoningEffort: effort });
			} catch (again) {
				if (isLlmError(again) && again.cutOff) budgets.recordCutOff(key, again.cutOff.maxTokens);
				throw again;
			}
		}
		if (!result.fromCache) budgets.record(key, result.usage.completionTokens);
		return result;
	};

	const generate = (output: 'json' | 'text', pass: StepPass = 'generate'): Promise<LlmResult> =>
		call(pass, step.kind, {
			model: stepSettings.generatorModel,
			messages: generationMessages(prompts, step, values, revision, output),
			temperature: stepSettings.temperature,
			jsonSchema: output === 'json' ? step.jsonSchema(rules) : undefined,
			promptVersion: version
		});

	/** Asks the cleaner (or, without one, the generator) to structure a draft; then reads it. */
	const clean = async (pass: StepPass, draft: string): Promise<ParseResult<ItemContent>> => {
		const model = stepSettings.cleanerModel || stepSettings.generatorModel;
		const structured = supportsStructuredOutput(settings, model);
		let result: LlmResult;
		try {
			result = await call(pass, 'cleaning', {
				model,
				messages: cleanerMessages(prompts, step, plain(draft)),
				temperature: 0,
				jsonSchema: structured ? step.jsonSchema(rules) : undefined,
				jsonObject: structured ? undefined : true,
				promptVersion: version
			});
		} catch (error) {
			if (isInvalidOutput(error)) return { ok: false, message: error.message };
			throw error;
		}
		return readJson(result.text);
	};

	const done = (content: ItemContent, repaired = false): StepOutcome => ({
		content,
		calls,
		usage,
		repaired,
		markupRemoved,
		lengthRetries
	});

	/** Free text, then the cleaner; `repairOf` is set when this is the repair of a failed answer. */
	const twoPasses = async (repairOf?: string): Promise<StepOutcome> => {
		const repairing = repairOf !== undefined;
		const draft = await generate('text', repairing ? 'repair' : 'generate');
		requireAnswer(draft);
		let cleanerProblem: string | undefined;
		if (stepSettings.cleanerModel) {
			const cleaned = await clean(repairing ? 'repair' : 'clean', draft.text);
			if (cleaned.ok) return done(cleaned.value, repairing);
			cleanerProblem = cleaned.message;
		}
		// A draft that is JSON (a model that ignored "write plain text") read line by line would
		// turn braces and keys into bullets: it is read as JSON or not at all.
		const local = looksLikeJson(draft.text) ? readJson(draft.text) : readText(draft.text);
		if (local.ok) return done(local.value, repairing || cleanerProblem !== undefined);
		if (repairing) throw unusable(repairOf, cleanerProblem ?? local.message);
		if (cleanerProblem === undefined) {
			const repaired = await clean('repair', draft.text);
			if (repaired.ok) return done(repaired.value, true);
			cleanerProblem = repaired.message;
		}
		throw unusable(local.message, cleanerProblem);
	};

	const structured =
		stepSettings.mode === 'structured' &&
		supportsStructuredOutput(settings, stepSettings.generatorModel);
	if (!structured) return twoPasses();

	let answer: LlmResult;
	try {
		answer = await generate('json');
		requireAnswer(answer);
	} catch (error) {
		// The LLM stack refused the answer before we saw it (not JSON, not the schema, empty):
		// with no text to clean, the repair is the same item through the two passes.
		if (isInvalidOutput(error)) return twoPasses(error.message);
		throw error;
	}
	const fromJson = readJson(answer.text);
	if (fromJson.ok) return done(fromJson.value);
	// A model that ignored the schema but wrote a clean list still answered the question.
	if (!looksLikeJson(answer.text)) {
		const fromText = readText(answer.text);
		if (fromText.ok) return done(fromText.value);
	}
	const repaired = await clean('repair', answer.text);
	if (repaired.ok) return done(repaired.value, true);
	throw unusable(fromJson.message, repaired.message);
}
