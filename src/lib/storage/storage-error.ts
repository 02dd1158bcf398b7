/**
 * Failures of the device's storage, in words a user can act on. A full disk (QuotaExceededError)
 * is the one users can fix themselves, so it gets its own message.
 */
export class StorageError extends Error {
	override name = 'StorageError';
	constructor(
		message: string,
		readonly kind: 'quota' | 'unavailable' | 'conflict' | 'deleted' | 'unknown',
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const name = (error as { name?: unknown }).name;
	const inner = (error as { inner?: unknown }).inner;
	return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	if (isQuotaError(error)) {
		return new StorageError(
			'Your browser’s storage for this site is full, so the last change was not saved. Export your session as a file, then delete old sessions or clear the response cache in Settings.',
			'quota',
			{ cause: error }
		);
	}
	return new StorageError(
		'Saving to this browser’s storage failed. Your edits are still on screen: export the session as a file to keep them.',
		'unknown',
		{ cause: error }
	);
}
