/**
 * How the Tailor tab runs an action: after the last answer is saved, refused while offline, its
 * outcome or failure worded as the notice (never a crash). When the connection goes away, the
 * request in flight stops at once and is held until the browser is back online, then goes again.
 * Tailoring adds the actions themselves on top (tailoring.svelte.ts).
 */
import type {
	GenerateOutcome,
	InFlightItem,
	TailoringOrchestrator
} from '$lib/pipeline/orchestrator';
import { InFlightWatch } from './in-flight-watch.svelte';
import type { OpenSession } from './open-session.svelte';
import {
	CANCELLED,
	failureNotice,
	OFFLINE_HOLD,
	OFFLINE_REFUSAL,
	outcomeNotice
} from './tailoring-notices';
import { orchestratorFor } from './tailoring-orchestrator.svelte';
import type { TailoringEnvironment } from './tailoring.svelte';

export class TailoringRunner {
	#notice = $state('');
	#waitingForNetwork = $state<string | undefined>(undefined);
	protected readonly orchestrator: TailoringOrchestrator;
	readonly #running: InFlightWatch;

	constructor(
		protected readonly store: OpenSession,
		protected readonly environment: TailoringEnvironment
	) {
		this.orchestrator = orchestratorFor(store, environment);
		this.#running = new InFlightWatch(this.orchestrator, store, environment.writingMark);
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

	async cancel(): Promise<void> {
		await this.orchestrator.cancel();
		this.#notice = CANCELLED;
	}

	/**
	 * The connection went away. A request in flight would now only hang until its timeout (the
	 * browser does not fail it), so it stops at once, the item goes back to pending, and it goes
	 * again by itself when the browser is back online.
	 */
	async onOffline(): Promise<void> {
		const running = this.orchestrator.inFlight;
		if (!running) return;
		this.#waitingForNetwork = running.itemId;
		await this.orchestrator.cancel();
		this.#notice = OFFLINE_HOLD;
	}

	readonly #onOffline = (): void => void this.onOffline();

	/** The browser is back online: the item that failed for lack of network goes again. */
	async onOnline(): Promise<void> {
		const itemId = this.#waitingForNetwork;
		if (!itemId) return;
		this.#waitingForNetwork = undefined;
		this.#notice = 'Back online: continuing.';
		await this.generate('retry', () => this.orchestrator.retry(itemId));
	}

	dispose(): void {
		this.#running.dispose();
		if (typeof window !== 'undefined') window.removeEventListener('offline', this.#onOffline);
		void this.orchestrator.cancel();
	}

	protected tell(notice: string): void {
		this.#notice = notice;
	}

	/** Asks the model for an item, unless offline; how it ended becomes the notice. */
	protected async generate(
		action: keyof typeof OFFLINE_REFUSAL,
		request: () => Promise<GenerateOutcome>
	): Promise<void> {
		if (!this.environment.online()) {
			this.#notice = OFFLINE_REFUSAL[action];
			return;
		}
		await this.#running.settled();
		await this.run(async () => this.#handle(await request()));
	}

	/** A change by the person, once the last answer is saved; resolves to whether it was taken. */
	protected async change(action: () => Promise<void>): Promise<boolean> {
		await this.#running.settled();
		return this.run(action);
	}

	#handle(outcome: GenerateOutcome): void {
		// Failed because the connection dropped: it goes again by itself once back online.
		if (outcome.kind === 'failed' && !this.environment.online()) {
			this.#waitingForNetwork = outcome.itemId;
		}
		this.#notice = outcomeNotice(outcome, this.#waitingForNetwork);
	}

	/** Runs an action; a refused action or failed save becomes the notice instead of a crash. */
	protected async run(action: () => Promise<void>): Promise<boolean> {
		try {
			await action();
			return true;
		} catch (error) {
			this.#notice = failureNotice(error);
			return false;
		}
	}
}
