/**
 * The tailoring workflow over the session's StructuredCV, driven by what the person does:
 * generate the next item, accept, edit, regenerate with feedback, go back to an earlier
 * version, retry, cancel, exclude. One item is in flight at a time. Every transition is saved
 * through `SessionAccess.commit` before the next begins, so a reload loses nothing accepted and
 * an item caught mid-request comes back as pending (`recover`).
 *
 * The orchestrator keeps no copy of the CV: it reads the session each time and writes back a
 * changed copy, so edits made elsewhere in the app (the profile form) are never overwritten.
 * The slot for the item in flight (start, write ahead, cancel, listeners) is GenerationLoop's;
 * this class adds what the person does. It extends the loop rather than wrapping it so that
 * `inFlight`, `subscribe` and `cancel` stay the orchestrator's own API without forwarding code.
 */
import {
	allItems,
	findItem,
	recoverInterruptedItems,
	updateItem,
	type ItemContent
} from '$lib/domain';
import { GenerationLoop } from './generation-loop';
import {
	acceptContent,
	editContent,
	restoreContent,
	TailoringActionError,
	validContent
} from './item-edits';
import { planNext, type NextStep } from './plan-next';
import { syncCvItems } from './sync-cv-items';
import type { GenerateOutcome } from './tailoring-contract';

export type * from './tailoring-contract';
export { TailoringActionError } from './item-edits';

export class TailoringOrchestrator extends GenerationLoop {
	/**
	 * What "continue" would do now, for the button's label ("Review role 2", "Write the
	 * summary"); changes nothing. Reflects the profile as of the last `sync`/`recover`.
	 */
	plan(): NextStep {
		const running = this.running;
		const cv = this.access.current().cv;
		const item = running && findItem(cv, running.info.itemId);
		return item ? { kind: 'in_progress', item } : planNext(cv);
	}

	/** Creates, orders and drops CV items to match the profile; saves only if that changed anything. */
	async sync(): Promise<void> {
		await this.save((cv, session) => syncCvItems(cv, session.profile, this.now(), this.createId));
		const running = this.running;
		if (running && !findItem(this.access.current().cv, running.info.itemId)) {
			running.controller.abort();
		}
	}

	/**
	 * After a reload nothing is in flight: items saved as "generating" go back to pending (with
	 * whatever content they had), and the items are synced with the profile.
	 */
	async recover(): Promise<void> {
		if (!this.running) await this.save((cv) => recoverInterruptedItems(cv, this.now()));
		await this.sync();
	}

	/** Generates the next item in order, unless an item waits for review (see `planNext`). */
	async generateNext(): Promise<GenerateOutcome> {
		const running = this.running;
		if (running && !running.info.prefetch) return { kind: 'busy', itemId: running.info.itemId };
		await this.sync();
		const next = planNext(this.access.current().cv);
		switch (next.kind) {
			case 'done':
				return next;
			case 'review':
				return { kind: 'review', itemId: next.item.id };
			case 'in_progress': {
				// The item being written ahead is the one "continue" wants: wait for it.
				const ahead = this.running;
				if (ahead?.info.itemId === next.item.id) return ahead.finished;
				return { kind: 'busy', itemId: next.item.id };
			}
			case 'generate':
				return this.start(next.item.id, { bypassCache: next.item.status === 'failed' });
		}
	}

	/**
	 * Writes the cover letter. Only this asks for one: "continue" and prefetch never do, so a
	 * session that wants no letter spends no request on it. A written letter is regenerated
	 * (`regenerate`) like any item.
	 */
	async writeCoverLetter(): Promise<GenerateOutcome> {
		await this.sync();
		const letter = allItems(this.access.current().cv).find((item) => item.kind === 'cover_letter');
		if (!letter) throw new TailoringActionError('This session has no cover letter item.');
		if (letter.status !== 'pending' && letter.status !== 'failed') {
			throw new TailoringActionError(
				'The letter is already written: regenerate it to get a new version.'
			);
		}
		return this.start(letter.id, { bypassCache: letter.status === 'failed' });
	}

	/**
	 * Writes a new version of an item. With feedback, the model sees the current version and the
	 * feedback; without, the same prompt is sent again past the response cache.
	 */
	async regenerate(itemId: string, feedback = ''): Promise<GenerateOutcome> {
		return this.start(itemId, { feedback: feedback.trim(), bypassCache: feedback.trim() === '' });
	}

	/** Tries a failed (or cancelled) item again, with the same feedback it had. */
	async retry(itemId: string): Promise<GenerateOutcome> {
		const item = this.item(itemId);
		if (item.status !== 'failed' && item.status !== 'pending') {
			throw new TailoringActionError('Only a failed or pending item can be retried.');
		}
		// A failed item's last answers may sit in the cache (e.g. unusable output): ask anew.
		return this.start(itemId, { bypassCache: item.status === 'failed' });
	}

	/** Accepts an item, optionally with the person's edited content (kept as an 'edited' version). */
	async accept(itemId: string, content?: ItemContent): Promise<void> {
		this.#assertNotRunning(itemId);
		const edited = content === undefined ? undefined : validContent(content);
		await this.save((cv) => acceptContent(cv, itemId, this.now(), edited));
		this.prefetchNext();
	}

	/** Replaces an item's content with the person's own text; the status stays as it was. */
	async edit(itemId: string, content: ItemContent): Promise<void> {
		this.#assertNotRunning(itemId);
		const edited = validContent(content);
		await this.save((cv) => editContent(cv, itemId, edited, this.now()));
	}

	/** Brings back an earlier version; an accepted item goes back to review. */
	async restoreVersion(itemId: string, versionIndex: number): Promise<void> {
		this.#assertNotRunning(itemId);
		await this.save((cv) => restoreContent(cv, itemId, versionIndex, this.now()));
	}

	/**
	 * Excluded roles and projects are kept as written and never sent to the model; an excluded
	 * cover letter is not written, shown in the CV tab or downloaded.
	 */
	async setExcluded(itemId: string, excluded: boolean): Promise<void> {
		const item = this.item(itemId);
		if (item.kind !== 'role' && item.kind !== 'project' && item.kind !== 'cover_letter') {
			throw new TailoringActionError(
				'Only roles, side projects and the cover letter can be excluded from tailoring.'
			);
		}
		if (this.running?.info.itemId === itemId) await this.cancel();
		await this.save((cv) =>
			updateItem(cv, itemId, (entry) => ({ ...entry, excluded, updatedAt: this.now() }))
		);
	}

	#assertNotRunning(itemId: string): void {
		if (this.running?.info.itemId === itemId) {
			throw new TailoringActionError('This item is being written. Wait for it or cancel it first.');
		}
	}
}
