/**
 * The tailoring flow as the Tailor tab sees it: wraps the orchestrator around the open session
 * and continues to the next item after an accept. How each action runs (after the last save, not
 * while offline, its outcome worded as the notice) is TailoringRunner's; what is in flight is
 * watched by in-flight-watch; a reload resumes an item by resume-after-reload's rule.
 */
import { findItem, type CoverLetterOptions, type ItemContent, type Session } from '$lib/domain';
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient } from '$lib/llm/llm-client';
import type { PipelineSettings } from '$lib/pipeline/pipeline-settings';
import { showsCoverLetter, type NextStep } from '$lib/pipeline/plan-next';
import type { PromptSource } from '$lib/pipeline/prompt-source';
import type { ClaimInspector } from '$lib/pipeline/refresh-findings';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import { removeClaimFeedback, withFindingConfirmed } from './confirm-finding';
import { resumesAfterReload } from './resume-after-reload';
import { TailoringRunner } from './tailoring-runner.svelte';

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

export class Tailoring extends TailoringRunner {
	/** What "continue" would do now; reactive (it reads the session and what is in flight). */
	plan(): NextStep {
		void this.inFlight;
		void this.store.session?.cv;
		return this.orchestrator.plan();
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
		if (!(await this.run(() => this.orchestrator.recover()))) return;
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
		await this.generate('continue', () => this.orchestrator.generateNext());
	}

	async accept(itemId: string, content?: ItemContent): Promise<void> {
		const letter = findItem(this.store.session?.cv ?? { sections: [] }, itemId)?.kind;
		const accepted = await this.change(() => this.orchestrator.accept(itemId, content));
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
		await this.generate('write', () => this.orchestrator.writeCoverLetter());
	}

	/** How the letter is to be written (recipient, tone, length, points); the next version uses it. */
	setLetterOptions(options: CoverLetterOptions): void {
		this.store.update((session) => ({ ...session, coverLetter: options }));
	}

	/** Resolves to whether the edit was taken (it is refused when it breaks a limit). */
	async edit(itemId: string, content: ItemContent): Promise<boolean> {
		return this.change(() => this.orchestrator.edit(itemId, content));
	}

	async regenerate(itemId: string, feedback: string): Promise<void> {
		await this.generate('regenerate', () => this.orchestrator.regenerate(itemId, feedback));
	}

	async retry(itemId: string): Promise<void> {
		await this.generate('retry', () => this.orchestrator.retry(itemId));
	}

	async restoreVersion(itemId: string, versionIndex: number): Promise<void> {
		await this.change(() => this.orchestrator.restoreVersion(itemId, versionIndex));
	}

	async setExcluded(itemId: string, excluded: boolean): Promise<void> {
		await this.change(() => this.orchestrator.setExcluded(itemId, excluded));
	}

	/** "True, I forgot to mention it": the claim joins the profile and stops being flagged. */
	async confirmFinding(itemId: string, findingIndex: number): Promise<void> {
		await this.run(async () => {
			const session = $state.snapshot(this.store.session) as Session;
			const confirmed = withFindingConfirmed(session, itemId, findingIndex);
			if (!confirmed) return;
			// One undo step: Ctrl+Z takes the claim out of the profile and flags it again.
			await this.store.commit(confirmed.session, { undoStep: true });
			this.tell(`“${confirmed.finding.text}” is now part of your profile.`);
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
}
