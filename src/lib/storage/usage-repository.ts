/**
 * How many requests and tokens each model used per day, so a day budget survives a reload and
 * is shared by every tab: changes are applied inside a transaction to whatever is stored, never
 * written over it. Records are validated on read; a damaged one counts as unused.
 */
import { z } from 'zod';
import type { DayUsage, UsageStore } from '$lib/llm/usage-store';
import type { AppDatabase } from './database';

export type { DayUsage };

export const DayUsageSchema = z.object({
	requests: z.number().nonnegative(),
	tokens: z.number().nonnegative()
});

/** The pacer's day counts, as storage keeps them. */
export type UsageRepository = UsageStore;

export function usageId(model: string, day: number): string {
	return `${model}|${day}`;
}

export function readDayUsage(value: unknown): DayUsage {
	const parsed = DayUsageSchema.safeParse(value);
	return parsed.success ? parsed.data : { requests: 0, tokens: 0 };
}

function clamp(usage: DayUsage): DayUsage {
	return { requests: Math.max(0, usage.requests), tokens: Math.max(0, usage.tokens) };
}

export class DexieUsageRepository implements UsageRepository {
	constructor(private readonly database: AppDatabase) {}

	async read(model: string, day: number): Promise<DayUsage> {
		const record = await this.database.usage.get(usageId(model, day));
		return readDayUsage(record?.value);
	}

	update(model: string, day: number, change: (current: DayUsage) => DayUsage): Promise<DayUsage> {
		const id = usageId(model, day);
		return this.database.transaction('rw', this.database.usage, async () => {
			const next = clamp(change(readDayUsage((await this.database.usage.get(id))?.value)));
			await this.database.usage.put({ id, value: next });
			return next;
		});
	}
}
