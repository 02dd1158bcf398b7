/**
 * How many completion tokens to ask for (`max_completion_tokens`), per step and model. Groq
 * counts the requested maximum against the minute's token budget when it admits a request, and
 * the pacer holds it for the minute: asking for 2,000 tokens when answers use 300 let three
 * requests a minute through at 8,000 TPM. So each step asks for what its answers need.
 *
 * A step starts from a default sized for what its prompt asks (ten short phrases, a role's
 * bullets…) plus room for thinking on a model that reasons (its reasoning is billed as
 * completion tokens). Once answers come back, the budget follows them: a high percentile of the
 * recent `completion_tokens` Groq reported for that step, model and effort, times a safety
 * factor. An answer cut off at the budget counts as a sample of at least that size, so the
 * budget grows after one. Samples are kept in a store (IndexedDB with the settings in the app);
 * losing them only costs the defaults again.
 */
import { z } from 'zod';
import { thinksBeforeAnswering, type ReasoningEffort } from './reasoning';

export const BUDGET_STEPS = [
	'key_qualifications',
	'role',
	'project',
	'executive_summary',
	'cover_letter',
	'cleaning'
] as const;
export type BudgetStep = (typeof BUDGET_STEPS)[number];

export interface BudgetKey {
	step: BudgetStep;
	model: string;
	/** The effort the model runs at (Groq's default when the model takes no effort). */
	effort: ReasoningEffort;
}

/**
 * Tokens for the answer itself: what each prompt asks for at its longest, in JSON, with some
 * margin (ten phrases of at most 80 characters; up to six bullets of 200 characters and a
 * summary line; up to three project bullets; a paragraph of at most 700 characters; a cover
 * letter of up to about 520 words (400 asked, +30 %); the cleaner restates a draft of any step).
 */
export const ANSWER_ROOM: Readonly<Record<BudgetStep, number>> = {
	key_qualifications: 350,
	role: 450,
	project: 300,
	executive_summary: 300,
	cover_letter: 900,
	cleaning: 450
};

/**
 * Tokens a reasoning model may think for before it answers, by effort: about three times what
 * it usually spends on such a short task, so that only the rare long thinker is cut off before
 * the budget has answers to learn from.
 */
export const THINKING_ROOM: Readonly<Record<ReasoningEffort, number>> = {
	low: 500,
	medium: 1_500,
	high: 4_000
};

export const MIN_BUDGET = 128;
export const MAX_BUDGET = 32_000;

export const AnswerBudgetRecordSchema = z.object({
	/** Recent completion token counts, newest last, by `step|model|effort`. */
	samples: z.record(z.string(), z.array(z.number().int().nonnegative()).max(100))
});
export type AnswerBudgetRecord = z.infer<typeof AnswerBudgetRecordSchema>;

/** Where learned samples live between visits; the app passes its settings storage. */
export interface AnswerBudgetStore {
	load(): Promise<unknown>;
	save(record: AnswerBudgetRecord): Promise<void>;
}

export interface AnswerBudgetOptions {
	store?: AnswerBudgetStore;
	/** How many recent answers per key are remembered. */
	window?: number;
	/** Which of them sets the budget (0.95: all but the longest one in twenty). */
	percentile?: number;
	/** Headroom over that answer, for the call that thinks longer than any seen so far. */
	factor?: number;
	/** Below this many samples the default still stands as a floor. */
	minSamples?: number;
}

export function defaultBudget(key: BudgetKey): number {
	return ANSWER_ROOM[key.step] + (thinksBeforeAnswering(key.model) ? THINKING_ROOM[key.effort] : 0);
}

/** Nearest-rank percentile of a non-empty list. */
function percentileOf(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
	return sorted[rank - 1] as number;
}

function keyOf(key: BudgetKey): string {
	return `${key.step}|${key.model}|${key.effort}`;
}

export class AnswerBudgets {
	readonly #store: AnswerBudgetStore | undefined;
	readonly #window: number;
	readonly #percentile: number;
	readonly #factor: number;
	readonly #minSamples: number;
	#samples = new Map<string, number[]>();
	#loading: Promise<void> | undefined;
	#saving: Promise<unknown> = Promise.resolve();

	constructor(options: AnswerBudgetOptions = {}) {
		this.#store = options.store;
		this.#window = options.window ?? 20;
		this.#percentile = options.percentile ?? 0.95;
		this.#factor = options.factor ?? 1.5;
		this.#minSamples = options.minSamples ?? 5;
	}

	/** Reads the stored samples once; a damaged or unreadable record starts from the defaults. */
	load(): Promise<void> {
		this.#loading ??= (async () => {
			const stored = await this.#store?.load().catch(() => undefined);
			const parsed = AnswerBudgetRecordSchema.safeParse(stored);
			if (!parsed.success) return;
			for (const [key, samples] of Object.entries(parsed.data.samples)) {
				// Samples recorded meanwhile (before the read finished) are newer: they go last.
				const recent = this.#samples.get(key) ?? [];
				this.#samples.set(key, [...samples, ...recent].slice(-this.#window));
			}
		})();
		return this.#loading;
	}

	/** The `max_completion_tokens` to ask for now. */
	budgetFor(key: BudgetKey): number {
		const samples = this.#samples.get(keyOf(key)) ?? [];
		const fallback = defaultBudget(key);
		if (samples.length === 0) return fallback;
		const learned = Math.ceil(percentileOf(samples, this.#percentile) * this.#factor);
		const floor = samples.length < this.#minSamples ? fallback : MIN_BUDGET;
		return Math.min(MAX_BUDGET, Math.max(floor, learned));
	}

	/** A whole answer: Groq's `completion_tokens` for it (reasoning included). */
	record(key: BudgetKey, completionTokens: number): void {
		if (!Number.isFinite(completionTokens) || completionTokens <= 0) return;
		this.#add(key, Math.round(completionTokens));
	}

	/** An answer cut off at `budget`: it needed at least that much, so the budget grows. */
	recordCutOff(key: BudgetKey, budget: number): void {
		this.#add(key, Math.round(budget));
	}

	snapshot(): AnswerBudgetRecord {
		return {
			samples: Object.fromEntries([...this.#samples].map(([key, list]) => [key, [...list]]))
		};
	}

	#add(key: BudgetKey, tokens: number): void {
		const name = keyOf(key);
		this.#samples.set(name, [...(this.#samples.get(name) ?? []), tokens].slice(-this.#window));
		const store = this.#store;
		if (!store) return;
		// In order, after the first read (so stored samples are kept); a lost write only costs
		// some learning.
		this.#saving = this.#saving
			.then(() => this.load())
			.then(() => store.save(this.snapshot()))
			.catch(() => undefined);
	}

	/** Resolves once every change so far was handed to the store (tests, page unload). */
	flush(): Promise<void> {
		return this.#saving.then(() => undefined);
	}
}
