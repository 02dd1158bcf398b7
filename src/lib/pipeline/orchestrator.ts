/**
 * The tailoring workflow over the session's StructuredCV, driven by what the person does:
 * generate the next item, accept, edit, regenerate with feedback, go back to an earlier
 * version, retry, cancel, exclude. One item is in flight at a time. Every transition is saved
 * through `SessionAccess.commit` before the next begins, so a reload loses nothing accepted and
 * an item caught mid-request comes back as pending (`recover`).
 *
 * The orchestrator keeps no copy of the CV: it reads the session each time and writes back a
 * changed copy, so edits made elsewhere in the app (the profile form) are never overwritten.
 */
import {
	allItems,
	describeIssues,
	findItem,
	ItemContentSchema,
	newId,
	recoverInterruptedItems,
	transitionItem,
	updateItem,
	withVersion,
	type CvItem,
	type ItemContent,
	type ItemError,
	type ItemKind,
	type Session,
	type StructuredCv
} from '$lib/domain';
import { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmActivity, LlmClient } from '$lib/llm/llm-client';
import { isLlmError, LlmError } from '$lib/llm/llm-error';
import { describeFailure } from './describe-failure';
import {
	acceptContent,
	editContent,
	hasContent,
	itemIn,
	sameContent,
	restoreContent,
	TailoringActionError,
	validContent,
	withNotes
} from './item-edits';
import { stepValuesFor } from './item-context';
import type { PipelineSettings } from './pipeline-settings';
import { notReadyReason, planNext, type NextStep } from './plan-next';
import type { PromptSource } from './prompt-source';
import { runStep, type StepPass, type StepRevision } from './run-step';
import { STEPS } from './steps';
import { refreshFindings, type ClaimInspector } from './refresh-findings';
import { syncCvItems } from './sync-cv-items';

export { TailoringActionError } from './item-edits';

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

interface Running {
	info: InFlightItem;
	controller: AbortController;
	finished: Promise<GenerateOutcome>;
}

function isAbort(error: unknown): boolean {
	if (isLlmError(error)) return error.kind === 'aborted';
	return error instanceof Error && error.name === 'AbortError';
}

export class TailoringOrchestrator {
	readonly #access: SessionAccess;
	readonly #llm: LlmClient;
	readonly #prompts: PromptSource;
	readonly #settings: () => PipelineSettings;
	readonly #now: () => number;
	readonly #createId: () => string;
	readonly #inspect: ClaimInspector | undefined;
	readonly #budgets: AnswerBudgets;
	readonly #listeners = new Set<(snapshot: TailoringSnapshot) => void>();
	#running: Running | undefined;
	#saves: Promise<unknown> = Promise.resolve();

	constructor(dependencies: TailoringDependencies) {
		this.#access = dependencies.session;
		this.#llm = dependencies.llm;
		this.#prompts = dependencies.prompts;
		this.#settings = dependencies.settings;
		this.#now = dependencies.now ?? Date.now;
		this.#createId = dependencies.createId ?? newId;
		this.#inspect = dependencies.inspect;
		this.#budgets = dependencies.budgets ?? new AnswerBudgets();
	}

	get inFlight(): InFlightItem | undefined {
		return this.#running ? { ...this.#running.info } : undefined;
	}

	get snapshot(): TailoringSnapshot {
		return { inFlight: this.inFlight };
	}

	/** Called with a fresh snapshot whenever the in-flight item or its activity changes. */
	subscribe(listener: (snapshot: TailoringSnapshot) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/**
	 * What "continue" would do now, for the button's label ("Review role 2", "Write the
	 * summary"); changes nothing. Reflects the profile as of the last `sync`/`recover`.
	 */
	plan(): NextStep {
		const running = this.#running;
		const cv = this.#access.current().cv;
		const item = running && findItem(cv, running.info.itemId);
		return item ? { kind: 'in_progress', item } : planNext(cv);
	}

	/** Creates, orders and drops CV items to match the profile; saves only if that changed anything. */
	async sync(): Promise<void> {
		await this.#save((cv, session) =>
			syncCvItems(cv, session.profile, this.#now(), this.#createId)
		);
		const running = this.#running;
		if (running && !findItem(this.#access.current().cv, running.info.itemId)) {
			running.controller.abort();
		}
	}

	/**
	 * After a reload nothing is in flight: items saved as "generating" go back to pending (with
	 * whatever content they had), and the items are synced with the profile.
	 */
	async recover(): Promise<void> {
		if (!this.#running) await this.#save((cv) => recoverInterruptedItems(cv, this.#now()));
		await this.sync();
	}

	/** Generates the next item in order, unless an item waits for review (see `planNext`). */
	async generateNext(): Promise<GenerateOutcome> {
		const running = this.#running;
		if (running && !running.info.prefetch) return { kind: 'busy', itemId: running.info.itemId };
		await this.sync();
		const next = planNext(this.#access.current().cv);
		switch (next.kind) {
			case 'done':
				return next;
			case 'review':
				return { kind: 'review', itemId: next.item.id };
			case 'in_progress': {
				// The item being written ahead is the one "continue" wants: wait for it.
				const ahead = this.#running;
				if (ahead?.info.itemId === next.item.id) return ahead.finished;
				return { kind: 'busy', itemId: next.item.id };
			}
			case 'generate':
				return this.#start(next.item.id, { bypassCache: next.item.status === 'failed' });
		}
	}

	/**
	 * Writes a new version of an item. With feedback, the model sees the current version and the
	 * feedback; without, the same prompt is sent again past the response cache.
	 */
	async regenerate(itemId: string, feedback = ''): Promise<GenerateOutcome> {
		return this.#start(itemId, { feedback: feedback.trim(), bypassCache: feedback.trim() === '' });
	}

	/** Tries a failed (or cancelled) item again, with the same feedback it had. */
	async retry(itemId: string): Promise<GenerateOutcome> {
		const item = this.#item(itemId);
		if (item.status !== 'failed' && item.status !== 'pending') {
			throw new TailoringActionError('Only a failed or pending item can be retried.');
		}
		// A failed item's last answers may sit in the cache (e.g. unusable output): ask anew.
		return this.#start(itemId, { bypassCache: item.status === 'failed' });
	}

	/** Stops the request in flight; the item goes back to pending. Resolves once it has. */
	async cancel(): Promise<void> {
		const running = this.#running;
		if (!running) return;
		running.controller.abort();
		await running.finished;
	}

	/** Accepts an item, optionally with the person's edited content (kept as an 'edited' version). */
	async accept(itemId: string, content?: ItemContent): Promise<void> {
		this.#assertNotRunning(itemId);
		const edited = content === undefined ? undefined : validContent(content);
		await this.#save((cv) => acceptContent(cv, itemId, this.#now(), edited));
		this.#prefetchNext();
	}

	/** Replaces an item's content with the person's own text; the status stays as it was. */
	async edit(itemId: string, content: ItemContent): Promise<void> {
		this.#assertNotRunning(itemId);
		const edited = validContent(content);
		await this.#save((cv) => editContent(cv, itemId, edited, this.#now()));
	}

	/** Brings back an earlier version; an accepted item goes back to review. */
	async restoreVersion(itemId: string, versionIndex: number): Promise<void> {
		this.#assertNotRunning(itemId);
		await this.#save((cv) => restoreContent(cv, itemId, versionIndex, this.#now()));
	}

	/** Excluded roles and projects are kept as written and never sent to the model. */
	async setExcluded(itemId: string, excluded: boolean): Promise<void> {
		const item = this.#item(itemId);
		if (item.kind !== 'role' && item.kind !== 'project') {
			throw new TailoringActionError(
				'Only roles and side projects can be excluded from tailoring.'
			);
		}
		if (this.#running?.info.itemId === itemId) await this.cancel();
		await this.#save((cv) =>
			updateItem(cv, itemId, (entry) => ({ ...entry, excluded, updatedAt: this.#now() }))
		);
	}

	async #start(
		itemId: string,
		request: { feedback?: string; bypassCache?: boolean } = {},
		prefetch = false
	): Promise<GenerateOutcome> {
		const ahead = this.#running;
		// What the person asks for comes before what was being written ahead for them.
		if (ahead?.info.prefetch && !prefetch) await this.cancel();
		if (this.#running) return { kind: 'busy', itemId: this.#running.info.itemId };
		const session = this.#access.current();
		const item = this.#item(itemId, session.cv);
		const reason = notReadyReason(session.cv, item);
		if (reason) return { kind: 'not_ready', itemId, reason };

		const controller = new AbortController();
		const info: InFlightItem = {
			itemId,
			kind: item.kind,
			startedAt: this.#now(),
			pass: 'generate',
			model: '',
			prefetch
		};
		// The slot is taken synchronously, so a second click cannot start a second request.
		const running: Running = { info, controller, finished: Promise.resolve({ kind: 'done' }) };
		this.#running = running;
		running.finished = this.#generate(running, request)
			.finally(() => {
				this.#running = undefined;
				this.#emit();
			})
			.then((outcome) => {
				if (outcome.kind === 'generated') this.#prefetchNext();
				return outcome;
			});
		this.#emit();
		return running.finished;
	}

	/**
	 * With `prefetchNext` on, writes the next role or project while the person reviews the current
	 * one, at most one ahead. It waits in "to review" behind the current item, so review still
	 * gates what the person sees; the pacer keeps it within Groq's limits.
	 */
	#prefetchNext(): void {
		if (this.#running || !this.#settings().prefetchNext) return;
		const cv = this.#access.current().cv;
		const waiting = allItems(cv).filter(
			(item) => item.status === 'to_review' && (item.kind === 'role' || item.kind === 'project')
		);
		if (waiting.length !== 1) return;
		const reviewed: StructuredCv = {
			sections: cv.sections.map((section) => ({
				...section,
				items: section.items.map((item) =>
					waiting.includes(item) ? { ...item, status: 'accepted' as const } : item
				)
			}))
		};
		const next = planNext(reviewed);
		if (next.kind !== 'generate' || next.item.status !== 'pending') return;
		if (next.item.kind !== 'role' && next.item.kind !== 'project') return;
		// Nobody awaits a prefetch: its outcome lands in the session like any other.
		this.#start(next.item.id, {}, true).catch(() => undefined);
	}

	async #generate(
		running: Running,
		request: { feedback?: string; bypassCache?: boolean }
	): Promise<GenerateOutcome> {
		const { itemId } = running.info;
		const { signal } = running.controller;
		const settings = this.#settings();
		try {
			const changes = request.feedback === undefined ? {} : { feedback: request.feedback };
			const session = await this.#save((cv) => {
				const now = this.#now();
				// The content being replaced stays available to go back to, however it got there.
				const kept = updateItem(cv, itemId, (entry) =>
					hasContent(entry.content) &&
					!entry.versions.some((version) => sameContent(version.content, entry.content))
						? withVersion(entry, 'edited', now)
						: entry
				);
				return transitionItem(kept, itemId, 'generating', now, changes);
			});
			const item = this.#item(itemId, session.cv);
			const revision: StepRevision | undefined =
				item.feedback !== '' && hasContent(item.content)
					? { previous: item.content, feedback: item.feedback }
					: undefined;
			const values = stepValuesFor(session, item, settings.rules);
			const outcome = await runStep(STEPS[item.kind], values, revision, {
				llm: this.#llm,
				prompts: this.#prompts,
				settings,
				signal,
				budgets: this.#budgets,
				bypassCache: request.bypassCache,
				onPass: (pass, model) => {
					running.info = { ...running.info, pass, model, activity: undefined };
					this.#emit();
				},
				onActivity: (activity) => {
					running.info = { ...running.info, activity };
					this.#emit();
				}
			});
			if (signal.aborted) throw new LlmError('aborted');
			const content = ItemContentSchema.safeParse(outcome.content);
			if (!content.success) {
				throw new LlmError('invalid_output', {
					message: `The generated text breaks a limit: ${describeIssues(content.error, 1)}`
				});
			}
			let kept = false;
			await this.#save((cv) => {
				if (!this.#isGenerating(cv, itemId)) return cv;
				kept = true;
				const now = this.#now();
				const next = transitionItem(cv, itemId, 'to_review', now, { content: content.data });
				return updateItem(next, itemId, (entry) =>
					withNotes(withVersion(entry, 'generated', now, entry.feedback), outcome.notes)
				);
			});
			return kept ? { kind: 'generated', itemId } : { kind: 'cancelled', itemId };
		} catch (error) {
			if (signal.aborted || isAbort(error)) {
				await this.#save((cv) => this.#stopGenerating(cv, itemId));
				return { kind: 'cancelled', itemId };
			}
			const failure = describeFailure(error);
			await this.#save((cv) => this.#stopGenerating(cv, itemId, failure));
			return { kind: 'failed', itemId, error: failure };
		}
	}

	/**
	 * A request that ended without a new version. An item that already had content (a
	 * regenerate) goes back to review with that content, so an accepted item is never lost from
	 * the CV by a failed or cancelled regenerate; the failure is shown on it. An item with
	 * nothing yet becomes failed (or pending when cancelled).
	 */
	#stopGenerating(cv: StructuredCv, itemId: string, failure?: ItemError): StructuredCv {
		if (!this.#isGenerating(cv, itemId)) return cv;
		const now = this.#now();
		if (hasContent(this.#item(itemId, cv).content)) {
			const back = transitionItem(cv, itemId, 'to_review', now);
			return failure ? updateItem(back, itemId, (entry) => ({ ...entry, error: failure })) : back;
		}
		return failure
			? transitionItem(cv, itemId, 'failed', now, { error: failure })
			: transitionItem(cv, itemId, 'pending', now);
	}

	#isGenerating(cv: StructuredCv, itemId: string): boolean {
		return findItem(cv, itemId)?.status === 'generating';
	}

	#assertNotRunning(itemId: string): void {
		if (this.#running?.info.itemId === itemId) {
			throw new TailoringActionError('This item is being written. Wait for it or cancel it first.');
		}
	}

	#item(itemId: string, cv: StructuredCv = this.#access.current().cv): CvItem {
		return itemIn(cv, itemId);
	}

	/** Read, change, save: one at a time, so two quick actions never overwrite each other. */
	#save(change: (cv: StructuredCv, session: Session) => StructuredCv): Promise<Session> {
		const run = async (): Promise<Session> => {
			const session = this.#access.current();
			const changed = change(session.cv, session);
			if (changed === session.cv) return session;
			const cv = this.#inspect
				? refreshFindings(session.cv, changed, session, this.#inspect)
				: changed;
			const next: Session = { ...session, cv };
			await this.#access.commit(next);
			return next;
		};
		const result = this.#saves.then(run, run);
		this.#saves = result.catch(() => undefined);
		return result;
	}

	#emit(): void {
		const snapshot = this.snapshot;
		for (const listener of this.#listeners) listener(snapshot);
	}
}
