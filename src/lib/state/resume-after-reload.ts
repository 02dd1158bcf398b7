/**
 * Reload recovery: while an item is being written, this tab keeps a mark saying which one
 * (see WritingMarkStore). After a reload, that item is written again by itself, as after a lost
 * connection. A tab without the mark (a second tab on the same session, which may see the item
 * "generating" while the first tab writes it) leaves the item for the person.
 */
import type { InFlightItem } from '$lib/pipeline/orchestrator';
import type { NextStep } from '$lib/pipeline/plan-next';
import type { WritingMark } from '$lib/storage/writing-mark-store';

/** The mark for what is in flight now; `undefined` (no request) clears it. */
export function writingMarkFor(
	running: InFlightItem | undefined,
	sessionId: string | undefined
): WritingMark | undefined {
	return running && sessionId ? { sessionId, itemId: running.itemId } : undefined;
}

/**
 * Whether the next step writes again what this tab was writing when it reloaded: the mark
 * names this session and the next item, and loading found that item cut off mid-request
 * (`interrupted`). A cancelled item is stored as not generating, so it never resumes.
 */
export function resumesAfterReload(
	next: NextStep,
	mark: WritingMark | undefined,
	sessionId: string | undefined,
	interrupted: readonly string[]
): boolean {
	return (
		next.kind === 'generate' &&
		mark?.sessionId === sessionId &&
		mark?.itemId === next.item.id &&
		interrupted.includes(next.item.id)
	);
}
