/**
 * The tailoring flow as the Tailor tab sees it: wraps the orchestrator around the open session,
 * keeps what is in flight observable (with a ticking clock for countdowns), continues to the
 * next item after an accept, and holds generation while the browser is offline, resuming when
 * the connection returns.
 */
import {
	addConfirmedClaimToProfile,
	addUsage,
	findItem,
	updateItem,
	type ItemContent,
	type Session
} from '$lib/domain';
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient, LlmResult } from '$lib/llm/llm-client';
import { LlmError } from '$lib/llm/llm-error';
import {
	TailoringActionError,
	TailoringOrchestrator,
	type GenerateOutcome,
	type InFlightItem
} from '$lib/pipeline/orchestrator';
import type { PipelineSettings } from '$lib/pipeline/pipeline-settings';
import type { NextStep } from '$lib/pipeline/plan-next';
import type { PromptSource } from '$lib/pipeline/prompt-source';
import type { ClaimInspector } from '$lib/pipeline/refresh-findings';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import type { OpenSession } from './open-session.svelte';

const OFFLINE_HOLD =
	'You are offline, so this item was stopped. It is written as soon as the connection is back; nothing you accepted is lost.';

export interface TailoringEnvironment {
	/** Finds claims the person's data does not support in new content. */
	inspect?: ClaimInspector;
	/** The app's learned answer budgets; without them each page starts from the defaults. */
	budgets?: AnswerBudgets;
	/** The ready LLM stack; rejects with LlmError('no_key') when no key is set. */
	llm(): Promise<LlmClient>;
	pipelineSettings(): PipelineSettings;
	prompts: PromptSource;
	online(): boolean;
	/** Which item this tab was writing, kept across a reload; without it, a reload never resumes. */
	writingMark?: WritingMarkStore;
}

export class Tailoring {
	#inFlight = $state<InFlightItem | undefined>(undefined);
	#now = $state(Date.now());
	#notice = $state('');
	#waitingForNetwork = $state<string | undefined>(undefined);
	#ticker: ReturnType<typeof setInterval> | undefined;
	#idleWaiters: Array<() => void> = [];
	readonly #orchestrator: TailoringOrchestrator;
	readonly #unsubscribe: () => void;

	constructor(
		private readonly store: OpenSession,
		private readonly environment: TailoringEnvironment
	) {
		const lazyClient: LlmClient = {
			complete: async (request, options) => {
				const result = await (await environment.llm()).complete(request, options);
				// The tally is on screen at once; its save need not hold the answer back.
				void this.#recordUsage(result);
				return result;
			}
		};
		this.#orchestrator = new TailoringOrchestrator({
			session: {
				current: () => $state.snapshot(store.session) as Session,
				commit: (next) => store.commit(next)
			},
			llm: lazyClient,
			prompts: environment.prompts,
			settings: () => environment.pipelineSettings(),
			inspect: environment.inspect,
			budgets: environment.budgets
		});
		this.#unsubscribe = this.#orchestrator.subscribe((snapshot) => {
			this.#inFlight = snapshot.inFlight;
			this.#syncTicker();
			this.#markWriting(snapshot.inFlight);
			if (!snapshot.inFlight) for (const wake of this.#idleWaiters.splice(0)) wake();
		});
		if (typeof window !== 'undefined') window.addEventListener('offline', this.#onOffline);
	}

	/** The request in flight, until its outcome is saved (generation stays closed meanwhile). */
	get inFlight(): InFlightItem | undefined {
		return this.#inFlight;
	}

	/**
	 * The item being written, as the person should see it: once its answer is in and the item
	 * has left "generating" (it waits for review, or failed), only saving is left, so the item
	 * is no longer shown as being written ("Writing … — Done" next to an item to review).
	 */
	get writing(): InFlightItem | undefined {
		const running = this.#inFlight;
		return running && !this.#finishing(running) ? running : undefined;
	}

	#finishing(running: InFlightItem): boolean {
		const cv = this.store.session?.cv;
		const item = cv && findItem(cv, running.itemId);
		return running.activity !== undefined && item !== undefined && item.status !== 'generating';
	}

	/** An action on a finished item waits for its last save instead of being refused as busy. */
	async #settled(): Promise<void> {
		const running = this.#inFlight;
		if (!running || !this.#finishing(running)) return;
		await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
	}
	/** The current time, updated every second while something is in flight (for countdowns). */
	get now(): number {
		return this.#now;
	}
	/** The last thing the flow wants the person to know ("Accept the key qualifications first…"). */
	get notice(): string {
		return this.#notice;
	}
	/** Set while an item waits for the network to come back. */
	get waitingForNetwork(): string | undefined {
		return this.#waitingForNetwork;
	}

	/** What "continue" would do now; reactive (it reads the session and what is in flight). */
	plan(): NextStep {
		void this.#inFlight;
		void this.store.session?.cv;
		return this.#orchestrator.plan();
	}

	/**
	 * Brings the CV items in line with the profile (after a reload, or a profile change). An item
	 * this tab was writing when it reloaded is written again at once, as after a lost connection.
	 * A cancelled item is stored as not generating (and its mark is gone), so it waits for the
	 * person; so does an item another tab may be writing.
	 */
	async prepare(): Promise<void> {
		const interrupted = this.store.takeInterrupted();
		const mark = this.environment.writingMark?.read();
		if (!(await this.#run(() => this.#orchestrator.recover()))) return;
		const next = this.plan();
		const resume =
			next.kind === 'generate' &&
			mark?.sessionId === this.store.session?.id &&
			mark?.itemId === next.item.id &&
			interrupted.includes(next.item.id);
		if (!resume || !this.environment.online() || !(await this.#hasKey())) return;
		await this.continue();
	}

	#markWriting(running: InFlightItem | undefined): void {
		const sessionId = this.store.session?.id;
		this.environment.writingMark?.write(
			running && sessionId ? { sessionId, itemId: running.itemId } : undefined
		);
	}

	/** Whether a request could be sent now (a key is set); asks nothing of the model. */
	async #hasKey(): Promise<boolean> {
		try {
			await this.environment.llm();
			return true;
		} catch {
			return false;
		}
	}

	/** Generates the next item ("Tailor", "Continue", "Resume"). */
	async continue(): Promise<void> {
		if (!this.environment.online()) {
			this.#notice = 'You are offline. Tailoring continues when you are back online.';
			return;
		}
		await this.#settled();
		await this.#run(async () => this.#handle(await this.#orchestrator.generateNext()));
	}

	async accept(itemId: string, content?: ItemContent): Promise<void> {
		await this.#settled();
		const accepted = await this.#run(() => this.#orchestrator.accept(itemId, content));
		// Accepting is the go-ahead for the next item.
		if (accepted && this.environment.online() && this.plan().kind === 'generate') {
			await this.continue();
		}
	}

	/** Resolves to whether the edit was taken (it is refused when it breaks a limit). */
	async edit(itemId: string, content: ItemContent): Promise<boolean> {
		await this.#settled();
		return this.#run(() => this.#orchestrator.edit(itemId, content));
	}

	async regenerate(itemId: string, feedback: string): Promise<void> {
		if (!this.environment.online()) {
			this.#notice = 'You are offline. Regenerate when you are back online.';
			return;
		}
		await this.#settled();
		await this.#run(async () =>
			this.#handle(await this.#orchestrator.regenerate(itemId, feedback))
		);
	}

	async retry(itemId: string): Promise<void> {
		if (!this.environment.online()) {
			this.#notice = 'You are offline. Retry when you are back online.';
			return;
		}
		await this.#settled();
		await this.#run(async () => this.#handle(await this.#orchestrator.retry(itemId)));
	}

	async restoreVersion(itemId: string, versionIndex: number): Promise<void> {
		await this.#settled();
		await this.#run(() => this.#orchestrator.restoreVersion(itemId, versionIndex));
	}

	async setExcluded(itemId: string, excluded: boolean): Promise<void> {
		await this.#settled();
		await this.#run(() => this.#orchestrator.setExcluded(itemId, excluded));
	}

	/** "True, I forgot to mention it": the claim joins the profile and stops being flagged. */
	async confirmFinding(itemId: string, findingIndex: number): Promise<void> {
		await this.#run(async () => {
			const session = $state.snapshot(this.store.session) as Session;
			const item = findItem(session.cv, itemId);
			const finding = item?.findings[findingIndex];
			if (!item || !finding) return;
			const cv = updateItem(session.cv, itemId, (entry) => ({
				...entry,
				findings: entry.findings.map((existing, index) =>
					index === findingIndex ? { ...existing, confirmed: true } : existing
				)
			}));
			// One undo step: Ctrl+Z takes the claim out of the profile and flags it again.
			await this.store.commit(
				{ ...session, profile: addConfirmedClaimToProfile(session.profile, item, finding), cv },
				{ undoStep: true }
			);
			this.#notice = `“${finding.text}” is now part of your profile.`;
		});
	}

	/** Asks for a new version without the claim. */
	async removeFinding(itemId: string, findingIndex: number): Promise<void> {
		const finding = findItem(this.store.session?.cv ?? { sections: [] }, itemId)?.findings[
			findingIndex
		];
		if (!finding) return;
		await this.regenerate(
			itemId,
			`Remove the claim “${finding.text}”: it is not in my profile. Keep everything else.`
		);
	}

	async cancel(): Promise<void> {
		await this.#orchestrator.cancel();
		this.#notice = 'Cancelled. Press Retry or Continue to generate this item again.';
	}

	/**
	 * The connection went away. A request in flight would now only hang until its timeout (the
	 * browser does not fail it), so it stops at once, the item goes back to pending, and it goes
	 * again by itself when the browser is back online.
	 */
	async onOffline(): Promise<void> {
		const running = this.#orchestrator.inFlight;
		if (!running) return;
		this.#waitingForNetwork = running.itemId;
		await this.#orchestrator.cancel();
		this.#notice = OFFLINE_HOLD;
	}

	readonly #onOffline = (): void => void this.onOffline();

	/** The browser is back online: the item that failed for lack of network goes again. */
	async onOnline(): Promise<void> {
		const itemId = this.#waitingForNetwork;
		if (!itemId) return;
		this.#waitingForNetwork = undefined;
		this.#notice = 'Back online: continuing.';
		await this.retry(itemId);
	}

	dispose(): void {
		this.#unsubscribe();
		if (typeof window !== 'undefined') window.removeEventListener('offline', this.#onOffline);
		if (this.#ticker) clearInterval(this.#ticker);
		void this.#orchestrator.cancel();
	}

	#handle(outcome: GenerateOutcome): void {
		switch (outcome.kind) {
			case 'generated':
				this.#notice = '';
				return;
			case 'failed':
				// Failed because the connection dropped: it goes again by itself once back online.
				if (!this.environment.online()) this.#waitingForNetwork = outcome.itemId;
				this.#notice = `${outcome.error.message} ${outcome.error.action}`.trim();
				return;
			case 'cancelled':
				this.#notice =
					this.#waitingForNetwork === outcome.itemId
						? OFFLINE_HOLD
						: 'Cancelled. Press Retry or Continue to generate this item again.';
				return;
			case 'review':
				this.#notice = 'This item waits for your review: accept, edit or regenerate it first.';
				return;
			case 'busy':
				this.#notice = 'An item is being written right now.';
				return;
			case 'not_ready':
				this.#notice = outcome.reason;
				return;
			case 'done':
				this.#notice = 'Every item is done. Open the CV tab to preview and export.';
				return;
		}
	}

	/** Keeps the session's running total of what Groq reported; never fails the generation. */
	async #recordUsage(result: LlmResult): Promise<void> {
		const session = this.store.session;
		if (!session) return;
		const snapshot = $state.snapshot(session) as Session;
		try {
			await this.store.commit({ ...snapshot, usage: addUsage(snapshot.usage, result) });
		} catch {
			// The answer matters more than the tally; the next save will try again.
		}
	}

	/** Runs an action; a refused action or failed save becomes the notice instead of a crash. */
	async #run(action: () => Promise<void>): Promise<boolean> {
		try {
			await action();
			return true;
		} catch (error) {
			if (error instanceof TailoringActionError || error instanceof LlmError) {
				this.#notice = error.message;
			} else if (error instanceof Error && error.name === 'StorageError') {
				this.#notice = error.message;
			} else {
				this.#notice = 'Something went wrong. Your accepted items are saved; reload the page.';
			}
			return false;
		}
	}

	#syncTicker(): void {
		if (this.#inFlight && !this.#ticker) {
			this.#ticker = setInterval(() => (this.#now = Date.now()), 1000);
		} else if (!this.#inFlight && this.#ticker) {
			clearInterval(this.#ticker);
			this.#ticker = undefined;
		}
		this.#now = Date.now();
	}
}
