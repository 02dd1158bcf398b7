/**
 * Per-session undo/redo stacks, so undo still works after a reload. Snapshots are validated on
 * read; a damaged one is dropped (history is a convenience, the session itself is the truth).
 */
import { SessionSchema, type Session } from '$lib/domain';
import type { UndoStacks } from '$lib/domain/undo-stacks';
import type { AppDatabase } from './database';

export interface HistoryRepository {
	load(sessionId: string): Promise<UndoStacks<Session>>;
	save(sessionId: string, stacks: UndoStacks<Session>): Promise<void>;
}

function validSnapshots(snapshots: unknown): Session[] {
	if (!Array.isArray(snapshots)) return [];
	return snapshots.flatMap((snapshot) => {
		const parsed = SessionSchema.safeParse(snapshot);
		return parsed.success ? [parsed.data] : [];
	});
}

export class DexieHistoryRepository implements HistoryRepository {
	constructor(private readonly database: AppDatabase) {}

	async load(sessionId: string): Promise<UndoStacks<Session>> {
		const record = await this.database.history.get(sessionId);
		return { past: validSnapshots(record?.past), future: validSnapshots(record?.future) };
	}

	async save(sessionId: string, stacks: UndoStacks<Session>): Promise<void> {
		await this.database.history.put({ sessionId, past: stacks.past, future: stacks.future });
	}
}
