/**
 * Puts the layers together in the one order that works: cache → retry → pacer → provider. A cache
 * hit never waits for the pacer; every retry is paced like a first attempt; only one layer
 * retries.
 */
import type { Clock } from './clock';
import type { GroqLlmClient } from './groq-client';
import type { LlmClient } from './llm-client';
import type { ModelLimits } from './model-limits';
import { Pacer } from './pacer';
import { ProviderClient, type ProviderClientOptions } from './provider-client';
import { CachingClient } from './response-cache';
import type { ResponseCacheStore } from './response-cache-store';
import { RetryingClient, type RetryOptions } from './retry';
import type { UsageStore } from './usage-store';

export interface LlmStackConfig extends ProviderClientOptions {
	limits: (model: string) => ModelLimits;
	usage?: UsageStore;
	/** Without one, answers are not cached (benchmarks, tests of the live path). */
	cache?: ResponseCacheStore;
	clock?: Clock;
	minuteMs?: number;
	dayMs?: number;
	maxDayWaitMs?: number;
	retry?: Omit<RetryOptions, 'clock'>;
}

export interface LlmStack {
	client: LlmClient;
	/** The bottom layer, for what is not a completion (listing models to test a connection). */
	provider: ProviderClient;
	/** Groq's own client (benchmarks list its models directly). */
	groq: GroqLlmClient;
	clearCache(): Promise<void>;
}

export function createLlmStack(config: LlmStackConfig): LlmStack {
	const provider = new ProviderClient(config);
	const paced = new Pacer(provider, {
		limits: config.limits,
		clock: config.clock,
		usage: config.usage,
		provider: () => provider.name(),
		minuteMs: config.minuteMs,
		dayMs: config.dayMs,
		maxDayWaitMs: config.maxDayWaitMs
	});
	const retrying = new RetryingClient(paced, {
		...config.retry,
		clock: config.clock,
		provider: () => provider.name()
	});
	const cached = config.cache
		? new CachingClient(retrying, config.cache, () => provider.scope())
		: undefined;
	return {
		client: cached ?? retrying,
		provider,
		groq: provider.groq,
		clearCache: () => cached?.clear() ?? Promise.resolve()
	};
}
