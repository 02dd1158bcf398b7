/**
 * The list of sessions on the start page, and the actions on whole sessions: create,
 * duplicate, rename, delete, import from a file, load the example.
 */
import {
	createSession,
	duplicateSession,
	exampleSession,
	parseSessionFile,
	type Profile,
	type Session,
	type SessionSummary
} from '$lib/domain';
import type {
	SessionReadResult,
	SessionRepository,
	UnreadableSession
} from '$lib/storage/session-repository';
import { toStorageError } from '$lib/storage/storage-error';
import type { SessionChangeFeed } from '$lib/storage/session-change-feed';

export type ActionResult = { ok: true; id: string } | { ok: false; message: string };

export class SessionList {
	#sessions = $state<SessionSummary[]>([]);
	#unreadable = $state<UnreadableSession[]>([]);
	#loaded = $state(false);
	#loadError = $state('');

	constructor(
		private readonly repository: SessionRepository,
		private readonly now: () => number = Date.now,
		/** Tells tabs that have a session open when it is renamed or deleted here. */
		private readonly changes?: SessionChangeFeed
	) {}

	get sessions(): SessionSummary[] {
		return this.#sessions;
	}
	get unreadable(): UnreadableSession[] {
		return this.#unreadable;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	get loadError(): string {
		return this.#loadError;
	}

	async refresh(): Promise<void> {
		try {
			const listing = await this.repository.list();
			this.#sessions = listing.sessions;
			this.#unreadable = listing.unreadable;
			this.#loadError = '';
		} catch (error) {
			this.#loadError = `Your sessions could not be read from this browser’s storage. ${toStorageError(error).message}`;
		} finally {
			this.#loaded = true;
		}
	}

	create(name: string): Promise<ActionResult> {
		return this.#store(createSession(name, this.now()));
	}

	/** A new session that starts from a profile the person imported from their CV and reviewed. */
	createWithProfile(name: string, profile: Profile): Promise<ActionResult> {
		return this.#store({ ...createSession(name, this.now()), profile });
	}

	loadExample(): Promise<ActionResult> {
		return this.#store(exampleSession(this.now()));
	}

	async duplicate(id: string): Promise<ActionResult> {
		const source = await this.#read(id);
		if (!source.ok) return { ok: false, message: source.message };
		return this.#store(duplicateSession(source.session, this.now()));
	}

	async rename(id: string, name: string): Promise<ActionResult> {
		const trimmed = name.trim();
		if (trimmed === '') return { ok: false, message: 'A session needs a name.' };
		const source = await this.#read(id);
		if (!source.ok) return { ok: false, message: source.message };
		return this.#store({ ...source.session, name: trimmed.slice(0, 200), updatedAt: this.now() });
	}

	async remove(id: string): Promise<ActionResult> {
		try {
			await this.repository.delete(id);
			this.changes?.announce({ id, revision: 0, deleted: true });
			await this.refresh();
			return { ok: true, id };
		} catch (error) {
			return { ok: false, message: toStorageError(error).message };
		}
	}

	/** Imports an exported session file; a session whose id is taken is imported as a copy. */
	async importFile(text: string): Promise<ActionResult> {
		const parsed = parseSessionFile(text, this.now());
		if (!parsed.ok) return { ok: false, message: parsed.message };
		let session = parsed.value;
		const existing = await this.#read(session.id);
		// Keep the file's id only when surely no record has it: a damaged or unreadable record with
		// that id must not be overwritten without a word.
		const idIsFree = !existing.ok && 'missing' in existing;
		if (!idIsFree) session = duplicateSession(session, this.now(), `${session.name} (imported)`);
		return this.#store({ ...session, revision: 0 });
	}

	/** One stored session as it is (to save it as a file), or why it cannot be read. */
	read(id: string): Promise<SessionReadResult> {
		return this.#read(id);
	}

	/** A read that fails outright (storage blocked or broken) becomes a message, like a bad record. */
	async #read(id: string): Promise<SessionReadResult> {
		try {
			return await this.repository.get(id);
		} catch {
			return {
				ok: false,
				message:
					'This session could not be read from this browser’s storage. Reload the page and try again.'
			};
		}
	}

	async #store(session: Session): Promise<ActionResult> {
		try {
			const saved = await this.repository.save(session);
			this.changes?.announce({ id: saved.id, revision: saved.revision });
			await this.refresh();
			return { ok: true, id: saved.id };
		} catch (error) {
			return { ok: false, message: toStorageError(error).message };
		}
	}
}
