/**
 * Holds each request back until the provider's budgets for its model allow it, so the app waits
 * on its own terms instead of collecting 429s. Per model, a FIFO queue (p-queue) admits one
 * request at a time once the sliding minute's requests and tokens, and the day's, have room for it
 * (admission-wait decides; held-budget keeps what each request holds until the provider frees it).
 * `x-ratelimit-*` headers, when readable, tighten the plan (a lower limit, or budget another tab
 * used); without them the configuration alone decides.
 */
import { admissionWait, neverFits } from './admission-wait';
import { abortedError, systemClock, type Clock } from './clock';
import { dayLimitMessage } from './describe-llm-activity';
import { estimatePromptTokens } from './estimate-tokens';
import { hold, release, settleAnswer, settleFailure, type Admission } from './held-budget';
import type { LlmActivity, LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError, isLlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import { ModelState } from './model-state';
import { liveEntries } from './sliding-window';
import type { UsageStore } from './usage-store';

export interface PacerOptions {
	limits: (model: string) => ModelLimits;
	clock?: Clock;
	/** Day counters; without one they live in memory only. */
	usage?: UsageStore;
	/** Who answers, for the day-limit message ("OpenAI"); read when it is shown. */
	provider?: () => string;
	/** Length of the provider's "minute" (shortened by benchmarks against a time-scaled mock). */
	minuteMs?: number;
	dayMs?: number;
	/** A day budget that frees up sooner than this is waited for; a later one fails at once. */
	maxDayWaitMs?: number;
}

const DEFAULT_MINUTE_MS = 60_000;
const DEFAULT_DAY_MS = 86_400_000;

export class Pacer implements LlmClient {
	readonly #inner: LlmClient;
	readonly #limits: (model: string) => ModelLimits;
	readonly #clock: Clock;
	readonly #usage: UsageStore | undefined;
	readonly #provider: () => string;
	readonly #minuteMs: number;
	readonly #dayMs: number;
	readonly #maxDayWaitMs: number;
	readonly #models = new Map<string, ModelState>();

	constructor(inner: LlmClient, options: PacerOptions) {
		this.#inner = inner;
		this.#limits = options.limits;
		this.#clock = options.clock ?? systemClock;
		this.#usage = options.usage;
		this.#provider = options.provider ?? (() => 'the provider');
		this.#minuteMs = options.minuteMs ?? DEFAULT_MINUTE_MS;
		this.#dayMs = options.dayMs ?? DEFAULT_DAY_MS;
		this.#maxDayWaitMs = options.maxDayWaitMs ?? 5 * this.#minuteMs;
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const state = this.#state(request.model);
		const estimate = estimatePromptTokens(request) + request.maxTokens;
		const tooLarge = neverFits(request, estimate, this.#effectiveLimits(state, request.model));
		if (tooLarge) throw tooLarge;
		options.onActivity?.({ state: 'queued' });
		// The queue stops waiting for a task the moment the signal aborts, even while the task
		// runs: an admission made in that instant is kept here so it can be given back.
		let admitted: Admission | undefined;
		let admission: Admission;
		try {
			admission = await state.queue.add(
				async () => {
					admitted = await this.#admit(state, request, estimate, options);
					return admitted;
				},
				{ signal: options.signal }
			);
		} catch (error) {
			if (admitted) release(state, admitted, this.#clock.now());
			if (isLlmError(error)) throw error;
			if (options.signal?.aborted) throw abortedError();
			throw error;
		}
		options.onActivity?.({ state: 'in_flight' });
		if (options.signal?.aborted) {
			release(state, admission, this.#clock.now());
			throw abortedError();
		}
		try {
			const result = await this.#inner.complete(request, options);
			settleAnswer(state, request, admission, result, this.#settling(request.model));
			return result;
		} catch (error) {
			settleFailure(state, request, admission, error, this.#settling(request.model));
			throw error;
		} finally {
			state.inFlight -= 1;
			state.notify();
		}
	}

	#state(model: string): ModelState {
		let state = this.#models.get(model);
		if (!state) {
			state = new ModelState(model, this.#dayMs, this.#usage);
			this.#models.set(model, state);
		}
		return state;
	}

	#effectiveLimits(state: ModelState, model: string): ModelLimits {
		return state.effectiveLimits(this.#limits(model));
	}

	#settling(model: string) {
		return { now: this.#clock.now(), minuteMs: this.#minuteMs, configured: this.#limits(model) };
	}

	async #admit(
		state: ModelState,
		request: LlmRequest,
		estimate: number,
		options: LlmCallOptions
	): Promise<Admission> {
		let shown = JSON.stringify({ state: 'queued' });
		for (;;) {
			const now = this.#clock.now();
			await state.day.load(now);
			// Cancelled while the day's figures were read: admitting it now would leave an entry
			// "in flight" for ever, and the one-probe rule would then hold every later request.
			if (options.signal?.aborted) throw abortedError();
			const limits = this.#effectiveLimits(state, request.model);
			const tooLarge = neverFits(request, estimate, limits);
			if (tooLarge) throw tooLarge;
			state.entries = liveEntries(state.entries, now);
			const wait = admissionWait(state, limits, estimate, now, this.#minuteMs);
			if (wait === undefined) break;
			if (wait.window === 'day' && wait.until - now > this.#maxDayWaitMs) {
				throw new LlmError('day_limit', {
					resetAt: wait.until,
					message: dayLimitMessage(this.#provider(), wait.limit, request.model, wait.until - now)
				});
			}
			const activity: LlmActivity = Number.isFinite(wait.until)
				? { state: 'waiting', ...wait }
				: { state: 'queued' };
			// Woken early by a change that did not free enough: the user's countdown is unchanged.
			if (JSON.stringify(activity) !== shown) options.onActivity?.(activity);
			shown = JSON.stringify(activity);
			await state.sleepUntilChange(this.#clock, wait.until, options.signal);
		}
		return hold(state, estimate, this.#clock.now());
	}
}
