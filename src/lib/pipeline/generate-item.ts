import { describeIssues, ItemContentSchema, type Session, type StructuredCv } from '$lib/domain';
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient } from '$lib/llm/llm-client';
import { isLlmError, LlmError } from '$lib/llm/llm-error';
import { describeFailure } from './describe-failure';
import {
	finishGenerating,
	isGenerating,
	startGenerating,
	stopGenerating
} from './generation-transitions';
import { stepValuesFor } from './item-context';
import { withoutEchoesOfItem } from './header-echoes';
import { hasContent, itemIn } from './item-edits';
import type { PipelineSettings } from './pipeline-settings';
import type { PromptSource } from './prompt-source';
import { runStep, type StepRevision } from './run-step';
import { STEPS } from './steps';
import type { GenerateOutcome, InFlightItem } from './tailoring-contract';

/**
 * One generation of one item, from "generating" saved before the request goes out to the new
 * content (or the failure, or the cancel) saved after. Never throws: every ending is an outcome.
 */

/** The item in flight: what the UI shows, how to stop it, and when it is over. */
export interface Running {
	info: InFlightItem;
	controller: AbortController;
	finished: Promise<GenerateOutcome>;
}

export interface GenerationContext {
	llm: LlmClient;
	prompts: PromptSource;
	settings: PipelineSettings;
	budgets: AnswerBudgets;
	now: () => number;
	/** The orchestrator's serial save (see `SessionSaveQueue`). */
	save: (change: (cv: StructuredCv) => StructuredCv) => Promise<Session>;
	/** `running.info` changed (pass, model, activity): tell the listeners. */
	emit: () => void;
}

function isAbort(error: unknown): boolean {
	if (isLlmError(error)) return error.kind === 'aborted';
	return error instanceof Error && error.name === 'AbortError';
}

export async function generateItem(
	running: Running,
	request: { feedback?: string; bypassCache?: boolean },
	context: GenerationContext
): Promise<GenerateOutcome> {
	const { itemId } = running.info;
	const { signal } = running.controller;
	const { settings, now, save, emit } = context;
	try {
		const changes = request.feedback === undefined ? {} : { feedback: request.feedback };
		const session = await save((cv) => startGenerating(cv, itemId, now(), changes));
		const item = itemIn(session.cv, itemId);
		const revision: StepRevision | undefined =
			item.feedback !== '' && hasContent(item.content)
				? { previous: item.content, feedback: item.feedback }
				: undefined;
		const values = stepValuesFor(session, item, settings.rules);
		const outcome = await runStep(STEPS[item.kind], values, revision, {
			llm: context.llm,
			prompts: context.prompts,
			settings,
			signal,
			budgets: context.budgets,
			bypassCache: request.bypassCache,
			onPass: (pass, model) => {
				running.info = { ...running.info, pass, model, activity: undefined };
				emit();
			},
			onActivity: (activity) => {
				running.info = { ...running.info, activity };
				emit();
			}
		});
		if (signal.aborted) throw new LlmError('aborted');
		const content = ItemContentSchema.safeParse(
			withoutEchoesOfItem(outcome.content, session.profile, item)
		);
		if (!content.success) {
			throw new LlmError('invalid_output', {
				message: `The generated text breaks a limit: ${describeIssues(content.error, 1)}`
			});
		}
		let kept = false;
		await save((cv) => {
			if (!isGenerating(cv, itemId)) return cv;
			kept = true;
			return finishGenerating(cv, itemId, now(), content.data, outcome.notes);
		});
		return kept ? { kind: 'generated', itemId } : { kind: 'cancelled', itemId };
	} catch (error) {
		if (signal.aborted || isAbort(error)) {
			await save((cv) => stopGenerating(cv, itemId, now()));
			return { kind: 'cancelled', itemId };
		}
		const failure = describeFailure(error);
		await save((cv) => stopGenerating(cv, itemId, now(), failure));
		return { kind: 'failed', itemId, error: failure };
	}
}
