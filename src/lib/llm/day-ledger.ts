import type { DayUsage, UsageStore } from './usage-store';

const NOTHING: DayUsage = { requests: 0, tokens: 0 };

/**
 * One model's requests and tokens for the day: read once per day from the usage store (or kept
 * in memory without one), changed here at once and written through in order. Other tabs add to
 * the same stored record, so their higher figures are adopted as each write returns.
 */
export class DayLedger {
	readonly #model: string;
	readonly #dayMs: number;
	readonly #store: UsageStore | undefined;
	#day: { key: number; usage: DayUsage } | undefined;
	#persistence: Promise<unknown> = Promise.resolve();

	constructor(model: string, dayMs: number, store?: UsageStore) {
		this.#model = model;
		this.#dayMs = dayMs;
		this.#store = store;
	}

	key(now: number): number {
		return Math.floor(now / this.#dayMs);
	}

	/** When the day after `now`'s begins. */
	nextDayStart(now: number): number {
		return (this.key(now) + 1) * this.#dayMs;
	}

	/** The figures of the day last loaded. */
	get usage(): DayUsage {
		return this.#day?.usage ?? NOTHING;
	}

	/** The figures of day `key`, if it is the one loaded (else nothing is known: zero). */
	usageOn(key: number): DayUsage {
		return this.#day?.key === key ? this.#day.usage : NOTHING;
	}

	/** Reads `now`'s day from the store when it is not the one loaded; a failed read counts zero. */
	async load(now: number): Promise<void> {
		const key = this.key(now);
		if (this.#day?.key === key) return;
		const usage = this.#store
			? await this.#store.read(this.#model, key).catch(() => ({ ...NOTHING }))
			: { ...NOTHING };
		if (this.#day?.key !== key) this.#day = { key, usage };
	}

	/** Records a change to the day's figures here at once and in storage in order. */
	change(day: number, delta: DayUsage): void {
		if (this.#day?.key === day) {
			this.#day.usage = {
				requests: Math.max(0, this.#day.usage.requests + delta.requests),
				tokens: Math.max(0, this.#day.usage.tokens + delta.tokens)
			};
		}
		const store = this.#store;
		if (!store) return;
		this.#persistence = this.#persistence
			.then(() =>
				store.update(this.#model, day, (current) => ({
					requests: current.requests + delta.requests,
					tokens: current.tokens + delta.tokens
				}))
			)
			.then((stored) => {
				// Other tabs add to the same record: adopt their figures when they are higher.
				if (this.#day?.key === day) {
					this.#day.usage = {
						requests: Math.max(this.#day.usage.requests, stored.requests),
						tokens: Math.max(this.#day.usage.tokens, stored.tokens)
					};
				}
			})
			// Losing a counter update only makes the day estimate optimistic; Groq still enforces.
			.catch(() => undefined);
	}
}
