/**
 * Holds each request back until Groq's budgets for its model allow it, so the app waits on its
 * own terms instead of collecting 429s. Per model, a FIFO queue (p-queue) admits one request at a
 * time once the sliding minute's requests and tokens, and the day's, have room for it.
 *
 * Tokens are estimated before the call and replaced by the reported usage afterwards. A request
 * counts from admission until a minute after it reached Groq, dated from the answer minus the
 * time Groq reports spending on it (the answer itself when Groq does not say): never earlier than
 * Groq's own stamp, so budget is never freed before Groq frees it. `x-ratelimit-*` headers, when readable,
 * tighten the plan (a lower limit, or budget another tab used); without them the configuration
 * alone decides.
 *
 * A request that got no answer holds at most what Groq can have counted for it:
 * - turned away (429, 413): nothing; released at once, and not counted for the day;
 * - cancelled before it was sent: nothing, as if it had never been admitted;
 * - a 5xx, a dropped connection, or a cancel while it was on its way: the request and its prompt
 *   tokens, for a minute. Groq may have read the prompt, but it wrote no answer for us, so the
 *   room reserved for the answer is freed at once. Holding the whole estimate made the retry of a
 *   503 wait out the minute;
 * - a timeout: the whole estimate, for a minute (Groq may have written the full answer; we just
 *   stopped waiting for it).
 */
import { abortedError, systemClock, type Clock } from './clock';
import { formatWait } from './describe-llm-activity';
import { estimatePromptTokens } from './estimate-tokens';
import type { LlmActivity, LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError, isLlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import { ModelState } from './model-state';
import { liveEntries, minuteWaits, type BudgetWait, type WindowEntry } from './sliding-window';
import type { UsageStore } from './usage-store';

export interface PacerOptions {
	limits: (model: string) => ModelLimits;
	clock?: Clock;
	/** Day counters; without one they live in memory only. */
	usage?: UsageStore;
	/** Length of Groq's "minute" (shortened by benchmarks against a time-scaled mock). */
	minuteMs?: number;
	dayMs?: number;
	/** A day budget that frees up sooner than this is waited for; a later one fails at once. */
	maxDayWaitMs?: number;
}

interface Admission {
	entry: WindowEntry;
	admittedAt: number;
	estimate: number;
	day: number;
}

const DEFAULT_MINUTE_MS = 60_000;
const DEFAULT_DAY_MS = 86_400_000;

export class Pacer implements LlmClient {
	readonly #inner: LlmClient;
	readonly #limits: (model: string) => ModelLimits;
	readonly #clock: Clock;
	readonly #usage: UsageStore | undefined;
	readonly #minuteMs: number;
	readonly #dayMs: number;
	readonly #maxDayWaitMs: number;
	readonly #models = new Map<string, ModelState>();

	constructor(inner: LlmClient, options: PacerOptions) {
		this.#inner = inner;
		this.#limits = options.limits;
		this.#clock = options.clock ?? systemClock;
		this.#usage = options.usage;
		this.#minuteMs = options.minuteMs ?? DEFAULT_MINUTE_MS;
		this.#dayMs = options.dayMs ?? DEFAULT_DAY_MS;
		this.#maxDayWaitMs = options.maxDayWaitMs ?? 5 * this.#minuteMs;
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const state = this.#state(request.model);
		const estimate = estimatePromptTokens(request) + request.maxTokens;
		this.#rejectNeverFits(request, estimate, this.#effectiveLimits(state, request.model));
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
			if (admitted) this.#release(state, request.model, admitted);
			if (isLlmError(error)) throw error;
			if (options.signal?.aborted) throw abortedError();
			throw error;
		}
		options.onActivity?.({ state: 'in_flight' });
		if (options.signal?.aborted) {
			this.#release(state, request.model, admission);
			throw abortedError();
		}
		try {
			const result = await this.#inner.complete(request, options);
			this.#settle(state, request, admission, result);
			return result;
		} catch (error) {
			this.#settleFailure(state, request, admission, error);
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

	#rejectNeverFits(request: LlmRequest, estimate: number, limits: ModelLimits): void {
		const perMinute = estimate > limits.tpm;
		if (!perMinute && estimate <= limits.tpd) return;
		const [limit, window] = perMinute ? [limits.tpm, 'minute'] : [limits.tpd, 'day'];
		throw new LlmError('too_large', {
			message: `This request needs about ${estimate.toLocaleString('en')} tokens (the text plus up to ${request.maxTokens.toLocaleString('en')} for the answer), but “${request.model}” allows only ${limit.toLocaleString('en')} tokens per ${window}, so it can never be sent as it is.`
		});
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
			this.#rejectNeverFits(request, estimate, limits);
			const wait = this.#waitNeeded(state, limits, estimate, now);
			if (wait === undefined) break;
			if (wait.window === 'day' && wait.until - now > this.#maxDayWaitMs) {
				throw new LlmError('day_limit', {
					resetAt: wait.until,
					message: `Today's Groq allowance of ${wait.limit} for “${request.model}” is used up; it frees up in about ${formatWait(wait.until - now)}.`
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
		const now = this.#clock.now();
		const entry: WindowEntry = {
			tokens: estimate,
			requests: 1,
			expiresAt: Number.POSITIVE_INFINITY
		};
		state.entries.push(entry);
		state.inFlight += 1;
		const day = state.day.key(now);
		state.day.change(day, { requests: 1, tokens: estimate });
		return { entry, estimate, day, admittedAt: now };
	}

	#waitNeeded(
		state: ModelState,
		limits: ModelLimits,
		estimate: number,
		now: number
	): BudgetWait | undefined {
		state.entries = liveEntries(state.entries, now);
		const waits: BudgetWait[] = [];
		if (state.dayBlockedUntil > now)
			waits.push({ until: state.dayBlockedUntil, limit: 'requests', window: 'day' });
		const day = state.day.usage;
		const nextDay = state.day.nextDayStart(now);
		if (day.requests + 1 > limits.rpd)
			waits.push({ until: nextDay, limit: 'requests', window: 'day' });
		if (day.tokens + estimate > limits.tpd)
			waits.push({ until: nextDay, limit: 'tokens', window: 'day' });
		if (state.minuteBlockedUntil > now)
			waits.push({ until: state.minuteBlockedUntil, limit: state.blockedLimit, window: 'minute' });
		// Without a recent answer from Groq, its view of the budget (another tab's use) is unknown:
		// let one request find out before the rest follow. A steady stream of answers keeps it known.
		if (state.inFlight > 0 && state.answeredAt <= now - 2 * this.#minuteMs)
			waits.push({ until: Number.POSITIVE_INFINITY, limit: 'requests', window: 'minute' });
		waits.push(...minuteWaits(state.entries, limits, estimate, now));
		if (waits.length === 0) return undefined;
		// The day outranks the minute when both block: it is the one the user should hear about.
		return waits.reduce((longest, wait) => (wait.until > longest.until ? wait : longest));
	}

	#settle(state: ModelState, request: LlmRequest, admission: Admission, result: LlmResult): void {
		const now = this.#clock.now();
		state.answeredAt = now;
		const promptTokens = result.usage.promptTokens || admission.estimate - request.maxTokens;
		admission.entry.tokens = promptTokens + request.maxTokens;
		// Groq counted the request from its arrival, no later than the answer minus the time Groq
		// says it spent on it (and never before we sent it).
		const served = Math.min(Math.max(0, result.serverTimeMs ?? 0), now - admission.admittedAt);
		admission.entry.expiresAt = now - served + this.#minuteMs;
		if (result.usage.totalTokens > 0)
			state.day.change(admission.day, {
				requests: 0,
				tokens: result.usage.totalTokens - admission.estimate
			});
		if (result.rateLimit)
			state.learn(result.rateLimit, this.#limits(request.model), now, now - served, this.#minuteMs);
	}

	/** Gives back everything an admission took: the request was never sent. */
	#release(state: ModelState, model: string, admission: Admission): void {
		admission.entry.expiresAt = this.#clock.now();
		state.day.change(admission.day, { requests: -1, tokens: -admission.estimate });
		state.inFlight -= 1;
		state.notify();
	}

	#settleFailure(
		state: ModelState,
		request: LlmRequest,
		admission: Admission,
		error: unknown
	): void {
		const { model } = request;
		const now = this.#clock.now();
		const llmError = isLlmError(error) ? error : undefined;
		if (llmError?.status === 429 || llmError?.status === 413) {
			// Groq turned it away without counting it.
			admission.entry.expiresAt = now;
			state.day.change(admission.day, { requests: -1, tokens: -admission.estimate });
		} else if (wroteNoAnswer(llmError)) {
			// At most the prompt was counted: the answer's reserved room is freed now (see the header).
			const answerRoom = Math.min(request.maxTokens, admission.entry.tokens);
			admission.entry.tokens -= answerRoom;
			admission.entry.expiresAt = now + this.#minuteMs;
			state.day.change(admission.day, { requests: 0, tokens: -answerRoom });
		} else {
			admission.entry.expiresAt = now + this.#minuteMs;
		}
		if (llmError?.status !== undefined) state.answeredAt = now;
		if (llmError?.rateLimit)
			state.learn(
				llmError.rateLimit,
				this.#limits(model),
				now,
				admission.admittedAt,
				this.#minuteMs
			);
		if (llmError?.kind === 'rate_limit' && llmError.retryAfterMs !== undefined) {
			state.minuteBlockedUntil = Math.max(state.minuteBlockedUntil, now + llmError.retryAfterMs);
			state.blockedLimit = llmError.limit ?? 'requests';
		}
		if (llmError?.kind === 'day_limit' && llmError.resetAt !== undefined)
			state.dayBlockedUntil = Math.max(state.dayBlockedUntil, llmError.resetAt);
	}
}

/** A failure after which Groq cannot have written (and counted) an answer for us. */
function wroteNoAnswer(error: LlmError | undefined): boolean {
	if (!error) return false;
	if (error.status !== undefined) return error.status >= 500;
	return error.kind === 'network' || error.kind === 'offline' || error.kind === 'aborted';
}
