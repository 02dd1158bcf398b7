/**
 * Which item this tab was writing, kept in `sessionStorage`: it survives a reload of the tab and
 * nothing else. After a reload, the tailoring flow resumes that item by itself; a second tab
 * opened on the same session (which may find the item "generating" while the first tab writes
 * it) has no mark and leaves the item alone, as does a tab opened after the first was closed.
 */
import { z } from 'zod';

const WritingMarkSchema = z.object({ sessionId: z.string(), itemId: z.string() });
export type WritingMark = z.infer<typeof WritingMarkSchema>;

export interface WritingMarkStore {
	read(): WritingMark | undefined;
	/** `undefined` clears the mark (the request ended, or was cancelled). */
	write(mark: WritingMark | undefined): void;
}

const NAME = 'aicvgen.writingItem';

export class SessionStorageWritingMark implements WritingMarkStore {
	read(): WritingMark | undefined {
		try {
			const parsed = WritingMarkSchema.safeParse(
				JSON.parse(sessionStorage.getItem(NAME) ?? 'null')
			);
			return parsed.success ? parsed.data : undefined;
		} catch {
			return undefined;
		}
	}

	write(mark: WritingMark | undefined): void {
		try {
			if (mark) sessionStorage.setItem(NAME, JSON.stringify(mark));
			else sessionStorage.removeItem(NAME);
		} catch {
			// Without the mark a reload waits for Continue, as before: nothing is lost.
		}
	}
}

/** One tab's mark in memory, for tests: share an instance between "page loads" of one tab. */
export class MemoryWritingMark implements WritingMarkStore {
	mark: WritingMark | undefined;
	read(): WritingMark | undefined {
		return this.mark;
	}
	write(mark: WritingMark | undefined): void {
		this.mark = mark;
	}
}
