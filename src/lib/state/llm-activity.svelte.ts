/**
 * What the LLM is doing right now, for the line the user watches during generation ("Waiting 12 s
 * for Groq's token limit"). Pass `track` as a call's `onActivity`; while a wait is counting down,
 * the message refreshes itself every quarter second.
 */
import { describeLlmActivity } from '$lib/llm/describe-llm-activity';
import type { LlmActivity } from '$lib/llm/llm-client';
import { requestDestination } from './request-destination.svelte';

export { describeLlmActivity, formatWait } from '$lib/llm/describe-llm-activity';

const TICK_MS = 250;

export class LlmActivityState {
	#activity = $state<LlmActivity | undefined>(undefined);
	#now = $state(0);
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(private readonly now: () => number = Date.now) {
		this.#now = now();
	}

	get activity(): LlmActivity | undefined {
		return this.#activity;
	}

	/** The sentence to show, or '' when idle. */
	get message(): string {
		return describeLlmActivity(this.#activity, this.#now, requestDestination.provider);
	}

	/** True while a request is queued, waiting, in flight or about to retry. */
	get busy(): boolean {
		const state = this.#activity?.state;
		return state !== undefined && state !== 'done' && state !== 'failed';
	}

	/** Seconds left in the current wait, for a progress display; 0 when not waiting. */
	get secondsLeft(): number {
		const activity = this.#activity;
		if (activity?.state !== 'waiting' && activity?.state !== 'retrying') return 0;
		return Math.max(0, Math.ceil((activity.until - this.#now) / 1000));
	}

	readonly track = (activity: LlmActivity): void => {
		this.#activity = activity;
		this.#now = this.now();
		const counting = activity.state === 'waiting' || activity.state === 'retrying';
		if (counting && this.#timer === undefined) {
			this.#timer = setInterval(() => (this.#now = this.now()), TICK_MS);
		} else if (!counting) {
			this.#stopTicking();
		}
	};

	clear(): void {
		this.#activity = undefined;
		this.#stopTicking();
	}

	#stopTicking(): void {
		if (this.#timer !== undefined) clearInterval(this.#timer);
		this.#timer = undefined;
	}
}

/** The app-wide activity line (one generation runs at a time). */
export const llmActivity = new LlmActivityState();
