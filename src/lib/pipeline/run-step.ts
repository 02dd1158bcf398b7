/**
 * Runs one step for one item and checks what came back against what the prompt asked. An
 * answer shorter than asked (4 of 10 qualifications, a one-sentence summary) gets one automatic
 * repair ask: the same prompt with the short version and what it lacks. Whichever of the two is
 * closer to what was asked is kept; if it is still short, the outcome carries a note for the
 * card, and the person decides (accept anyway, edit, regenerate). Removed markup is noted too.
 */
import type { ItemNote } from '$lib/domain';
import type { LlmUsage } from '$lib/llm/llm-client';
import { isLlmError } from '$lib/llm/llm-error';
import { checkAnswerSize, type AnswerShortfall } from './answer-size';
import {
	attemptStep,
	type StepOutcome as AttemptOutcome,
	type StepRevision,
	type StepRunOptions
} from './attempt-step';
import type { StepDefinition } from './steps';

export type { StepPass, StepRevision, StepRunOptions } from './attempt-step';

export interface StepOutcome extends AttemptOutcome {
	/** What the person should know about this answer before accepting it; empty when nothing. */
	notes: ItemNote[];
}

const MARKUP_NOTE: ItemNote = {
	kind: 'markup_removed',
	message:
		'The model wrote markup (HTML tags) into this answer; it was removed, since a CV holds plain text.'
};

export async function runStep(
	step: StepDefinition,
	values: Readonly<Record<string, string>>,
	revision: StepRevision | undefined,
	options: StepRunOptions
): Promise<StepOutcome> {
	const rules = options.settings.rules;
	const first = await attemptStep(step, values, revision, options);
	const shortfall = checkAnswerSize(step.kind, first.content, rules, values);
	if (!shortfall) return withNotes(first, undefined);

	const ask = revision ? `${revision.feedback.trim()}\n${shortfall.ask}` : shortfall.ask;
	let second: AttemptOutcome;
	try {
		second = await attemptStep(
			step,
			values,
			{ previous: first.content, feedback: ask },
			{
				...options,
				// Asked with new text, so never answered from the cache; reported as the repair it is.
				onPass: (pass, model) => options.onPass?.(pass === 'generate' ? 'repair' : pass, model)
			}
		);
	} catch (error) {
		// A failed repair ask leaves the first answer standing, with its note; a cancel stops all.
		if (options.signal?.aborted || (isLlmError(error) && error.kind === 'aborted')) throw error;
		return withNotes(first, shortfall);
	}
	const secondShortfall = checkAnswerSize(step.kind, second.content, rules, values);
	const better = (secondShortfall?.missing ?? 0) < shortfall.missing;
	const kept = better ? second : first;
	return withNotes(
		{
			...kept,
			calls: first.calls + second.calls,
			lengthRetries: first.lengthRetries + second.lengthRetries,
			usage: addUsage(first.usage, second.usage),
			repaired: true
		},
		better ? secondShortfall : shortfall
	);
}

function withNotes(outcome: AttemptOutcome, shortfall: AnswerShortfall | undefined): StepOutcome {
	const notes: ItemNote[] = [];
	if (outcome.markupRemoved) notes.push(MARKUP_NOTE);
	if (shortfall) {
		const kind = shortfall.tooLong ? 'long_answer' : 'short_answer';
		notes.push({ kind, message: shortfall.message });
	}
	return { ...outcome, notes };
}

function addUsage(a: LlmUsage, b: LlmUsage): LlmUsage {
	return {
		promptTokens: a.promptTokens + b.promptTokens,
		completionTokens: a.completionTokens + b.completionTokens,
		totalTokens: a.totalTokens + b.totalTokens
	};
}
