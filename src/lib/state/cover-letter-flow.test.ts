/**
 * The cover letter through the orchestrator with the app's claim inspector: written only on
 * request, reviewed like any item (regenerate with feedback, versions), its findings computed on
 * every version with the person's points as sources, excluded in one call.
 */
import { describe, expect, it } from 'vitest';
import { allItems, exampleSession, type CvItem, type Session } from '$lib/domain';
import { TailoringOrchestrator } from '$lib/pipeline/orchestrator';
import { defaultPipelineSettings } from '$lib/pipeline/pipeline-settings';
import { bundledPrompts } from '$lib/pipeline/prompt-templates';
import { fakeAnswer, requestStep } from '$lib/pipeline/testing/fake-llm-client';
import { FakeLlmClient } from '$lib/pipeline/testing/fake-llm-client';
import { MemorySessionAccess } from '$lib/pipeline/testing/memory-session-access';
import { inspectClaims } from './inspect-claims';

const FILLER =
	'I build data pipelines that the people around me can trust and use every single day.';

/** A letter of about 210 words, with `claim` in its second paragraph. */
function letter(claim: string): string {
	const paragraph = Array(6).fill(FILLER).join(' ');
	return JSON.stringify({ paragraphs: [paragraph, `${claim} ${paragraph}`] });
}

function setup(session: Session = exampleSession(0)) {
	const access = new MemorySessionAccess(session);
	const llm = new FakeLlmClient((request) =>
		requestStep(request) === 'cover_letter'
			? /Remove the claim/.test(request.messages.at(-1)!.content)
				? letter('I moved to Oslo in March.')
				: letter('I cut cloud costs by 37% and I moved to Oslo in March.')
			: fakeAnswer(request)
	);
	const orchestrator = new TailoringOrchestrator({
		session: access,
		llm,
		prompts: bundledPrompts,
		settings: () => defaultPipelineSettings(),
		inspect: inspectClaims
	});
	const letterItem = (): CvItem =>
		allItems(access.current().cv).find((item) => item.kind === 'cover_letter')!;
	return { access, llm, orchestrator, letterItem };
}

async function acceptUpToFirstRole(orchestrator: TailoringOrchestrator): Promise<void> {
	for (let accepted = 0; accepted < 2; accepted++) {
		const outcome = await orchestrator.generateNext();
		if (outcome.kind !== 'generated') throw new Error(`expected an item, got ${outcome.kind}`);
		await orchestrator.accept(outcome.itemId);
	}
}

describe('the cover letter in the tailoring flow', () => {
	it('is not written before something is accepted, and then only when asked', async () => {
		const { llm, orchestrator, letterItem } = setup();
		expect(await orchestrator.writeCoverLetter()).toMatchObject({ kind: 'not_ready' });
		expect(llm.calls).toHaveLength(0);
		await acceptUpToFirstRole(orchestrator);
		expect(letterItem().status).toBe('pending');
		expect(await orchestrator.writeCoverLetter()).toEqual({
			kind: 'generated',
			itemId: letterItem().id
		});
		expect(llm.calls.map((call) => requestStep(call.request))).toEqual([
			'key_qualifications',
			'role',
			'cover_letter'
		]);
		expect(letterItem().status).toBe('to_review');
		expect(letterItem().content.text.split('\n\n')).toHaveLength(2);
	});

	it('flags a figure the person never gave, counts their points, and drops the finding with the claim', async () => {
		const session = exampleSession(0);
		session.coverLetter.points = ['I moved to Oslo in March.'];
		const { llm, orchestrator, letterItem, access } = setup(session);
		await acceptUpToFirstRole(orchestrator);
		await orchestrator.writeCoverLetter();
		expect(letterItem().findings.map((finding) => finding.text)).toEqual(['37%']);

		await orchestrator.regenerate(letterItem().id, 'Remove the claim “37%”.');
		const prompt = llm.userPrompt(-1);
		expect(prompt).toContain('<feedback>\nRemove the claim “37%”.\n</feedback>');
		expect(prompt).toContain('cut cloud costs by 37%');
		expect(letterItem().content.text).not.toContain('37%');
		expect(letterItem().findings).toEqual([]);
		expect(letterItem().versions.map((version) => version.feedback)).toEqual([
			'',
			'Remove the claim “37%”.'
		]);
		expect(access.stored).toEqual(access.current());
	});

	it('excluded in one call, it is not written', async () => {
		const { llm, orchestrator, letterItem } = setup();
		await acceptUpToFirstRole(orchestrator);
		await orchestrator.setExcluded(letterItem().id, true);
		expect(await orchestrator.writeCoverLetter()).toMatchObject({
			kind: 'not_ready',
			reason: /excluded/
		});
		expect(llm.calls).toHaveLength(2);
	});
});
