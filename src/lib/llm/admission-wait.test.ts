import { describe, expect, it } from 'vitest';
import { admissionWait, neverFits } from './admission-wait';
import type { ModelLimits } from './model-limits';
import { ModelState } from './model-state';

const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = 10 * DAY + 12 * 3_600_000;
const LIMITS: ModelLimits = { rpm: 2, rpd: 100, tpm: 1_000, tpd: 10_000 };

async function stateAt(now: number): Promise<ModelState> {
	const state = new ModelState('model', DAY);
	await state.day.load(now);
	return state;
}

describe('admissionWait', () => {
	it('lets a request go while the minute and the day have room', async () => {
		const state = await stateAt(NOW);
		state.entries.push({ tokens: 400, requests: 1, expiresAt: NOW + 30_000 });
		expect(admissionWait(state, LIMITS, 500, NOW, MINUTE)).toBeUndefined();
	});

	it('waits for the tokens of the minute until the entry that frees enough expires', async () => {
		const state = await stateAt(NOW);
		state.entries.push({ tokens: 600, requests: 1, expiresAt: NOW + 30_000 });
		expect(admissionWait(state, LIMITS, 500, NOW, MINUTE)).toEqual({
			until: NOW + 30_000,
			limit: 'tokens',
			window: 'minute'
		});
	});

	it('names the day, not the minute, when both block: it is the wait the person must hear of', async () => {
		const state = await stateAt(NOW);
		state.day.change(state.day.key(NOW), { requests: 100, tokens: 0 });
		state.entries.push({ tokens: 900, requests: 1, expiresAt: NOW + 30_000 });
		expect(admissionWait(state, LIMITS, 500, NOW, MINUTE)).toEqual({
			until: 11 * DAY,
			limit: 'requests',
			window: 'day'
		});
	});

	it('holds the rest back while one request probes a budget not heard of for two minutes', async () => {
		const state = await stateAt(NOW);
		state.inFlight = 1;
		state.answeredAt = NOW - 2 * MINUTE;
		expect(admissionWait(state, LIMITS, 10, NOW, MINUTE)?.until).toBe(Number.POSITIVE_INFINITY);
		state.answeredAt = NOW - MINUTE;
		expect(admissionWait(state, LIMITS, 10, NOW, MINUTE)).toBeUndefined();
	});

	it('keeps the whole model out until a block the provider named ends', async () => {
		const state = await stateAt(NOW);
		state.minuteBlockedUntil = NOW + 7_000;
		state.blockedLimit = 'tokens';
		expect(admissionWait(state, LIMITS, 10, NOW, MINUTE)).toEqual({
			until: NOW + 7_000,
			limit: 'tokens',
			window: 'minute'
		});
	});
});

describe('neverFits', () => {
	const request = {
		model: 'small-model',
		messages: [],
		temperature: 0,
		maxTokens: 300
	};

	it('lets through what fits in a minute and a day', () => {
		expect(neverFits(request, 1_000, LIMITS)).toBeUndefined();
	});

	it('says which limit a request can never fit in, with the figures', () => {
		const error = neverFits(request, 1_200, LIMITS);
		expect(error?.kind).toBe('too_large');
		expect(error?.message).toBe(
			'This request needs about 1,200 tokens (the text plus up to 300 for the answer), but “small-model” allows only 1,000 tokens per minute, so it can never be sent as it is.'
		);
		expect(neverFits(request, 900, { ...LIMITS, tpd: 800 })?.message).toMatch(/800 tokens per day/);
	});
});
