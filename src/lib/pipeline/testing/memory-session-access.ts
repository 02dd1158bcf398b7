import { describeIssues, SessionSchema, type Session } from '$lib/domain';
import type { SessionAccess } from '../orchestrator';

/**
 * SessionAccess over memory, standing in for the open session and IndexedDB. Every commit is
 * validated like a stored record and kept, so tests can check what was saved, in which order,
 * and what a reload would find (`stored`).
 */
export class MemorySessionAccess implements SessionAccess {
	readonly saved: Session[] = [];
	#session: Session;
	#failNext: Error | undefined;

	constructor(session: Session) {
		this.#session = session;
	}

	current(): Session {
		return this.#session;
	}

	/** The last session that reached "storage": what a reload would load. */
	get stored(): Session {
		return this.saved.at(-1) ?? this.#session;
	}

	/** Makes the next commit fail, like a full disk. */
	failNextCommit(error = new Error('The browser refused to save (storage is full).')): void {
		this.#failNext = error;
	}

	async commit(next: Session): Promise<void> {
		await Promise.resolve();
		if (this.#failNext) {
			const error = this.#failNext;
			this.#failNext = undefined;
			throw error;
		}
		const parsed = SessionSchema.safeParse(structuredClone(next));
		if (!parsed.success)
			throw new Error(`Refusing to save an invalid session: ${describeIssues(parsed.error)}`);
		this.saved.push(parsed.data);
		this.#session = next;
	}
}
