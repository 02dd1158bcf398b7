/** The in-memory twin of DexieUsageRepository for unit tests; records its calls. */
import { readDayUsage, usageId, type DayUsage, type UsageRepository } from '../usage-repository';

export class MemoryUsageRepository implements UsageRepository {
	readonly records = new Map<string, unknown>();
	readonly calls: string[] = [];

	async read(model: string, day: number): Promise<DayUsage> {
		this.calls.push(`read ${usageId(model, day)}`);
		return readDayUsage(this.records.get(usageId(model, day)));
	}

	async update(
		model: string,
		day: number,
		change: (current: DayUsage) => DayUsage
	): Promise<DayUsage> {
		this.calls.push(`update ${usageId(model, day)}`);
		const current = readDayUsage(this.records.get(usageId(model, day)));
		const next = change(current);
		const clamped = { requests: Math.max(0, next.requests), tokens: Math.max(0, next.tokens) };
		this.records.set(usageId(model, day), clamped);
		return { ...clamped };
	}
}
