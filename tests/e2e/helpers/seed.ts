/**
 * Puts sessions straight into the app's IndexedDB, for tests that start from a prepared CV.
 * Open any app page first (so the app has created its database), then call this.
 */
import type { Page } from '@playwright/test';
import type { Session } from '../../../src/lib/domain';

export async function seedSessions(page: Page, sessions: Session[]): Promise<void> {
	// The app creates its stores when it first opens the database: wait for that.
	await page
		.getByText(/No sessions yet|Sessions/)
		.first()
		.waitFor();
	await page.waitForFunction(async () => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aicvgen');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const ready = database.objectStoreNames.contains('sessions');
		database.close();
		return ready;
	});
	await page.evaluate(async (records) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aicvgen');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const transaction = database.transaction('sessions', 'readwrite');
			for (const record of records) transaction.objectStore('sessions').put(record);
			transaction.oncomplete = () => resolve();
			transaction.onerror = () => reject(transaction.error);
		});
		database.close();
	}, sessions);
}

/** Reads a stored session back, as the app saved it. */
export async function readStoredSession(page: Page, id: string): Promise<Session | undefined> {
	return page.evaluate(async (sessionId) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aicvgen');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const record = await new Promise<unknown>((resolve, reject) => {
			const request = database.transaction('sessions').objectStore('sessions').get(sessionId);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		database.close();
		return record as Session | undefined;
	}, id);
}
