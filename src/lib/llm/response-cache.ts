/**
 * Answers a request it has seen before from storage, without touching the pacer or the network.
 * Only successful answers are stored, without rate-limit details (they describe a moment, not
 * the answer). A stored answer that no longer reads as one is treated as a miss.
 */
import { z } from 'zod';
import { cacheKey } from './cache-key';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { isLlmError } from './llm-error';
import type { ResponseCacheStore } from './response-cache-store';

const CachedResultSchema = z.object({
	text: z.string(),
	reasoning: z.string().optional(),
	usage: z.object({
		promptTokens: z.number(),
		completionTokens: z.number(),
		totalTokens: z.number()
	}),
	model: z.string(),
	finishReason: z.string().optional()
});

export class CachingClient implements LlmClient {
	constructor(
		private readonly inner: LlmClient,
		private readonly store: ResponseCacheStore,
		/** Who answers (provider and address): the same request to another model server is another answer. */
		private readonly scope: () => string = () => ''
	) {}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const key = await cacheKey(request, this.scope());
		if (!options.bypassCache) {
			const stored = await this.store.get(key).catch(() => undefined);
			const parsed = CachedResultSchema.safeParse(stored);
			if (parsed.success) {
				options.onActivity?.({ state: 'done', fromCache: true });
				return { ...parsed.data, fromCache: true };
			}
		}
		let result: LlmResult;
		try {
			result = await this.inner.complete(request, options);
		} catch (error) {
			options.onActivity?.({
				state: 'failed',
				message: isLlmError(error) ? error.message : 'The request failed.'
			});
			throw error;
		}
		const { text, reasoning, usage, model, finishReason } = result;
		// A cache that cannot be written (full disk) must not cost the user the answer.
		await this.store
			.put(key, CachedResultSchema.parse({ text, reasoning, usage, model, finishReason }))
			.catch(() => undefined);
		options.onActivity?.({ state: 'done', fromCache: false });
		return result;
	}

	clear(): Promise<void> {
		return this.store.clear();
	}
}
