/**
 * Where sessions are kept. The Dexie implementation stores them in IndexedDB; the in-memory
 * twin (testing/) serves unit tests. Every record read back goes through SessionSchema, so one
 * corrupt record is reported by id and the others still open.
 */
import {
	describeIssues,
	SessionSchema,
	summarizeSession,
	type Session,
	type SessionSummary
} from '$lib/domain';
import type { AppDatabase } from './database';
import { StorageError, toStorageError } from './storage-error';

export interface UnreadableSession {
	id: string;
	message: string;
}

export interface SessionListing {
	sessions: SessionSummary[];
	unreadable: UnreadableSession[];
}

export type SessionReadResult =
	| { ok: true; session: Session }
	| { ok: false; message: string }
	| { ok: false; missing: true; message: string };

export interface SessionRepository {
	list(): Promise<SessionListing>;
	get(id: string): Promise<SessionReadResult>;
	/**
	 * Saves and returns the session with its revision incremented. When `expectedRevision` is
	 * given and the stored record has moved on (another tab saved), throws a StorageError of kind
	 * "conflict" instead of overwriting it.
	 */
	save(session: Session, options?: { expectedRevision?: number }): Promise<Session>;
	delete(id: string): Promise<void>;
}

export function readSessionRecord(record: unknown): SessionReadResult {
	const parsed = SessionSchema.safeParse(record);
	if (parsed.success) return { ok: true, session: parsed.data };
	return {
		ok: false,
		message: `This session is damaged and cannot be opened:\n${describeIssues(parsed.error)}`
	};
}

function recordId(record: unknown): string {
	const id = (record as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : '(unknown)';
}

export function deletedError(): StorageError {
	return new StorageError(
		'This session was deleted in another tab or window, so your change was not saved. Keep it to save it again, or export it.',
		'deleted'
	);
}

/**
 * The save rules both repositories share: a session known at a revision must still be stored
 * at that revision (else another tab saved it), and must still exist (else it was deleted).
 */
export function checkExpectedRevision(
	storedRevision: number | undefined,
	expectedRevision: number | undefined
): void {
	if (expectedRevision === undefined) return;
	if (storedRevision === undefined) {
		if (expectedRevision > 0) throw deletedError();
		return;
	}
	if (storedRevision !== expectedRevision) throw conflictError();
}

export function conflictError(): StorageError {
	return new StorageError(
		'This session was changed in another tab or window. Reload to see the latest version; your last change here was not saved over it.',
		'conflict'
	);
}

export class DexieSessionRepository implements SessionRepository {
	constructor(private readonly database: AppDatabase) {}

	async list(): Promise<SessionListing> {
		const records = await this.database.sessions.toArray();
		const listing: SessionListing = { sessions: [], unreadable: [] };
		for (const record of records) {
			const result = readSessionRecord(record);
			if (result.ok) listing.sessions.push(summarizeSession(result.session));
			else listing.unreadable.push({ id: recordId(record), message: result.message });
		}
		listing.sessions.sort((a, b) => b.updatedAt - a.updatedAt);
		return listing;
	}

	async get(id: string): Promise<SessionReadResult> {
		const record = await this.database.sessions.get(id);
		if (record === undefined)
			return {
				ok: false,
				missing: true,
				message: 'This session does not exist (it may have been deleted).'
			};
		return readSessionRecord(record);
	}

	async save(session: Session, options: { expectedRevision?: number } = {}): Promise<Session> {
		try {
			return await this.database.transaction('rw', this.database.sessions, async () => {
				const stored = (await this.database.sessions.get(session.id)) as
					{ revision?: unknown } | undefined;
				const storedRevision = typeof stored?.revision === 'number' ? stored.revision : undefined;
				checkExpectedRevision(storedRevision, options.expectedRevision);
				const next: Session = { ...session, revision: (storedRevision ?? session.revision) + 1 };
				await this.database.sessions.put(next);
				return next;
			});
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async delete(id: string): Promise<void> {
		await this.database.transaction(
			'rw',
			this.database.sessions,
			this.database.history,
			async () => {
				await this.database.sessions.delete(id);
				await this.database.history.delete(id);
			}
		);
	}
}
