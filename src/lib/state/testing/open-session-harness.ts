/**
 * One open session over in-memory storage, for the OpenSession tests: the repositories record
 * their calls, and the clock and autosave timer are Vitest's fake timers.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { Session } from '$lib/domain';
import type { HistoryRepository } from '$lib/storage/history-repository';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { OpenSession } from '../open-session.svelte';
import type { UndoStacks } from '../undo-history';

/** Undo stacks kept in memory, as IndexedDB would keep them (copies, not shared objects). */
export class MemoryHistoryRepository implements HistoryRepository {
	readonly stored = new Map<string, UndoStacks<Session>>();
	saves = 0;

	async load(sessionId: string): Promise<UndoStacks<Session>> {
		return structuredClone(this.stored.get(sessionId) ?? { past: [], future: [] });
	}

	async save(sessionId: string, stacks: UndoStacks<Session>): Promise<void> {
		this.saves++;
		this.stored.set(sessionId, structuredClone(stacks));
	}
}

export const QUOTA_MESSAGE =
	'Your browser’s storage for this site is full, so the last change was not saved. Export your session as a file, then delete old sessions or clear the response cache in Settings.';
export const AUTOSAVE_MS = 400;
/** Longer than the undo burst, so the next edit is its own undo step. */
export const PAUSE_MS = 1_000;

/** Fake timers and clock for every test of the calling file. */
export function useFakeClock(): void {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 });
	});
	afterEach(() => {
		vi.useRealTimers();
	});
}

export function stored(sessions: MemorySessionRepository, id: string): Session {
	return sessions.records.get(id) as Session;
}

export function saveCalls(sessions: MemorySessionRepository): string[] {
	return sessions.calls.filter((call) => call.startsWith('save'));
}

/** `session` stored and opened, with the repositories' call logs cleared. */
export async function openWith(session: Session) {
	const sessions = new MemorySessionRepository();
	const history = new MemoryHistoryRepository();
	const saved = await sessions.save(session);
	sessions.calls.length = 0;
	const open = new OpenSession({
		sessions,
		history,
		now: () => Date.now(),
		autosaveDelayMs: AUTOSAVE_MS
	});
	await open.load(saved.id);
	return { sessions, history, open, id: saved.id };
}

/** A plain copy of the on-screen session, as the orchestrator passes it to `commit`. */
export function plainCopy(session: Session): Session {
	return JSON.parse(JSON.stringify(session)) as Session;
}
