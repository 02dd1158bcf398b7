/**
 * What an admitted request holds of its model's budgets, from admission until the provider frees
 * it. Tokens are estimated at admission and replaced by the reported usage afterwards. An
 * answered request counts until a minute after it reached the provider, dated from the answer
 * minus the time the provider reports spending on it (the answer itself when it does not say):
 * never earlier than the provider's own stamp, so budget is never freed before the provider frees it.
 *
 * A request that got no answer holds at most what the provider can have counted for it:
 * - turned away (429, 413): nothing; released at once, and not counted for the day;
 * - cancelled before it was sent: nothing, as if it had never been admitted;
 * - a 5xx, a dropped connection, or a cancel while it was on its way: the request and its prompt
 *   tokens, for a minute. The provider may have read the prompt, but it wrote no answer for us,
 *   so the room reserved for the answer is freed at once. Holding the whole estimate made the
 *   retry of a 503 wait out the minute;
 * - a timeout: the whole estimate, for a minute (the answer may have been written in full; we
 *   just stopped waiting for it).
 */
import type { LlmRequest, LlmResult } from './llm-client';
import { isLlmError, type LlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import type { ModelState } from './model-state';
import type { WindowEntry } from './sliding-window';

export interface Admission {
	entry: WindowEntry;
	admittedAt: number;
	estimate: number;
	day: number;
}

/** How settling reads the time and the limits the headers tighten. */
export interface SettleContext {
	now: number;
	minuteMs: number;
	configured: ModelLimits;
}

/** Takes a request's estimate from the minute and the day; it holds them while in flight. */
export function hold(state: ModelState, estimate: number, now: number): Admission {
	const entry: WindowEntry = { tokens: estimate, requests: 1, expiresAt: Number.POSITIVE_INFINITY };
	state.entries.push(entry);
	state.inFlight += 1;
	const day = state.day.key(now);
	state.day.change(day, { requests: 1, tokens: estimate });
	return { entry, estimate, day, admittedAt: now };
}

/** Gives back everything an admission took: the request was never sent. */
export function release(state: ModelState, admission: Admission, now: number): void {
	admission.entry.expiresAt = now;
	state.day.change(admission.day, { requests: -1, tokens: -admission.estimate });
	state.inFlight -= 1;
	state.notify();
}

/** An answer came: its reported usage replaces the estimate, and its headers teach the state. */
export function settleAnswer(
	state: ModelState,
	request: LlmRequest,
	admission: Admission,
	result: LlmResult,
	{ now, minuteMs, configured }: SettleContext
): void {
	state.answeredAt = now;
	const promptTokens = result.usage.promptTokens || admission.estimate - request.maxTokens;
	admission.entry.tokens = promptTokens + request.maxTokens;
	const served = Math.min(Math.max(0, result.serverTimeMs ?? 0), now - admission.admittedAt);
	admission.entry.expiresAt = now - served + minuteMs;
	if (result.usage.totalTokens > 0)
		state.day.change(admission.day, {
			requests: 0,
			tokens: result.usage.totalTokens - admission.estimate
		});
	if (result.rateLimit) state.learn(result.rateLimit, configured, now, now - served, minuteMs);
}

/** No answer came: keeps what the provider may have counted (see the header), and its blocks. */
export function settleFailure(
	state: ModelState,
	request: LlmRequest,
	admission: Admission,
	error: unknown,
	{ now, minuteMs, configured }: SettleContext
): void {
	const llmError = isLlmError(error) ? error : undefined;
	if (llmError?.status === 429 || llmError?.status === 413) {
		admission.entry.expiresAt = now;
		state.day.change(admission.day, { requests: -1, tokens: -admission.estimate });
	} else if (wroteNoAnswer(llmError)) {
		const answerRoom = Math.min(request.maxTokens, admission.entry.tokens);
		admission.entry.tokens -= answerRoom;
		admission.entry.expiresAt = now + minuteMs;
		state.day.change(admission.day, { requests: 0, tokens: -answerRoom });
	} else {
		admission.entry.expiresAt = now + minuteMs;
	}
	if (llmError?.status !== undefined) state.answeredAt = now;
	if (llmError?.rateLimit)
		state.learn(llmError.rateLimit, configured, now, admission.admittedAt, minuteMs);
	if (llmError?.kind === 'rate_limit' && llmError.retryAfterMs !== undefined) {
		state.minuteBlockedUntil = Math.max(state.minuteBlockedUntil, now + llmError.retryAfterMs);
		state.blockedLimit = llmError.limit ?? 'requests';
	}
	if (llmError?.kind === 'day_limit' && llmError.resetAt !== undefined)
		state.dayBlockedUntil = Math.max(state.dayBlockedUntil, llmError.resetAt);
}

/** A failure after which the provider cannot have written (and counted) an answer for us. */
function wroteNoAnswer(error: LlmError | undefined): boolean {
	if (!error) return false;
	if (error.status !== undefined) return error.status >= 500;
	return error.kind === 'network' || error.kind === 'offline' || error.kind === 'aborted';
}
