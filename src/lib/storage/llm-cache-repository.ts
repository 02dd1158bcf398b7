/**
 * Stored LLM answers, keyed by a hash of the request (never the API key). Bounded by entry count
 * and approximate size; the oldest answers go first. What comes back out is only a candidate:
 * the response cache validates it before use.
 */
import type { ResponseCacheStore } from '$lib/llm/response-cache-store';
import type { AppDatabase, CacheRecord } from './database';

/** The response cache's store; `put` evicts the oldest entries beyond the bounds. */
export type LlmCacheRepository = ResponseCacheStore;

export interface CacheBounds {
	maxEntries: number;
	maxBytes: number;
}

export const DEFAULT_CACHE_BOUNDS: CacheBounds = { maxEntries: 500, maxBytes: 20 * 1024 * 1024 };

/** UTF-16 length of the JSON: close enough to what IndexedDB keeps for eviction purposes. */
export function approximateSize(value: unknown): number {
	return JSON.stringify(value)?.length ?? 0;
}

/** Keys to drop, oldest first, until both bounds hold. `records` must be sorted oldest first. */
export function keysToEvict(
	records: ReadonlyArray<Pick<CacheRecord, 'key' | 'size'>>,
	bounds: CacheBounds
): string[] {
	let entries = records.length;
	let bytes = records.reduce((sum, record) => sum + record.size, 0);
	const evicted: string[] = [];
	for (const record of records) {
		if (entries <= bounds.maxEntries && bytes <= bounds.maxBytes) break;
		evicted.push(record.key);
		entries -= 1;
		bytes -= record.size;
	}
	return evicted;
}

export class DexieLlmCacheRepository implements LlmCacheRepository {
	constructor(
		private readonly database: AppDatabase,
		private readonly bounds: CacheBounds = DEFAULT_CACHE_BOUNDS,
		private readonly now: () => number = Date.now
	) {}

	async get(key: string): Promise<unknown> {
		return (await this.database.llmCache.get(key))?.value;
	}

	async put(key: string, value: unknown): Promise<void> {
		const table = this.database.llmCache;
		await this.database.transaction('rw', table, async () => {
			await table.put({ key, createdAt: this.now(), size: approximateSize(value), value });
			const records: Array<Pick<CacheRecord, 'key' | 'size'>> = [];
			await table.orderBy('createdAt').each((record) => {
				records.push({ key: record.key, size: record.size });
			});
			const evicted = keysToEvict(records, this.bounds);
			if (evicted.length > 0) await table.bulkDelete(evicted);
		});
	}

	async clear(): Promise<void> {
		await this.database.llmCache.clear();
	}

	count(): Promise<number> {
		return this.database.llmCache.count();
	}
}
