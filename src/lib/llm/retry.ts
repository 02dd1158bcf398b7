/**
 * The one layer that retries. A failure Groq may get over on its own (429, 5xx, a dropped or
 * timed-out connection) is tried again after the wait the server asked for (`retry-after`, else
 * the rate-limit reset), or after exponential backoff with jitter. Nothing else is retried:
 * a refused key, a bad or too-large request, a missing model, a cancelled call, a used-up day.
 * Waits go through the injected clock and end at once when the call is aborted.
 */
import pRetry from 'p-retry';
import { abortedError, systemClock, type Clock } from './clock';
import { dayLimitMessage, formatWait } from './describe-llm-activity';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { LlmError, isLlmError } from './llm-error';

export interface RetryOptions {
	/** Attempts in all, the first included. */
	attempts?: number;
	/**
	 * How many attempts may end in a timeout before giving up. Each one already cost the whole
	 * request timeout (90 s), so four of them would leave the person looking at "Groq is
	 * writing…" for six minutes before hearing that something is wrong.
	 */
	timeoutAttempts?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** A 429 whose request budget is empty for longer than this means the day is used up. */
	dayResetThresholdMs?: number;
	clock?: Clock;
	/** Who answers, for the retry reasons and messages ("OpenAI"); read when they are shown. */
	provider?: () => string;
	/** 0..1; injected so tests get a fixed jitter. */
	random?: () => number;
}

const NEVER_RETRIED_STATUSES = new Set([400, 401, 403, 404, 413]);

/** Why an attempt is retried, as the activity line says it ("after OpenAI's rate limit"). */
function reasonFor(kind: LlmError['kind'], provider: string): string {
	switch (kind) {
		case 'rate_limit':
			return `${provider}'s rate limit`;
		case 'server':
			return `a temporary problem at ${provider}`;
		case 'network':
			return 'a network problem';
		case 'timeout':
			return 'a slow answer';
		default:
			return kind;
	}
}

export class RetryingClient implements LlmClient {
	readonly #inner: LlmClient;
	readonly #attempts: number;
	readonly #timeoutAttempts: number;
	readonly #baseDelayMs: number;
	readonly #maxDelayMs: number;
	readonly #dayResetThresholdMs: number;
	readonly #clock: Clock;
	readonly #random: () => number;
	readonly #provider: () => string;

	constructor(inner: LlmClient, options: RetryOptions = {}) {
		this.#inner = inner;
		this.#attempts = Math.max(1, options.attempts ?? 4);
		this.#timeoutAttempts = Math.max(1, options.timeoutAttempts ?? 2);
		this.#baseDelayMs = options.baseDelayMs ?? 1000;
		this.#maxDelayMs = options.maxDelayMs ?? 30_000;
		this.#dayResetThresholdMs = options.dayResetThresholdMs ?? 10 * 60_000;
		this.#clock = options.clock ?? systemClock;
		this.#random = options.random ?? Math.random;
		this.#provider = options.provider ?? (() => 'the provider');
	}

	complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const { signal } = options;
		let timeouts = 0;
		return pRetry(
			async () => {
				if (signal?.aborted) throw abortedError();
				try {
					return await this.#inner.complete(request, options);
				} catch (error) {
					throw this.#classify(error);
				}
			},
			{
				retries: this.#attempts - 1,
				// p-retry's own timer cannot be faked or cut short; we wait in shouldRetry instead.
				minTimeout: 0,
				maxTimeout: 0,
				shouldRetry: async ({ error, attemptNumber }) => {
					if (!this.#retryable(error, signal)) return false;
					const llmError = error as LlmError;
					if (llmError.kind === 'timeout' && ++timeouts >= this.#timeoutAttempts) return false;
					// A wait longer than we would ever sleep: retrying early only earns another 429.
					if (this.#askedWait(llmError) > this.#longestWaitMs) return false;
					const delay = this.#delay(llmError, attemptNumber);
					options.onActivity?.({
						state: 'retrying',
						attempt: attemptNumber + 1,
						until: this.#clock.now() + delay,
						reason: reasonFor(llmError.kind, this.#provider())
					});
					await this.#clock.sleep(delay, signal);
					return true;
				}
			}
		).catch((error: unknown) => {
			if (signal?.aborted && !(isLlmError(error) && error.kind === 'aborted')) throw abortedError();
			if (isLlmError(error) && error.kind === 'rate_limit') {
				const asked = this.#askedWait(error);
				if (asked > this.#longestWaitMs) {
					throw new LlmError('rate_limit', {
						status: error.status,
						retryAfterMs: asked,
						rateLimit: error.rateLimit,
						cause: error,
						message: `${this.#provider()} asks to wait about ${formatWait(asked)} before the next request.`,
						action: 'Press Retry after that time, or pick another model in Settings.'
					});
				}
			}
			throw error;
		});
	}

	/** A 429 that leaves no requests for a long time is the day's budget, not the minute's. */
	#classify(error: unknown): unknown {
		if (!isLlmError(error) || error.kind !== 'rate_limit') return error;
		const info = error.rateLimit;
		const resetMs = info?.resetRequestsMs ?? 0;
		if (info?.remainingRequests === 0 && resetMs > this.#dayResetThresholdMs) {
			return new LlmError('day_limit', {
				status: error.status,
				rateLimit: info,
				resetAt: this.#clock.now() + resetMs,
				cause: error,
				message: dayLimitMessage(this.#provider(), 'requests', undefined, resetMs)
			});
		}
		return error;
	}

	#retryable(error: unknown, signal: AbortSignal | undefined): boolean {
		if (signal?.aborted || !isLlmError(error)) return false;
		if (error.status !== undefined && NEVER_RETRIED_STATUSES.has(error.status)) return false;
		return error.retryable;
	}

	/** The longest server-requested wait this layer sleeps through before trying again. */
	get #longestWaitMs(): number {
		return this.#maxDelayMs * 4;
	}

	#askedWait(error: LlmError): number {
		return error.retryAfterMs ?? this.#resetHint(error) ?? 0;
	}

	#delay(error: LlmError, attemptNumber: number): number {
		const asked = error.retryAfterMs ?? this.#resetHint(error);
		if (asked !== undefined) return Math.min(asked, this.#longestWaitMs);
		const exponential = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attemptNumber - 1));
		// "Full jitter" between half and all of the step, so tabs that failed together spread out.
		return Math.round(exponential * (0.5 + this.#random() * 0.5));
	}

	#resetHint(error: LlmError): number | undefined {
		if (error.kind !== 'rate_limit') return undefined;
		const info = error.rateLimit;
		if (info?.remainingTokens === 0 && info.resetTokensMs !== undefined) return info.resetTokensMs;
		if (info?.remainingRequests === 0 && info.resetRequestsMs !== undefined)
			return info.resetRequestsMs;
		return undefined;
	}
}
