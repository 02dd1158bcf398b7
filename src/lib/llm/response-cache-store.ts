/**
 * Where the response cache keeps answers, keyed by a hash of the request (never the API key).
 * The LLM layer declares it; storage implements it. What comes back is only a candidate: the
 * response cache validates it before use.
 */
export interface ResponseCacheStore {
	get(key: string): Promise<unknown>;
	/** Stores `value`; the store may evict older entries to stay within its bounds. */
	put(key: string, value: unknown): Promise<void>;
	clear(): Promise<void>;
	count(): Promise<number>;
}
