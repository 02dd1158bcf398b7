/**
 * The app's one LLM stack (cache → retry → pacer → provider), made on first use and read-through:
 * the provider, key, address and limits are asked for on every call, so a change in Settings
 * applies at once. One for the app, so every page is paced against the same budgets.
 */
import { AnswerBudgets } from '$lib/llm/answer-budget';
import type { LlmClient } from '$lib/llm/llm-client';
import { createLlmStack, type LlmStack, type LlmStackConfig } from '$lib/llm/llm-stack';
import type { ModelLimits } from '$lib/llm/model-limits';
import type { ProviderConnection } from '$lib/llm/provider-connection';
import type { ResponseCacheStore } from '$lib/llm/response-cache-store';
import type { DayUsage, UsageStore } from '$lib/llm/usage-store';
import type { SettingsRepository } from '$lib/storage/settings-repository';

/** The pacer's day: UTC days, as it counts them by default. */
const DAY_MS = 86_400_000;

export interface LlmServiceOptions {
	connection: () => ProviderConnection;
	limits: (model: string) => ModelLimits;
	usage: UsageStore;
	cache: ResponseCacheStore;
	/** Where the learned answer budgets are kept. */
	settings: Pick<SettingsRepository, 'loadAnswerBudgets' | 'saveAnswerBudgets'>;
	/** Extra stack options (a test's clock or time scale). */
	stack?: Partial<LlmStackConfig>;
}

export class LlmService {
	#stack: LlmStack | undefined;
	#budgets: AnswerBudgets | undefined;

	constructor(private readonly options: LlmServiceOptions) {}

	get #layers(): LlmStack {
		const { connection, limits, usage, cache, stack } = this.options;
		this.#stack ??= createLlmStack({ connection, limits, usage, cache, ...stack });
		return this.#stack;
	}

	/** Answer budgets learned from reported usage (one for the app, kept with the settings). */
	answerBudgets(): AnswerBudgets {
		const { settings } = this.options;
		this.#budgets ??= new AnswerBudgets({
			store: {
				load: () => settings.loadAnswerBudgets(),
				save: (record) => settings.saveAnswerBudgets(record)
			}
		});
		return this.#budgets;
	}

	/** The ready-to-use client with the current settings. */
	client(): LlmClient {
		return this.#layers.client;
	}

	/** The models the key may use, asked of the provider directly (not paced, not cached). */
	listModels(): Promise<Array<{ id: string }>> {
		return this.#layers.provider.listModels();
	}

	/** What this device used of `model` today (the pacer's own count, shared by every tab). */
	todayUsage(model: string): Promise<DayUsage> {
		return this.options.usage.read(model, Math.floor(Date.now() / DAY_MS));
	}

	/** Forgets every stored answer: the next generation asks the provider again. */
	clearCache(): Promise<void> {
		return this.options.cache.clear();
	}
}
