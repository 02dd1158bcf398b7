/**
 * The one slot for an item being written: starting a generation (what the person asks for comes
 * before what is being written ahead), writing ahead after a review, cancelling, and telling
 * listeners what is in flight. Every change to the session goes through one serial save queue, so
 * two quick actions never overwrite each other. The orchestrator adds the person's item actions
 * on top of it (see orchestrator.ts).
 */
import { newId, type CvItem, type Session, type StructuredCv } from '$lib/domain';
import { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient } from '$lib/llm/llm-client';
import { generateItem, type Running } from './generate-item';
import { itemIn } from './item-edits';
import type { PipelineSettings } from './pipeline-settings';
import { notReadyReason } from './plan-next';
import { prefetchCandidate } from './prefetch-policy';
import type { PromptSource } from './prompt-source';
import { SessionSaveQueue } from './session-save-queue';
import type {
	GenerateOutcome,
	InFlightItem,
	SessionAccess,
	TailoringDependencies,
	TailoringSnapshot
} from './tailoring-contract';

/** What a start asks for: the person's feedback, and whether to go past the response cache. */
export interface GenerationRequest {
	feedback?: string;
	bypassCache?: boolean;
}

export class GenerationLoop {
	protected readonly access: SessionAccess;
	protected readonly settings: () => PipelineSettings;
	protected readonly now: () => number;
	protected readonly createId: () => string;
	readonly #llm: LlmClient;
	readonly #prompts: PromptSource;
	readonly #budgets: AnswerBudgets;
	readonly #saves: SessionSaveQueue;
	readonly #listeners = new Set<(snapshot: TailoringSnapshot) => void>();
	#running: Running | undefined;

	constructor(dependencies: TailoringDependencies) {
		this.access = dependencies.session;
		this.settings = dependencies.settings;
		this.now = dependencies.now ?? Date.now;
		this.createId = dependencies.createId ?? newId;
		this.#llm = dependencies.llm;
		this.#prompts = dependencies.prompts;
		this.#budgets = dependencies.budgets ?? new AnswerBudgets();
		this.#saves = new SessionSaveQueue(dependencies.session, dependencies.inspect);
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

	/** Stops the request in flight; the item goes back to pending. Resolves once it has. */
	async cancel(): Promise<void> {
		const running = this.#running;
		if (!running) return;
		running.controller.abort();
		await running.finished;
	}

	protected get running(): Running | undefined {
		return this.#running;
	}

	protected async start(
		itemId: string,
		request: GenerationRequest = {},
		prefetch = false
	): Promise<GenerateOutcome> {
		const ahead = this.#running;
		// What the person asks for comes before what was being written ahead for them.
		if (ahead?.info.prefetch && !prefetch) await this.cancel();
		if (this.#running) return { kind: 'busy', itemId: this.#running.info.itemId };
		const session = this.access.current();
		const item = this.item(itemId, session.cv);
		const reason = notReadyReason(session.cv, item);
		if (reason) return { kind: 'not_ready', itemId, reason };

		const controller = new AbortController();
		const info: InFlightItem = {
			itemId,
			kind: item.kind,
			startedAt: this.now(),
			pass: 'generate',
			model: '',
			prefetch
		};
		// The slot is taken synchronously, so a second click cannot start a second request.
		const running: Running = { info, controller, finished: Promise.resolve({ kind: 'done' }) };
		this.#running = running;
		running.finished = generateItem(running, request, {
			llm: this.#llm,
			prompts: this.#prompts,
			settings: this.settings(),
			budgets: this.#budgets,
			now: this.now,
			save: (change) => this.save(change),
			emit: () => this.#emit()
		})
			.finally(() => {
				this.#running = undefined;
				this.#emit();
			})
			.then((outcome) => {
				if (outcome.kind === 'generated') this.prefetchNext();
				return outcome;
			});
		this.#emit();
		return running.finished;
	}

	/**
	 * With `prefetchNext` on, writes the next role or project while the person reviews the current
	 * one (`prefetchCandidate` says which). It waits in "to review" behind the current item, so
	 * review still gates what the person sees; the pacer keeps it within the provider's limits.
	 */
	protected prefetchNext(): void {
		if (this.#running || !this.settings().prefetchNext) return;
		const next = prefetchCandidate(this.access.current().cv);
		if (!next) return;
		// Nobody awaits a prefetch: its outcome lands in the session like any other.
		this.start(next.id, {}, true).catch(() => undefined);
	}

	protected item(itemId: string, cv: StructuredCv = this.access.current().cv): CvItem {
		return itemIn(cv, itemId);
	}

	/** Read, change, save: one at a time, so two quick actions never overwrite each other. */
	protected save(change: (cv: StructuredCv, session: Session) => StructuredCv): Promise<Session> {
		return this.#saves.save(change);
	}

	#emit(): void {
		const snapshot = this.snapshot;
		for (const listener of this.#listeners) listener(snapshot);
	}
}
