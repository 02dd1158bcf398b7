/**
 * The tailoring flow as the Tailor tab sees it: wraps the orchestrator around the open session,
 * continues to the next item after an accept, and holds generation while the browser is
 * offline, resuming when the connection returns. What is in flight is watched by
 * in-flight-watch; the notices are worded in tailoring-notices; a reload resumes an item by
 * resume-after-reload's rule.
 */
import { findItem, type CoverLetterOptions, type ItemContent, type Session } from '$lib/domain';
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient } from '$lib/llm/llm-client';
import type {
	GenerateOutcome,
	InFlightItem,
	TailoringOrchestrator
} from '$lib/pipeline/orchestrator';
import type { PipelineSettings } from '$lib/pipeline/pipeline-settings';
import { showsCoverLetter, type NextStep } from '$lib/pipeline/plan-next';
import type { PromptSource } from '$lib/pipeline/prompt-source';
import type { ClaimInspector } from '$lib/pipeline/refresh-findings';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import { removeClaimFeedback, withFindingConfirmed } from './confirm-finding';
import type { OpenSession } from './open-session.svelte';
import { InFlightWatch } from './in-flight-watch.svelte';
import { resumesAfterReload } from './resume-after-reload';
import {
	CANCELLED,
	failureNotice,
	OFFLINE_HOLD,
	OFFLINE_REFUSAL,
	outcomeNotice
} from './tailoring-notices';
import { orchestratorFor } from './tailoring-orchestrator.svelte';

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
	#notice = $state('');
	#waitingForNetwork = $state<string | undefined>(undefined);
	readonly #orchestrator: TailoringOrchestrator;
	readonly #running: InFlightWatch;

	constructor(
		private readonly store: OpenSession,
		private readonly environment: TailoringEnvironment
	) {
		this.#orchestrator = orchestratorFor(store, environment);
		this.#running = new InFlightWatch(this.#orchestrator, store, environment.writingMark);
		if (typeof window !== 'undefined') window.addEventListener('offline', this.#onOffline);
	}

	/** The request in flight, until its outcome is saved (generation stays closed meanwhile). */
	get inFlight(): InFlightItem | undefined {
		return this.#running.current;
	}
	/** The item shown as being written (not once only its save is left). */
	get writing(): InFlightItem | undefined {
		return this.#running.writing;
	}
	/** The current time, updated every second while something is in flight (for countdowns). */
	get now(): number {
		return this.#running.now;
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
		void this.#running.current;
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
		const resume = resumesAfterReload(this.plan(), mark, this.store.session?.id, interrupted);
		if (!resume || !this.environment.online() || !(await this.#hasKey())) return;
		await this.continue();
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
		await this.#generate('continue', () => this.#orchestrator.generateNext());
	}

	async accept(itemId: string, content?: ItemContent): Promise<void> {
		const letter = findItem(this.store.session?.cv ?? { sections: [] }, itemId)?.kind;
		const accepted = await this.#change(() => this.#orchestrator.accept(itemId, content));
		// Accepting is the go-ahead for the next item; accepting the letter is not (it is no step).
		if (
			accepted &&
			letter !== 'cover_letter' &&
			this.environment.online() &&
			this.plan().kind === 'generate'
		) {
			await this.continue();
		}
	}

	/** Whether the Tailor tab shows the cover letter: once it can be written, or has been. */
	get showsCoverLetter(): boolean {
		const cv = this.store.session?.cv;
		return cv !== undefined && showsCoverLetter(cv);
	}

	/** Writes the cover letter: the only way a request is ever spent on one. */
	async writeCoverLetter(): Promise<void> {
		await this.#generate('write', () => this.#orchestrator.writeCoverLetter());
	}

	/** How the letter is to be written (recipient, tone, length, points); the next version uses it. */
	setLetterOptions(options: CoverLetterOptions): void {
		this.store.update((session) => ({ ...session, coverLetter: options }));
	}

	/** Resolves to whether the edit was taken (it is refused when it breaks a limit). */
	async edit(itemId: string, content: ItemContent): Promise<boolean> {
		return this.#change(() => this.#orchestrator.edit(itemId, content));
	}

	async regenerate(itemId: string, feedback: string): Promise<void> {
		await this.#generate('regenerate', () => this.#orchestrator.regenerate(itemId, feedback));
	}

	async retry(itemId: string): Promise<void> {
		await this.#generate('retry', () => this.#orchestrator.retry(itemId));
	}

	async restoreVersion(itemId: string, versionIndex: number): Promise<void> {
		await this.#change(() => this.#orchestrator.restoreVersion(itemId, versionIndex));
	}

	async setExcluded(itemId: string, excluded: boolean): Promise<void> {
		await this.#change(() => this.#orchestrator.setExcluded(itemId, excluded));
	}

	/** "True, I forgot to mention it": the claim joins the profile and stops being flagged. */
	async confirmFinding(itemId: string, findingIndex: number): Promise<void> {
		await this.#run(async () => {
			const session = $state.snapshot(this.store.session) as Session;
			const confirmed = withFindingConfirmed(session, itemId, findingIndex);
			if (!confirmed) return;
			// One undo step: Ctrl+Z takes the claim out of the profile and flags it again.
			await this.store.commit(confirmed.session, { undoStep: true });
			this.#notice = `“${confirmed.finding.text}” is now part of your profile.`;
		});
	}

	/** Asks for a new version without the claim. */
	async removeFinding(itemId: string, findingIndex: number): Promise<void> {
		const finding = findItem(this.store.session?.cv ?? { sections: [] }, itemId)?.findings[
			findingIndex
		];
		if (!finding) return;
		await this.regenerate(itemId, removeClaimFeedback(finding));
	}

	async cancel(): Promise<void> {
		await this.#orchestrator.cancel();
		this.#notice = CANCELLED;
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
		this.#running.dispose();
		if (typeof window !== 'undefined') window.removeEventListener('offline', this.#onOffline);
		void this.#orchestrator.cancel();
	}

	/** Asks the model for an item, unless offline; how it ended becomes the notice. */
	async #generate(
		action: keyof typeof OFFLINE_REFUSAL,
		request: () => Promise<GenerateOutcome>
	): Promise<void> {
		if (!this.environment.online()) {
			this.#notice = OFFLINE_REFUSAL[action];
			return;
		}
		await this.#running.settled();
		await this.#run(async () => this.#handle(await request()));
	}

	/** A change by the person, once the last answer is saved; resolves to whether it was taken. */
	async #change(action: () => Promise<void>): Promise<boolean> {
		await this.#running.settled();
		return this.#run(action);
	}

	#handle(outcome: GenerateOutcome): void {
		// Failed because the connection dropped: it goes again by itself once back online.
		if (outcome.kind === 'failed' && !this.environment.online()) {
			this.#waitingForNetwork = outcome.itemId;
		}
		this.#notice = outcomeNotice(outcome, this.#waitingForNetwork);
	}

	/** Runs an action; a refused action or failed save becomes the notice instead of a crash. */
	async #run(action: () => Promise<void>): Promise<boolean> {
		try {
			await action();
			return true;
		} catch (error) {
			this.#notice = failureNotice(error);
			return false;
		}
	}
}
