/**
 * Puts the layers together in the one order that works: cache → retry → pacer → Groq. A cache
 * hit never waits for the pacer; every retry is paced like a first attempt; only one layer
 * retries.
 */
import type { Clock } from './clock';
import { GroqLlmClient, type GroqClientOptions } from './groq-client';
import type { LlmClient } from './llm-client';
import type { ModelLimits } from './model-limits';
import { Pacer } from './pacer';
import { CachingClient } from './response-cache';
import type { ResponseCacheStore } from './response-cache-store';
import { RetryingClient, type RetryOptions } from './retry';
import type { UsageStore } from './usage-store';

export interface LlmStackConfig extends GroqClientOptions {
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
	/** The bottom layer, for what is not a completion (listing models to test a key). */
	groq: GroqLlmClient;
	clearCache(): Promise<void>;
}

export function createLlmStack(config: LlmStackConfig): LlmStack {
	const groq = new GroqLlmClient(config);
	const paced = new Pacer(groq, {
		limits: config.limits,
		clock: config.clock,
		usage: config.usage,
		minuteMs: config.minuteMs,
		dayMs: config.dayMs,
		maxDayWaitMs: config.maxDayWaitMs
	});
	const retrying = new RetryingClient(paced, { ...config.retry, clock: config.clock });
	const cached = config.cache ? new CachingClient(retrying, config.cache) : undefined;
	return {
		client: cached ?? retrying,
		groq,
		clearCache: () => cached?.clear() ?? Promise.resolve()
	};
}
