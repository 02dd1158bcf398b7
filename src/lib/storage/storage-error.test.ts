import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './storage-error';

const FULL =
	'Your browser’s storage for this site is full, so the last change was not saved. Export your session as a file, then delete old sessions or clear the response cache in Settings.';

describe('toStorageError', () => {
	it('tells the user their storage is full for a browser QuotaExceededError', () => {
		const cause = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const error = toStorageError(cause);
		expect(error).toBeInstanceOf(StorageError);
		expect(error.name).toBe('StorageError');
		expect(error.kind).toBe('quota');
		expect(error.message).toBe(FULL);
		expect(error.cause).toBe(cause);
	});

	it('sees a quota error that Dexie wrapped as the inner cause of an aborted transaction', () => {
		const wrapped = new Dexie.AbortError(
			'Transaction aborted',
			new DOMException('full', 'QuotaExceededError')
		);
		expect(toStorageError(wrapped).kind).toBe('quota');
		expect(toStorageError(new Dexie.QuotaExceededError('full')).kind).toBe('quota');
		const twiceWrapped = { name: 'DatabaseClosedError', inner: wrapped };
		expect(toStorageError(twiceWrapped).message).toBe(FULL);
	});

	it('keeps any other failure as "unknown", telling the user their edits are still on screen', () => {
		for (const cause of [new Error('boom'), new Dexie.AbortError('aborted'), 'text', null]) {
			const error = toStorageError(cause);
			expect(error.kind).toBe('unknown');
			expect(error.message).toBe(
				'Saving to this browser’s storage failed. Your edits are still on screen: export the session as a file to keep them.'
			);
		}
	});

	it('passes a StorageError through unchanged, so a conflict stays a conflict', () => {
		const conflict = new StorageError('changed in another tab', 'conflict');
		expect(toStorageError(conflict)).toBe(conflict);
	});
});
