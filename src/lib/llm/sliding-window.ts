import type { ModelLimits } from './model-limits';

/**
 * Groq's per-minute budget as a sliding window, pure: each admitted request holds its requests
 * and tokens until it expires, and the window says when one more request of a given size fits.
 */

/** What one admitted request holds in the window. */
export interface WindowEntry {
	tokens: number;
	requests: number;
	/** Infinity while the request is in flight. */
	expiresAt: number;
}

/** Why a request waits, and until when (Infinity: until something changes). */
export interface BudgetWait {
	until: number;
	limit: 'requests' | 'tokens';
	window: 'minute' | 'day';
}

/** The entries that still count at `now`. */
export function liveEntries(entries: readonly WindowEntry[], now: number): WindowEntry[] {
	return entries.filter((entry) => entry.expiresAt > now);
}

/** The moment enough entries have expired that what remains is at most `allowed`. */
export function freeAt(
	byExpiry: readonly WindowEntry[],
	amount: (entry: WindowEntry) => number,
	allowed: number
): number {
	let used = byExpiry.reduce((sum, entry) => sum + amount(entry), 0);
	if (used <= allowed) return Number.NEGATIVE_INFINITY;
	for (const entry of byExpiry) {
		used -= amount(entry);
		if (used <= allowed) return entry.expiresAt;
	}
	return Number.POSITIVE_INFINITY;
}

/** What keeps one more request of `estimate` tokens out of the minute, given live entries. */
export function minuteWaits(
	entries: readonly WindowEntry[],
	limits: Pick<ModelLimits, 'rpm' | 'tpm'>,
	estimate: number,
	now: number
): BudgetWait[] {
	const waits: BudgetWait[] = [];
	const byExpiry = [...entries].sort((a, b) => a.expiresAt - b.expiresAt);
	const requestsUntil = freeAt(byExpiry, (entry) => entry.requests, limits.rpm - 1);
	if (requestsUntil > now)
		waits.push({ until: requestsUntil, limit: 'requests', window: 'minute' });
	const tokensUntil = freeAt(byExpiry, (entry) => entry.tokens, limits.tpm - estimate);
	if (tokensUntil > now) waits.push({ until: tokensUntil, limit: 'tokens', window: 'minute' });
	return waits;
}

/** Tokens held by the entries that still counted after `since`. */
export function tokensHeldAfter(entries: readonly WindowEntry[], since: number): number {
	return liveEntries(entries, since).reduce((sum, entry) => sum + entry.tokens, 0);
}
