import { describe, expect, it } from 'vitest';
import { minuteWaits, type WindowEntry } from './sliding-window';

const limits = { rpm: 3, tpm: 1_000 };

describe('minuteWaits', () => {
	it('lets a request in at once while the minute has room for its requests and tokens', () => {
		const entries: WindowEntry[] = [{ tokens: 400, requests: 1, expiresAt: 60_000 }];
		expect(minuteWaits(entries, limits, 600, 0)).toEqual([]);
	});

	it('waits until enough tokens leave the window, the earliest expiring first', () => {
		const entries: WindowEntry[] = [
			{ tokens: 500, requests: 0, expiresAt: 50_000 },
			{ tokens: 500, requests: 0, expiresAt: 20_000 }
		];
		// 1,000 held, 400 wanted: one of the two must go, and the one at 20 s goes first.
		expect(minuteWaits(entries, limits, 400, 0)).toEqual([
			{ until: 20_000, limit: 'tokens', window: 'minute' }
		]);
	});

	it('waits for a request slot, and for ever while every slot is held by a request in flight', () => {
		const done: WindowEntry = { tokens: 0, requests: 1, expiresAt: 30_000 };
		const inFlight: WindowEntry = { tokens: 0, requests: 1, expiresAt: Number.POSITIVE_INFINITY };
		expect(minuteWaits([done, inFlight, inFlight], limits, 10, 0)).toEqual([
			{ until: 30_000, limit: 'requests', window: 'minute' }
		]);
		expect(minuteWaits([inFlight, inFlight, inFlight], limits, 10, 0)).toEqual([
			{ until: Number.POSITIVE_INFINITY, limit: 'requests', window: 'minute' }
		]);
	});
});
