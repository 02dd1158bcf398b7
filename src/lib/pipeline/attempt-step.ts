/**
 * One attempt at a step for one item against the LLM: the default single structured call, or
 * the notebook's two passes (free text, then the cleaner structures it). A structured answer
 * that does not validate gets exactly one repair: the cleaner structures the text we got, or,
 * when the LLM stack refused the answer before we saw it, the item goes through the two passes.
 * After that the item fails with an `invalid_output` LlmError that says what was wrong.
 *
 * Every answer is read as plain text (answer-reader), and each call asks for the answer budget
 * learned for its step and model (step-calls).
 */
import type { ItemContent, ParseResult } from '$lib/domain';
import type { LlmResult, LlmUsage } from '$lib/llm/llm-client';
import { isInvalidOutput, looksLikeJson, requireAnswer, unusable } from './answer-checks';
import { AnswerReader } from './answer-reader';
import { supportsStructuredOutput, type PipelineSettings } from './pipeline-settings';
import { promptVersion, type PromptSource } from './prompt-source';
import { StepCalls, type StepCallOptions, type StepPass } from './step-calls';
import type { StepDefinition } from './steps';
import { cleanerMessages, generationMessages } from './step-messages';

export type { StepPass };

export interface StepRevision {
	/** The content the person saw and wants changed. */
	previous: ItemContent;
	feedback: string;
}

export interface StepRunOptions extends StepCallOptions {
	prompts: PromptSource;
	settings: PipelineSettings;
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
	const read = new AnswerReader(step, rules);
	const calls = new StepCalls(options, stepSettings.reasoningEffort);
	await calls.load();

	const generate = (output: 'json' | 'text', pass: StepPass = 'generate'): Promise<LlmResult> =>
		calls.call(pass, step.kind, {
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
			result = await calls.call(pass, 'cleaning', {
				model,
				messages: cleanerMessages(prompts, step, read.plain(draft)),
				temperature: 0,
				jsonSchema: structured ? step.jsonSchema(rules) : undefined,
				jsonObject: structured ? undefined : true,
				promptVersion: version
			});
		} catch (error) {
			if (isInvalidOutput(error)) return { ok: false, message: error.message };
			throw error;
		}
		return read.json(result.text);
	};

	const done = (content: ItemContent, repaired = false): StepOutcome => ({
		content,
		calls: calls.calls,
		usage: calls.usage,
		repaired,
		markupRemoved: read.markupRemoved,
		lengthRetries: calls.lengthRetries
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
		const local = looksLikeJson(draft.text) ? read.json(draft.text) : read.text(draft.text);
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
	const fromJson = read.json(answer.text);
	if (fromJson.ok) return done(fromJson.value);
	// A model that ignored the schema but wrote a clean list still answered the question.
	if (!looksLikeJson(answer.text)) {
		const fromText = read.text(answer.text);
		if (fromText.ok) return done(fromText.value);
	}
	const repaired = await clean('repair', answer.text);
	if (repaired.ok) return done(repaired.value, true);
	throw unusable(fromJson.message, repaired.message);
}
