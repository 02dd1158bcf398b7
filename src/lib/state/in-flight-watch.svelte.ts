/**
 * What the orchestrator has in flight, as the Tailor tab sees it: the request itself (until its
 * outcome is saved), the item shown as being written, a clock that ticks for countdowns while
 * something runs, and this tab's reload mark (see resume-after-reload.ts).
 */
import { findItem } from '$lib/domain';
import type { InFlightItem, TailoringOrchestrator } from '$lib/pipeline/orchestrator';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import type { OpenSession } from './open-session.svelte';
import { writingMarkFor } from './resume-after-reload';

export class InFlightWatch {
	#current = $state<InFlightItem | undefined>(undefined);
	#now = $state(Date.now());
	#ticker: ReturnType<typeof setInterval> | undefined;
	#idleWaiters: Array<() => void> = [];
	readonly #unsubscribe: () => void;

	constructor(
		orchestrator: TailoringOrchestrator,
		private readonly store: OpenSession,
		writingMark: WritingMarkStore | undefined
	) {
		this.#unsubscribe = orchestrator.subscribe((snapshot) => {
			this.#current = snapshot.inFlight;
			this.#syncTicker();
			writingMark?.write(writingMarkFor(snapshot.inFlight, store.session?.id));
			if (!snapshot.inFlight) for (const wake of this.#idleWaiters.splice(0)) wake();
		});
	}

	/** The request in flight, until its outcome is saved (generation stays closed meanwhile). */
	get current(): InFlightItem | undefined {
		return this.#current;
	}

	/**
	 * The item being written, as the person should see it: once its answer is in and the item
	 * has left "generating" (it waits for review, or failed), only saving is left, so the item
	 * is no longer shown as being written ("Writing … — Done" next to an item to review).
	 */
	get writing(): InFlightItem | undefined {
		const running = this.#current;
		return running && !this.#finishing(running) ? running : undefined;
	}

	/** The current time, updated every second while something is in flight (for countdowns). */
	get now(): number {
		return this.#now;
	}

	/** An action on a finished item waits for its last save instead of being refused as busy. */
	async settled(): Promise<void> {
		const running = this.#current;
		if (!running || !this.#finishing(running)) return;
		await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
	}

	dispose(): void {
		this.#unsubscribe();
		if (this.#ticker) clearInterval(this.#ticker);
	}

	#finishing(running: InFlightItem): boolean {
		const cv = this.store.session?.cv;
		const item = cv && findItem(cv, running.itemId);
		return running.activity !== undefined && item !== undefined && item.status !== 'generating';
	}

	#syncTicker(): void {
		if (this.#current && !this.#ticker) {
			this.#ticker = setInterval(() => (this.#now = Date.now()), 1000);
		} else if (!this.#current && this.#ticker) {
			clearInterval(this.#ticker);
			this.#ticker = undefined;
		}
		this.#now = Date.now();
	}
}
