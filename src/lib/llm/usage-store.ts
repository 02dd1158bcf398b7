/**
 * What the pacer needs to keep day budgets across reloads and tabs: a per-model, per-day count
 * changed atomically. The LLM layer declares it; storage implements it (IndexedDB, or memory).
 */
export interface DayUsage {
	requests: number;
	tokens: number;
}

export interface UsageStore {
	read(model: string, day: number): Promise<DayUsage>;
	/** Applies `change` to the stored figures atomically and returns the result. */
	update(model: string, day: number, change: (current: DayUsage) => DayUsage): Promise<DayUsage>;
}
