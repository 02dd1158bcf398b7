import type { Session, StructuredCv } from '$lib/domain';
import { refreshFindings, type ClaimInspector } from './refresh-findings';
import type { SessionAccess } from './tailoring-contract';

/**
 * Read, change, save the session's CV: one change at a time, each reading the session as the
 * one before it left it, so two quick actions never overwrite each other. A change that returns
 * the same CV saves nothing; changed content gets its unsupported claims refreshed first.
 */
export class SessionSaveQueue {
	readonly #access: SessionAccess;
	readonly #inspect: ClaimInspector | undefined;
	#saves: Promise<unknown> = Promise.resolve();

	constructor(access: SessionAccess, inspect?: ClaimInspector) {
		this.#access = access;
		this.#inspect = inspect;
	}

	/** Resolves with the session as saved; rejects if the save failed (the queue goes on). */
	save(change: (cv: StructuredCv, session: Session) => StructuredCv): Promise<Session> {
		const run = async (): Promise<Session> => {
			const session = this.#access.current();
			const changed = change(session.cv, session);
			if (changed === session.cv) return session;
			const cv = this.#inspect
				? refreshFindings(session.cv, changed, session, this.#inspect)
				: changed;
			const next: Session = { ...session, cv };
			await this.#access.commit(next);
			return next;
		};
		const result = this.#saves.then(run, run);
		this.#saves = result.catch(() => undefined);
		return result;
	}
}
