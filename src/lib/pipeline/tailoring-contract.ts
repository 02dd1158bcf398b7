import type { ItemError, ItemKind, Session } from '$lib/domain';
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmActivity, LlmClient } from '$lib/llm/llm-client';
import type { PipelineSettings } from './pipeline-settings';
import type { PromptSource } from './prompt-source';
import type { ClaimInspector } from './refresh-findings';
import type { StepPass } from './run-step';

/** What the tailoring orchestrator needs from the app, and what it tells the app back. */

/** How the orchestrator reads and saves the session; the app passes its open session. */
export interface SessionAccess {
	/** The session as it is now, as a plain object (not a reactive proxy). */
	current(): Session;
	/** Stores `next` and resolves only once it is saved (IndexedDB), rejecting if it was not. */
	commit(next: Session): Promise<void>;
}

export interface TailoringDependencies {
	session: SessionAccess;
	llm: LlmClient;
	prompts: PromptSource;
	/** Read at each generation, so a change made in Settings applies to the next item. */
	settings: () => PipelineSettings;
	now?: () => number;
	createId?: () => string;
	/** Finds unsupported claims in new or changed content; they are saved on the item. */
	inspect?: ClaimInspector;
	/** Answer budgets learned per step and model; the app's are kept with its settings. */
	budgets?: AnswerBudgets;
}

/** The item being written right now, for the UI ("Role 2: waiting 12 s for Groq's token limit"). */
export interface InFlightItem {
	itemId: string;
	kind: ItemKind;
	startedAt: number;
	pass: StepPass;
	model: string;
	activity?: LlmActivity;
	/** Written ahead while the person reviews the item before it (`prefetchNext`). */
	prefetch: boolean;
}

export interface TailoringSnapshot {
	inFlight?: InFlightItem;
}

export type GenerateOutcome =
	| { kind: 'generated'; itemId: string }
	| { kind: 'failed'; itemId: string; error: ItemError }
	/** Stopped by `cancel` (or the item went away meanwhile); the item is pending again. */
	| { kind: 'cancelled'; itemId: string }
	/** Nothing was generated: this item waits for the person's review. */
	| { kind: 'review'; itemId: string }
	/** Nothing was generated: another item is in flight. */
	| { kind: 'busy'; itemId: string }
	/** Nothing was generated: the item cannot be written yet, `reason` says why. */
	| { kind: 'not_ready'; itemId: string; reason: string }
	| { kind: 'done' };
