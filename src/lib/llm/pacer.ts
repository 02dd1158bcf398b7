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
import PQueue from 'p-queue';
import { abortedError, systemClock, type Clock } from './clock';
import { formatWait } from './describe-llm-activity';
import { estimatePromptTokens } from './estimate-tokens';
import type { LlmActivity, LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError, isLlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import type { RateLimitInfo } from './parse-rate-limit-headers';
import type { DayUsage, UsageStore } from './usage-store';

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

interface Entry {
	tokens: number;
	requests: number;
	/** Infinity while the request is in flight. */
	expiresAt: number;
}

interface Admission {
	entry: Entry;
	admittedAt: number;
	estimate: number;
	day: number;
}

type Wait = { until: number; limit: 'requests' | 'tokens'; window: 'minute' | 'day' };

class ModelState {
	readonly queue = new PQueue({ concurrency: 1 });
	entries: Entry[] = [];
	day: { key: number; usage: DayUsage } | undefined;
	/** Set by a day-exhausted answer; nothing is admitted before it. */
	dayBlockedUntil = 0;
	/** Set by a 429 with retry-after; the whole model pauses, not just the request that hit it. */
	minuteBlockedUntil = 0;
	blockedLimit: 'requests' | 'tokens' = 'requests';
	learnedTpm: number | undefined;
	learnedRpd: number | undefined;
	/** When Groq last answered for this model; before that, one request probes the budget alone. */
	answeredAt = Number.NEGATIVE_INFINITY;
	inFlight = 0;
	readonly waiters = new Set<() => void>();
	persistence: Promise<unknown> = Promise.resolve();

	notify(): void {
		for (const wake of [...this.waiters]) wake();
		this.waiters.clear();
	}
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
			state = new ModelState();
			this.#models.set(model, state);
		}
		return state;
	}

	#effectiveLimits(state: ModelState, model: string): ModelLimits {
		const configured = this.#limits(model);
		return {
			rpm: configured.rpm,
			tpm: Math.min(configured.tpm, state.learnedTpm ?? Number.POSITIVE_INFINITY),
			rpd: Math.min(configured.rpd, state.learnedRpd ?? Number.POSITIVE_INFINITY),
			tpd: configured.tpd
		};
	}

	#rejectNeverFits(request: LlmRequest, estimate: number, limits: ModelLimits): void {
		const perMinute = estimate > limits.tpm;
		if (!perMinute && estimate <= limits.tpd) return;
		const [limit, window] = perMinute ? [limits.tpm, 'minute'] : [limits.tpd, 'day'];
		throw new LlmError('too_large', {
			message: `This request needs about ${estimate.toLocaleString('en')} tokens (the text plus up to ${request.maxTokens.toLocaleString('en')} for the answer), but “${request.model}” allows only ${limit.toLocaleString('en')} tokens per ${window}, so it can never be sent as it is.`
		});
	}

	#dayKey(now: number): number {
		return Math.floor(now / this.#dayMs);
	}

	async #loadDay(state: ModelState, model: string, now: number): Promise<void> {
		const key = this.#dayKey(now);
		if (state.day?.key === key) return;
		const usage = this.#usage
			? await this.#usage.read(model, key).catch(() => ({ requests: 0, tokens: 0 }))
			: { requests: 0, tokens: 0 };
		if (state.day?.key !== key) state.day = { key, usage };
	}

	/** Records a change to the day's figures here at once and in storage in order. */
	#changeDay(state: ModelState, model: string, day: number, delta: DayUsage): void {
		if (state.day?.key === day) {
			state.day.usage = {
				requests: Math.max(0, state.day.usage.requests + delta.requests),
				tokens: Math.max(0, state.day.usage.tokens + delta.tokens)
			};
		}
		const usage = this.#usage;
		if (!usage) return;
		state.persistence = state.persistence
			.then(() =>
				usage.update(model, day, (current) => ({
					requests: current.requests + delta.requests,
					tokens: current.tokens + delta.tokens
				}))
			)
			.then((stored) => {
				// Other tabs add to the same record: adopt their figures when they are higher.
				if (state.day?.key === day) {
					state.day.usage = {
						requests: Math.max(state.day.usage.requests, stored.requests),
						tokens: Math.max(state.day.usage.tokens, stored.tokens)
					};
				}
			})
			// Losing a counter update only makes the day estimate optimistic; Groq still enforces.
			.catch(() => undefined);
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
			await this.#loadDay(state, request.model, now);
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
			await this.#sleepUntilChange(state, wait.until, options.signal);
		}
		const now = this.#clock.now();
		const entry: Entry = { tokens: estimate, requests: 1, expiresAt: Number.POSITIVE_INFINITY };
		state.entries.push(entry);
		state.inFlight += 1;
		const day = this.#dayKey(now);
		this.#changeDay(state, request.model, day, { requests: 1, tokens: estimate });
		return { entry, estimate, day, admittedAt: now };
	}

	#waitNeeded(
		state: ModelState,
		limits: ModelLimits,
		estimate: number,
		now: number
	): Wait | undefined {
		state.entries = state.entries.filter((entry) => entry.expiresAt > now);
		const waits: Wait[] = [];
		if (state.dayBlockedUntil > now)
			waits.push({ until: state.dayBlockedUntil, limit: 'requests', window: 'day' });
		const day = state.day?.usage ?? { requests: 0, tokens: 0 };
		const nextDay = (this.#dayKey(now) + 1) * this.#dayMs;
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
		const byExpiry = [...state.entries].sort((a, b) => a.expiresAt - b.expiresAt);
		const requestsUntil = this.#freeAt(byExpiry, (entry) => entry.requests, limits.rpm - 1);
		if (requestsUntil > now)
			waits.push({ until: requestsUntil, limit: 'requests', window: 'minute' });
		const tokensUntil = this.#freeAt(byExpiry, (entry) => entry.tokens, limits.tpm - estimate);
		if (tokensUntil > now) waits.push({ until: tokensUntil, limit: 'tokens', window: 'minute' });
		if (waits.length === 0) return undefined;
		// The day outranks the minute when both block: it is the one the user should hear about.
		return waits.reduce((longest, wait) => (wait.until > longest.until ? wait : longest));
	}

	/** The moment enough entries have expired that what remains is at most `allowed`. */
	#freeAt(byExpiry: Entry[], amount: (entry: Entry) => number, allowed: number): number {
		let used = byExpiry.reduce((sum, entry) => sum + amount(entry), 0);
		if (used <= allowed) return Number.NEGATIVE_INFINITY;
		for (const entry of byExpiry) {
			used -= amount(entry);
			if (used <= allowed) return entry.expiresAt;
		}
		return Number.POSITIVE_INFINITY;
	}

	async #sleepUntilChange(state: ModelState, until: number, signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) throw abortedError();
		const stop = new AbortController();
		let wake: () => void = () => undefined;
		const changed = new Promise<void>((resolve) => {
			wake = resolve;
			state.waiters.add(resolve);
		});
		const aborted = new Promise<never>((_, reject) => {
			const onAbort = () => reject(abortedError());
			signal?.addEventListener('abort', onAbort, { once: true });
			stop.signal.addEventListener('abort', () => signal?.removeEventListener('abort', onAbort));
		});
		aborted.catch(() => undefined);
		const timer = Number.isFinite(until)
			? this.#clock.sleep(until - this.#clock.now(), stop.signal)
			: new Promise<void>(() => undefined);
		timer.catch(() => undefined);
		try {
			await Promise.race([timer, changed, aborted]);
		} finally {
			stop.abort();
			state.waiters.delete(wake);
		}
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
			this.#changeDay(state, request.model, admission.day, {
				requests: 0,
				tokens: result.usage.totalTokens - admission.estimate
			});
		if (result.rateLimit) this.#learn(state, request.model, result.rateLimit, now, now - served);
	}

	/** Gives back everything an admission took: the request was never sent. */
	#release(state: ModelState, model: string, admission: Admission): void {
		admission.entry.expiresAt = this.#clock.now();
		this.#changeDay(state, model, admission.day, { requests: -1, tokens: -admission.estimate });
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
			this.#changeDay(state, model, admission.day, { requests: -1, tokens: -admission.estimate });
		} else if (wroteNoAnswer(llmError)) {
			// At most the prompt was counted: the answer's reserved room is freed now (see the header).
			const answerRoom = Math.min(request.maxTokens, admission.entry.tokens);
			admission.entry.tokens -= answerRoom;
			admission.entry.expiresAt = now + this.#minuteMs;
			this.#changeDay(state, model, admission.day, { requests: 0, tokens: -answerRoom });
		} else {
			admission.entry.expiresAt = now + this.#minuteMs;
		}
		if (llmError?.status !== undefined) state.answeredAt = now;
		if (llmError?.rateLimit)
			this.#learn(state, model, llmError.rateLimit, now, admission.admittedAt);
		if (llmError?.kind === 'rate_limit' && llmError.retryAfterMs !== undefined) {
			state.minuteBlockedUntil = Math.max(state.minuteBlockedUntil, now + llmError.retryAfterMs);
			state.blockedLimit = llmError.limit ?? 'requests';
		}
		if (llmError?.kind === 'day_limit' && llmError.resetAt !== undefined)
			state.dayBlockedUntil = Math.max(state.dayBlockedUntil, llmError.resetAt);
	}

	/**
	 * Tightens the plan with what Groq's headers said; never loosens the configuration. `since` is
	 * the earliest moment Groq may have written the headers: what left our window after it may
	 * still have been in Groq's, and must not be mistaken for someone else's use.
	 */
	#learn(state: ModelState, model: string, info: RateLimitInfo, now: number, since: number): void {
		if (info.tokensPerMinute !== undefined && info.tokensPerMinute > 0)
			state.learnedTpm = info.tokensPerMinute;
		if (info.requestsPerDay !== undefined && info.requestsPerDay > 0)
			state.learnedRpd = info.requestsPerDay;
		const limits = this.#effectiveLimits(state, model);
		if (info.remainingTokens !== undefined) {
			const serverUsed = (info.tokensPerMinute ?? limits.tpm) - info.remainingTokens;
			const localUsed = state.entries
				.filter((entry) => entry.expiresAt > since)
				.reduce((sum, entry) => sum + entry.tokens, 0);
			if (serverUsed > localUsed) {
				// Budget used elsewhere (another tab or device), held until Groq says it refills.
				state.entries.push({
					tokens: serverUsed - localUsed,
					requests: 0,
					expiresAt: now + (info.resetTokensMs ?? this.#minuteMs)
				});
			}
		}
		if (info.remainingRequests === 0 && info.resetRequestsMs !== undefined) {
			// Groq named the moment its day window has room again. Counting the shortfall as today's
			// use instead would hold every request until midnight, hours after Groq takes them again.
			state.dayBlockedUntil = Math.max(state.dayBlockedUntil, now + info.resetRequestsMs);
		} else if (info.remainingRequests !== undefined) {
			const serverUsed = (info.requestsPerDay ?? limits.rpd) - info.remainingRequests;
			const key = this.#dayKey(now);
			const localUsed = state.day?.key === key ? state.day.usage.requests : 0;
			if (serverUsed > localUsed)
				this.#changeDay(state, model, key, { requests: serverUsed - localUsed, tokens: 0 });
		}
	}
}

/** A failure after which Groq cannot have written (and counted) an answer for us. */
function wroteNoAnswer(error: LlmError | undefined): boolean {
	if (!error) return false;
	if (error.status !== undefined) return error.status >= 500;
	return error.kind === 'network' || error.kind === 'offline' || error.kind === 'aborted';
}
