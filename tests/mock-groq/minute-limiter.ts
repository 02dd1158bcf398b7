/**
 * OpenAI's limits: requests and tokens per MINUTE, and headers that say so. The same header names
 * Groq uses mean other windows here: `x-ratelimit-limit-requests` is a per-minute figure (Groq's
 * is per day), and both resets are the time until the minute's whole budget is back.
 * Windows shrink with `timeScale`; every duration is in real, scaled milliseconds.
 */
import { formatGoDuration } from '../../src/lib/llm/go-duration';
import { openAiRateLimit, type OpenAiErrorResponse } from './openai-errors';

export interface MinuteLimits {
	rpm: number;
	tpm: number;
}

interface Use {
	at: number;
	tokens: number;
}

export class MinuteLimiter {
	readonly minuteMs: number;
	readonly #uses = new Map<string, Use[]>();

	constructor(
		private readonly limits: (model: string) => MinuteLimits,
		timeScale: number,
		private readonly now: () => number = Date.now
	) {
		this.minuteMs = 60_000 / timeScale;
	}

	#usesOf(model: string, now: number): Use[] {
		const uses = (this.#uses.get(model) ?? []).filter((use) => use.at > now - this.minuteMs);
		this.#uses.set(model, uses);
		return uses;
	}

	/** A 429 when `model` may not take a request of `tokens` now, else undefined. */
	check(model: string, tokens: number): OpenAiErrorResponse | undefined {
		const now = this.now();
		const limits = this.limits(model);
		const uses = this.#usesOf(model, now);
		if (uses.length + 1 > limits.rpm) {
			const waitMs = Math.max(1, (uses[uses.length - limits.rpm]?.at ?? now) + this.minuteMs - now);
			const figures = { limit: limits.rpm, used: uses.length, requested: 1 };
			return openAiRateLimit(model, 'RPM', figures, formatGoDuration(waitMs), waitMs);
		}
		const used = uses.reduce((sum, use) => sum + use.tokens, 0);
		if (used + tokens > limits.tpm) {
			let left = used;
			const freeing = uses.find((use) => (left -= use.tokens) + tokens <= limits.tpm);
			const waitMs = Math.max(1, (freeing?.at ?? now) + this.minuteMs - now);
			const figures = { limit: limits.tpm, used, requested: tokens };
			return openAiRateLimit(model, 'TPM', figures, formatGoDuration(waitMs), waitMs);
		}
		return undefined;
	}

	/** Counts an accepted request of `tokens`. */
	record(model: string, tokens: number): void {
		const now = this.now();
		this.#usesOf(model, now).push({ at: now, tokens });
	}

	/** Budget used elsewhere (another tab, another app with the same key), counted from now. */
	use(model: string, used: { requests?: number; tokens?: number }): void {
		const now = this.now();
		const uses = this.#usesOf(model, now);
		const requests = Math.max(1, used.requests ?? 0);
		for (let index = 0; index < requests; index++)
			uses.push({ at: now, tokens: index === 0 ? (used.tokens ?? 0) : 0 });
	}

	/** OpenAI's `x-ratelimit-*` headers for `model` as of now. */
	headers(model: string): Record<string, string> {
		const now = this.now();
		const limits = this.limits(model);
		const uses = this.#usesOf(model, now);
		const tokens = uses.reduce((sum, use) => sum + use.tokens, 0);
		const newest = uses[uses.length - 1];
		const reset = formatGoDuration(newest ? newest.at + this.minuteMs - now : 0);
		return {
			'x-ratelimit-limit-requests': String(limits.rpm),
			'x-ratelimit-limit-tokens': String(limits.tpm),
			'x-ratelimit-remaining-requests': String(Math.max(0, limits.rpm - uses.length)),
			'x-ratelimit-remaining-tokens': String(Math.max(0, limits.tpm - tokens)),
			'x-ratelimit-reset-requests': reset,
			'x-ratelimit-reset-tokens': reset
		};
	}

	reset(): void {
		this.#uses.clear();
	}
}
