import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { TailoringActionError } from './orchestrator';
import { acceptNext, setup } from './testing/orchestrator-harness';

describe('TailoringOrchestrator: versions and feedback', () => {
	it('regenerates with feedback: the feedback and the current version go into the next prompt', async () => {
		const { orchestrator, llm, item, settings } = setup();
		// The one-bullet answer below is what the person asked for, not a short one.
		settings.rules.minRoleBullets = 1;
		await acceptNext(orchestrator);
		await orchestrator.generateNext();
		const role = item('role', 0);
		const firstContent = role.content;
		llm.respondWith(() =>
			JSON.stringify({ summary: '', bullets: ['Moved 140 batch jobs to Airflow on AWS'] })
		);

		expect(await orchestrator.regenerate(role.id, 'Shorter, and stress the migration')).toEqual({
			kind: 'generated',
			itemId: role.id
		});
		const call = llm.calls.at(-1)!;
		expect(llm.userPrompt(-1)).toContain('Shorter, and stress the migration');
		expect(llm.userPrompt(-1)).toContain(firstContent.bullets[0]);
		expect(call.options.bypassCache).toBe(false);

		const regenerated = item('role', 0);
		expect(regenerated.status).toBe('to_review');
		expect(regenerated.content.bullets).toEqual(['Moved 140 batch jobs to Airflow on AWS']);
		expect(regenerated.versions.map((version) => [version.origin, version.feedback])).toEqual([
			['generated', ''],
			['generated', 'Shorter, and stress the migration']
		]);

		await orchestrator.regenerate(role.id);
		expect(llm.calls.at(-1)!.options.bypassCache).toBe(true);
		expect(llm.userPrompt(-1)).not.toContain('<feedback>');
	});

	it('keeps content that was never versioned before regenerating over it', async () => {
		const base = exampleSession(0);
		const { orchestrator, item, access } = setup(base);
		await acceptNext(orchestrator);
		const role = item('role', 0);
		const imported = { text: '', bullets: ['Written by hand in an imported file'] };
		const session = access.current();
		await access.commit({
			...session,
			cv: {
				sections: session.cv.sections.map((section) => ({
					...section,
					items: section.items.map((entry) =>
						entry.id === role.id ? { ...entry, content: imported } : entry
					)
				}))
			}
		});
		await orchestrator.regenerate(role.id, 'tailor it');
		expect(item('role', 0).versions.map((version) => version.content)).toContainEqual(imported);
	});

	it('restores an earlier version, sending an accepted item back to review', async () => {
		const { orchestrator, llm, item } = setup();
		await acceptNext(orchestrator, 2);
		const role = item('role', 0);
		const original = role.content;
		llm.respondWith(() => JSON.stringify({ summary: '', bullets: ['A newer take'] }));
		await orchestrator.regenerate(role.id, 'different angle');
		await orchestrator.accept(role.id);

		await orchestrator.restoreVersion(role.id, 0);
		expect(item('role', 0)).toMatchObject({ status: 'to_review', content: original });
		expect(item('role', 0).versions).toHaveLength(2);
		await expect(orchestrator.restoreVersion(role.id, 7)).rejects.toBeInstanceOf(
			TailoringActionError
		);
	});

	it("accepting edited content keeps an 'edited' version and later prompts use the edit", async () => {
		const { orchestrator, llm, item } = setup();
		await orchestrator.generateNext();
		const keyQualifications = item('key_qualifications');
		await orchestrator.edit(keyQualifications.id, {
			text: '',
			bullets: ['Kafka at scale', 'Typo']
		});
		await orchestrator.accept(keyQualifications.id, {
			text: '',
			bullets: ['Kafka at scale', 'Team leadership']
		});
		const accepted = item('key_qualifications');
		expect(accepted.status).toBe('accepted');
		expect(accepted.versions.map((version) => version.origin)).toEqual(['generated', 'edited']);
		expect(accepted.versions.at(-1)!.content.bullets).toEqual([
			'Kafka at scale',
			'Team leadership'
		]);
		await orchestrator.generateNext();
		expect(llm.userPrompt(-1)).toContain('- Kafka at scale\n- Team leadership');
		await expect(orchestrator.accept(item('executive_summary').id)).rejects.toThrow(
			/nothing to accept/
		);
	});
});
