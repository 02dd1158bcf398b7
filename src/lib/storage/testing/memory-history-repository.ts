/** The in-memory twin of DexieHistoryRepository for unit tests. */
import type { Session } from '$lib/domain';
import type { UndoStacks } from '$lib/domain/undo-stacks';
import type { HistoryRepository } from '../history-repository';

export class MemoryHistoryRepository implements HistoryRepository {
	readonly stored = new Map<string, UndoStacks<Session>>();

	async load(sessionId: string): Promise<UndoStacks<Session>> {
		return structuredClone(this.stored.get(sessionId) ?? { past: [], future: [] });
	}

	async save(sessionId: string, stacks: UndoStacks<Session>): Promise<void> {
		this.stored.set(sessionId, structuredClone(stacks));
	}
}
