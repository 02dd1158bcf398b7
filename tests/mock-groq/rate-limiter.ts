/**
 * Enforces per-model limits as Groq does: sliding minute and day windows over requests and tokens
 * (the minute counts prompt tokens plus the requested max tokens; the day counts tokens used).
 * Windows shrink with `timeScale`, and every duration it reports is in real, scaled milliseconds.
 */
import { formatGoDuration } from '../../src/lib/llm/go-duration';
import { rateLimitError, tooLargeError, type GroqErrorResponse } from './faults';

export interface MockModelLimits {
	rpm: number;
	rpd: number;
	tpm: number;
	tpd: number;
}

interface Use {
	at: number;
	requests: number;
	tokens: number;
}

class Windows {
	minute: Use[] = [];
	day: Use[] = [];
}

function sum(uses: Use[], field: 'requests' | 'tokens'): number {
	return uses.reduce((total, use) => total + use[field], 0);
}

export class MockRateLimiter {
	readonly minuteMs: number;
	readonly dayMs: number;
	readonly #windows = new Map<string, Windows>();

	constructor(
		private readonly limits: (model: string) => MockModelLimits,
		timeScale: number,
		private readonly now: () => number = Date.now
	) {
		this.minuteMs = 60_000 / timeScale;
		this.dayMs = 86_400_000 / timeScale;
	}

	#windowsOf(model: string, now: number): Windows {
		let windows = this.#windows.get(model);
		if (!windows) {
			windows = new Windows();
			this.#windows.set(model, windows);
		}
		windows.minute = windows.minute.filter((use) => use.at > now - this.minuteMs);
		windows.day = windows.day.filter((use) => use.at > now - this.dayMs);
		return windows;
	}

	/** Time until enough of `uses` has left the window for `need` more within `limit`. */
	#waitFor(
		uses: Use[],
		field: 'requests' | 'tokens',
		limit: number,
		need: number,
		span: number,
		now: number
	): number {
		let used = sum(uses, field);
		for (const use of uses) {
			if (used + need <= limit) break;
			used -= use[field];
			if (used + need <= limit) return use.at + span - now;
		}
		return 0;
	}

	/** An error response when `model` may not take this request now, else undefined. */
	check(model: string, promptTokens: number, maxTokens: number): GroqErrorResponse | undefined {
		const now = this.now();
		const limits = this.limits(model);
		const windows = this.#windowsOf(model, now);
		const requested = promptTokens + maxTokens;
		if (requested > limits.tpm) return tooLargeError(model, limits.tpm, requested);
		const reject = (
			window: 'RPM' | 'TPM' | 'RPD' | 'TPD',
			uses: Use[],
			field: 'requests' | 'tokens',
			limit: number,
			need: number,
			span: number
		): GroqErrorResponse => {
			const waitMs = Math.max(1, this.#waitFor(uses, field, limit, need, span, now));
			const response = rateLimitError(
				model,
				window,
				{ limit, used: sum(uses, field), requested: need },
				formatGoDuration(waitMs)
			);
			return { ...response, retryAfterMs: waitMs };
		};
		if (sum(windows.day, 'requests') + 1 > limits.rpd)
			return reject('RPD', windows.day, 'requests', limits.rpd, 1, this.dayMs);
		if (sum(windows.day, 'tokens') + promptTokens > limits.tpd)
			return reject('TPD', windows.day, 'tokens', limits.tpd, promptTokens, this.dayMs);
		if (sum(windows.minute, 'requests') + 1 > limits.rpm)
			return reject('RPM', windows.minute, 'requests', limits.rpm, 1, this.minuteMs);
		if (sum(windows.minute, 'tokens') + requested > limits.tpm)
			return reject('TPM', windows.minute, 'tokens', limits.tpm, requested, this.minuteMs);
		return undefined;
	}

	/** Counts an accepted request: `minuteTokens` against TPM, `dayTokens` against TPD. */
	record(model: string, minuteTokens: number, dayTokens: number, at: number = this.now()): void {
		const windows = this.#windowsOf(model, this.now());
		windows.minute.push({ at, requests: 1, tokens: minuteTokens });
		windows.day.push({ at, requests: 1, tokens: dayTokens });
	}

	/** Budget used elsewhere ("another tab"), counted from now. */
	use(model: string, used: { requests?: number; tokens?: number }): void {
		const now = this.now();
		const windows = this.#windowsOf(model, now);
		const requests = used.requests ?? 0;
		const tokens = used.tokens ?? 0;
		windows.minute.push({ at: now, requests, tokens });
		windows.day.push({ at: now, requests, tokens });
	}

	/** Groq's `x-ratelimit-*` headers for `model` as of now. */
	headers(model: string): Record<string, string> {
		const now = this.now();
		const limits = this.limits(model);
		const windows = this.#windowsOf(model, now);
		const dayRequests = sum(windows.day, 'requests');
		const minuteTokens = sum(windows.minute, 'tokens');
		const oldestDay = windows.day.find((use) => use.requests > 0);
		const newestMinute = windows.minute[windows.minute.length - 1];
		return {
			'x-ratelimit-limit-requests': String(limits.rpd),
			'x-ratelimit-limit-tokens': String(limits.tpm),
			'x-ratelimit-remaining-requests': String(Math.max(0, limits.rpd - dayRequests)),
			'x-ratelimit-remaining-tokens': String(Math.max(0, limits.tpm - minuteTokens)),
			'x-ratelimit-reset-requests': formatGoDuration(
				oldestDay ? oldestDay.at + this.dayMs - now : 0
			),
			// Until the whole minute's budget is back: the newest use leaves the window last.
			'x-ratelimit-reset-tokens': formatGoDuration(
				newestMinute ? newestMinute.at + this.minuteMs - now : 0
			)
		};
	}

	reset(): void {
		this.#windows.clear();
	}
}
