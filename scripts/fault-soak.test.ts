/**
 * The fault soak in CI: a few whole CVs (the benchmark runs many more) through the real stack and
 * storage against a mock Groq that injects random faults with a fixed seed. Nothing accepted may
 * be lost and every failure the person sees must explain itself.
 */
import { describe, expect, it } from 'vitest';
import { runSoak, seededRandom, unexplainedReason } from './fault-soak';

describe('fault soak', () => {
	it('tailors whole CVs through random faults, reloads and lost connections, losing nothing', async () => {
		const report = await runSoak({ runs: 4, seed: 7, faultRate: 0.3 });
		expect(report.lostDetails).toEqual([]);
		expect(report.unexplainedDetails).toEqual([]);
		expect(report.lost).toBe(0);
		expect(report.unexplained).toBe(0);
		expect(report.completed).toBe(4);
		// The run met real trouble: several kinds of fault, some the person had to retry.
		expect(Object.keys(report.injected).length).toBeGreaterThanOrEqual(5);
		expect(report.userRetries).toBeGreaterThan(0);
		expect(report.messages.size).toBeGreaterThan(0);
	}, 60_000);

	it('calls a failure unexplained when it has no next step, is generic, or shows code', () => {
		expect(
			unexplainedReason({
				message: 'Groq had a temporary problem.',
				action: 'Press Retry in a minute.'
			})
		).toBeUndefined();
		expect(unexplainedReason(undefined)).toMatch(/without any message/);
		expect(unexplainedReason({ message: 'Groq had a temporary problem.', action: '' })).toMatch(
			/no next step/
		);
		expect(
			unexplainedReason({
				message: 'Something went wrong while writing this item.',
				action: 'Press Retry.'
			})
		).toMatch(/generic/);
		for (const junk of [
			"TypeError: Cannot read properties of undefined (reading 'content')",
			'The answer was {"summary": 42} which is wrong.',
			'Failed with [object Object] from the server.'
		]) {
			expect(unexplainedReason({ message: junk, action: 'Press Retry.' })).toMatch(/technical/);
		}
		expect(unexplainedReason({ message: '500', action: 'Press Retry.' })).toMatch(/too short/);
	});

	it('draws the same faults for the same seed', () => {
		const first = seededRandom(42);
		const second = seededRandom(42);
		const draws = Array.from({ length: 5 }, () => first());
		expect(Array.from({ length: 5 }, () => second())).toEqual(draws);
		expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
		expect(new Set(draws).size).toBe(5);
	});
});
