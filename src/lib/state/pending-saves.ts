/**
 * Savers that must finish before the page goes away on purpose (e.g. applying an update):
 * each open session registers its flush, and `flushAll` awaits them.
 */
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerPendingSave(flush: Flush): () => void {
	flushes.add(flush);
	return () => flushes.delete(flush);
}

export async function flushAllPendingSaves(): Promise<void> {
	await Promise.allSettled([...flushes].map((flush) => flush()));
}
