/** The in-memory twin of DexieLlmCacheRepository for unit tests; records its calls. */
import {
	approximateSize,
	DEFAULT_CACHE_BOUNDS,
	keysToEvict,
	type CacheBounds,
	type LlmCacheRepository
} from '../llm-cache-repository';

export class MemoryLlmCacheRepository implements LlmCacheRepository {
	readonly records = new Map<string, { value: unknown; size: number; createdAt: number }>();
	readonly calls: string[] = [];
	#tick = 0;

	constructor(private readonly bounds: CacheBounds = DEFAULT_CACHE_BOUNDS) {}

	async get(key: string): Promise<unknown> {
		this.calls.push(`get ${key}`);
		return structuredClone(this.records.get(key)?.value);
	}

	async put(key: string, value: unknown): Promise<void> {
		this.calls.push(`put ${key}`);
		this.records.set(key, {
			value: structuredClone(value),
			size: approximateSize(value),
			createdAt: (this.#tick += 1)
		});
		const oldestFirst = [...this.records.entries()]
			.sort(([, a], [, b]) => a.createdAt - b.createdAt)
			.map(([recordKey, record]) => ({ key: recordKey, size: record.size }));
		for (const evicted of keysToEvict(oldestFirst, this.bounds)) this.records.delete(evicted);
	}

	async clear(): Promise<void> {
		this.calls.push('clear');
		this.records.clear();
	}

	async count(): Promise<number> {
		return this.records.size;
	}
}
