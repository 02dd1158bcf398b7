/**
 * The pacer's admission decision, apart from its queue and its clock: given what one model's
 * budgets hold now, does a request of this size go, wait (until when, and for which limit), or
 * never fit at all? Pure over the model's state, so each rule is tested without timers.
 */
import type { LlmRequest } from './llm-client';
import { LlmError } from './llm-error';
import type { ModelLimits } from './model-limits';
import type { ModelState } from './model-state';
import { minuteWaits, type BudgetWait } from './sliding-window';

/**
 * Why a request must wait, or `undefined` when it may go now. The state's entries must already be
 * the live ones at `now`. Without a recent answer (within two minutes), one request probes the
 * provider's view of the budget (another tab's use) before the rest follow.
 */
export function admissionWait(
	state: ModelState,
	limits: ModelLimits,
	estimate: number,
	now: number,
	minuteMs: number
): BudgetWait | undefined {
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
	// A steady stream of answers keeps the provider's view known; a stale one is probed first.
	if (state.inFlight > 0 && state.answeredAt <= now - 2 * minuteMs)
		waits.push({ until: Number.POSITIVE_INFINITY, limit: 'requests', window: 'minute' });
	waits.push(...minuteWaits(state.entries, limits, estimate, now));
	if (waits.length === 0) return undefined;
	// The day outranks the minute when both block: it is the one the user should hear about.
	return waits.reduce((longest, wait) => (wait.until > longest.until ? wait : longest));
}

/** The error for a request larger than a whole minute's or day's tokens; `undefined` if it fits. */
export function neverFits(
	request: LlmRequest,
	estimate: number,
	limits: ModelLimits
): LlmError | undefined {
	const perMinute = estimate > limits.tpm;
	if (!perMinute && estimate <= limits.tpd) return undefined;
	const [limit, window] = perMinute ? [limits.tpm, 'minute'] : [limits.tpd, 'day'];
	return new LlmError('too_large', {
		message: `This request needs about ${estimate.toLocaleString('en')} tokens (the text plus up to ${request.maxTokens.toLocaleString('en')} for the answer), but “${request.model}” allows only ${limit.toLocaleString('en')} tokens per ${window}, so it can never be sent as it is.`
	});
}
