/**
 * Browsers may evict IndexedDB under storage pressure unless the site is granted persistent
 * storage. We ask once; when refused, the UI tells the user to keep exported copies.
 */
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

export interface StorageManagerLike {
	persisted?: () => Promise<boolean>;
	persist?: () => Promise<boolean>;
}

export async function requestPersistentStorage(
	storage: StorageManagerLike | undefined = globalThis.navigator?.storage
): Promise<PersistenceState> {
	if (!storage?.persist) return 'unsupported';
	try {
		if (storage.persisted && (await storage.persisted())) return 'persisted';
		return (await storage.persist()) ? 'persisted' : 'refused';
	} catch {
		return 'refused';
	}
}
