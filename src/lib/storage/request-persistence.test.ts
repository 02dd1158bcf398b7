import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './request-persistence';

describe('requestPersistentStorage', () => {
	it('does not ask again when storage is already persistent', async () => {
		const persist = vi.fn(async () => false);
		const state = await requestPersistentStorage({ persisted: async () => true, persist });
		expect(state).toBe('persisted');
		expect(persist).not.toHaveBeenCalled();
	});

	it('asks once and reports the browser’s answer', async () => {
		const granted = vi.fn(async () => true);
		expect(await requestPersistentStorage({ persisted: async () => false, persist: granted })).toBe(
			'persisted'
		);
		expect(granted).toHaveBeenCalledTimes(1);
		expect(
			await requestPersistentStorage({ persisted: async () => false, persist: async () => false })
		).toBe('refused');
	});

	it('asks even when the browser cannot say whether storage is persistent', async () => {
		expect(await requestPersistentStorage({ persist: async () => true })).toBe('persisted');
	});

	it('reports a browser without the API as unsupported', async () => {
		expect(await requestPersistentStorage(undefined)).toBe('unsupported');
		expect(await requestPersistentStorage({})).toBe('unsupported');
	});

	it('treats a failing request as refused rather than crashing the page', async () => {
		const state = await requestPersistentStorage({
			persist: async () => {
				throw new Error('SecurityError');
			}
		});
		expect(state).toBe('refused');
	});
});
