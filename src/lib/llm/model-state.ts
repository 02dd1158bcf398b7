import PQueue from 'p-queue';
import { abortedError, type Clock } from './clock';
import { DayLedger } from './day-ledger';
import type { ModelLimits } from './model-limits';
import type { RateLimitInfo } from './parse-rate-limit-headers';
import { tokensHeldAfter, type WindowEntry } from './sliding-window';
import type { UsageStore } from './usage-store';

/**
 * What the pacer knows about one model: its queue, the requests in its sliding minute, its day
 * ledger, the blocks Groq named, and what Groq's headers taught it. Requests waiting for room
 * sleep here until the room may have changed.
 */
export class ModelState {
	readonly queue = new PQueue({ concurrency: 1 });
	entries: WindowEntry[] = [];
	readonly day: DayLedger;
	/** Set by a day-exhausted answer; nothing is admitted before it. */
	dayBlockedUntil = 0;
	/** Set by a 429 with retry-after; the whole model pauses, not just the request that hit it. */
	minuteBlockedUntil = 0;
	blockedLimit: 'requests' | 'tokens' = 'requests';
	learnedTpm: number | undefined;
	learnedRpd: number | undefined;
	/** Requests per minute, from a provider whose request headers count the minute (OpenAI). */
	learnedRpm: number | undefined;
	/** When Groq last answered for this model; before that, one request probes the budget alone. */
	answeredAt = Number.NEGATIVE_INFINITY;
	inFlight = 0;
	readonly #waiters = new Set<() => void>();

	constructor(model: string, dayMs: number, usage?: UsageStore) {
		this.day = new DayLedger(model, dayMs, usage);
	}

	/** The configured limits, tightened by what Groq's headers said (never loosened). */
	effectiveLimits(configured: ModelLimits): ModelLimits {
		return {
			rpm: Math.min(configured.rpm, this.learnedRpm ?? Number.POSITIVE_INFINITY),
			tpm: Math.min(configured.tpm, this.learnedTpm ?? Number.POSITIVE_INFINITY),
			rpd: Math.min(configured.rpd, this.learnedRpd ?? Number.POSITIVE_INFINITY),
			tpd: configured.tpd
		};
	}

	/**
	 * Tightens the plan with what Groq's headers said; never loosens the configuration. `since` is
	 * the earliest moment Groq may have written the headers: what left our window after it may
	 * still have been in Groq's, and must not be mistaken for someone else's use.
	 */
	learn(
		info: RateLimitInfo,
		configured: ModelLimits,
		now: number,
		since: number,
		minuteMs: number
	): void {
		if (info.tokensPerMinute !== undefined && info.tokensPerMinute > 0)
			this.learnedTpm = info.tokensPerMinute;
		if (info.requestsPerDay !== undefined && info.requestsPerDay > 0)
			this.learnedRpd = info.requestsPerDay;
		if (info.requestsPerMinute !== undefined && info.requestsPerMinute > 0)
			this.learnedRpm = info.requestsPerMinute;
		if (info.remainingRequestsThisMinute === 0 && info.resetRequestsMinuteMs !== undefined) {
			// The minute's requests are used up (by this or another tab) until the provider's reset.
			this.minuteBlockedUntil = Math.max(this.minuteBlockedUntil, now + info.resetRequestsMinuteMs);
			this.blockedLimit = 'requests';
		}
		const limits = this.effectiveLimits(configured);
		if (info.remainingTokens !== undefined) {
			const serverUsed = (info.tokensPerMinute ?? limits.tpm) - info.remainingTokens;
			const localUsed = tokensHeldAfter(this.entries, since);
			if (serverUsed > localUsed) {
				// Budget used elsewhere (another tab or device), held until Groq says it refills.
				this.entries.push({
					tokens: serverUsed - localUsed,
					requests: 0,
					expiresAt: now + (info.resetTokensMs ?? minuteMs)
				});
			}
		}
		if (info.remainingRequests === 0 && info.resetRequestsMs !== undefined) {
			// Groq named the moment its day window has room again. Counting the shortfall as today's
			// use instead would hold every request until midnight, hours after Groq takes them again.
			this.dayBlockedUntil = Math.max(this.dayBlockedUntil, now + info.resetRequestsMs);
		} else if (info.remainingRequests !== undefined) {
			const serverUsed = (info.requestsPerDay ?? limits.rpd) - info.remainingRequests;
			const key = this.day.key(now);
			const localUsed = this.day.usageOn(key).requests;
			if (serverUsed > localUsed)
				this.day.change(key, { requests: serverUsed - localUsed, tokens: 0 });
		}
	}

	/** Wakes every request waiting for room: something that holds budget changed. */
	notify(): void {
		for (const wake of [...this.#waiters]) wake();
		this.#waiters.clear();
	}

	/** Sleeps until `until` (never, if infinite), a `notify`, or the abort, whichever is first. */
	async sleepUntilChange(clock: Clock, until: number, signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) throw abortedError();
		const stop = new AbortController();
		let wake: () => void = () => undefined;
		const changed = new Promise<void>((resolve) => {
			wake = resolve;
			this.#waiters.add(resolve);
		});
		const aborted = new Promise<never>((_, reject) => {
			const onAbort = () => reject(abortedError());
			signal?.addEventListener('abort', onAbort, { once: true });
			stop.signal.addEventListener('abort', () => signal?.removeEventListener('abort', onAbort));
		});
		aborted.catch(() => undefined);
		const timer = Number.isFinite(until)
			? clock.sleep(until - clock.now(), stop.signal)
			: new Promise<void>(() => undefined);
		timer.catch(() => undefined);
		try {
			await Promise.race([timer, changed, aborted]);
		} finally {
			stop.abort();
			this.#waiters.delete(wake);
		}
	}
}
