/** The in-memory twin of DexieSessionRepository for unit tests; records its calls. */
import { summarizeSession, type Session } from '$lib/domain';
import {
	checkExpectedRevision,
	readSessionRecord,
	type SessionListing,
	type SessionReadResult,
	type SessionRepository
} from '../session-repository';

export class MemorySessionRepository implements SessionRepository {
	readonly records = new Map<string, unknown>();
	readonly calls: string[] = [];
	/** Set to make the next save fail (e.g. with a QuotaExceededError). */
	failNextSave: unknown;

	async list(): Promise<SessionListing> {
		this.calls.push('list');
		const listing: SessionListing = { sessions: [], unreadable: [] };
		for (const [id, record] of this.records) {
			const result = readSessionRecord(record);
			if (result.ok) listing.sessions.push(summarizeSession(result.session));
			else listing.unreadable.push({ id, message: result.message });
		}
		listing.sessions.sort((a, b) => b.updatedAt - a.updatedAt);
		return listing;
	}

	async get(id: string): Promise<SessionReadResult> {
		this.calls.push(`get ${id}`);
		const record = this.records.get(id);
		if (record === undefined)
			return { ok: false, missing: true, message: 'This session does not exist.' };
		return readSessionRecord(structuredClone(record));
	}

	async save(session: Session, options: { expectedRevision?: number } = {}): Promise<Session> {
		this.calls.push(`save ${session.id}`);
		if (this.failNextSave !== undefined) {
			const error = this.failNextSave;
			this.failNextSave = undefined;
			throw error;
		}
		const stored = this.records.get(session.id) as Session | undefined;
		checkExpectedRevision(stored?.revision, options.expectedRevision);
		const next = {
			...structuredClone(session),
			revision: (stored?.revision ?? session.revision) + 1
		};
		this.records.set(session.id, next);
		return structuredClone(next);
	}

	async delete(id: string): Promise<void> {
		this.calls.push(`delete ${id}`);
		this.records.delete(id);
	}

	summaries() {
		return [...this.records.values()].map((record) => summarizeSession(record as Session));
	}
}
