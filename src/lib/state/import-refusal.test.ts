/**
 * A refused import leaves everything as it was: the stored sessions, the list the user sees,
 * and no save attempted. Fed with the fuzzer's broken files, not a hand-picked few.
 */
import { describe, expect, it } from 'vitest';
import { exampleSession, serializeSessionFile, SESSION_FILE_FORMAT } from '$lib/domain';
import { classicHostileFiles, mutatedFiles } from '$lib/domain/testing/json-fuzz';
import { MemorySessionRepository } from '$lib/storage/testing/memory-session-repository';
import { SessionList } from './session-list.svelte';

describe('importing into the session list', () => {
	it('changes nothing stored or shown when a file is refused, and keeps accepted ones', async () => {
		const repository = new MemorySessionRepository();
		const list = new SessionList(repository, () => 2_000);
		const existing = exampleSession(1_000);
		await repository.save(existing);
		await list.refresh();

		const cases = [
			...classicHostileFiles(),
			...mutatedFiles({ format: SESSION_FILE_FORMAT, session: existing }, 150, 99)
		];
		let refused = 0;
		for (const fuzzCase of cases) {
			const storedBefore = structuredClone([...repository.records.entries()]);
			const shownBefore = structuredClone(list.sessions);
			const callsBefore = repository.calls.length;
			const result = await list.importFile(fuzzCase.text);
			if (result.ok) {
				expect(repository.records.has(result.id), fuzzCase.label).toBe(true);
				continue;
			}
			refused += 1;
			expect(result.message.trim(), fuzzCase.label).not.toBe('');
			expect([...repository.records.entries()], fuzzCase.label).toEqual(storedBefore);
			expect(list.sessions, fuzzCase.label).toEqual(shownBefore);
			const calls = repository.calls.slice(callsBefore);
			expect(
				calls.filter((call) => call.startsWith('save') || call.startsWith('delete')),
				fuzzCase.label
			).toEqual([]);
		}
		expect(refused).toBeGreaterThan(50);
		// The file of the session that is already stored comes in as a copy, never over it.
		const copy = await list.importFile(serializeSessionFile(existing));
		expect(copy.ok && copy.id !== existing.id).toBe(true);
		expect(repository.records.get(existing.id)).toMatchObject({ name: existing.name });
	});
});
