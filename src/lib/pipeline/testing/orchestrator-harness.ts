import { allItems, exampleSession, findItem, type CvItem, type Session } from '$lib/domain';
import { TailoringOrchestrator } from '../orchestrator';
import { defaultPipelineSettings } from '../pipeline-settings';
import { bundledPrompts } from '../prompt-templates';
import { syncCvItems } from '../sync-cv-items';
import { FakeLlmClient, type FakeResponder } from './fake-llm-client';
import { MemorySessionAccess } from './memory-session-access';

/** An orchestrator over an in-memory session and a fake LLM, with a clock and ids that count. */
export function setup(session: Session = exampleSession(0), responder?: FakeResponder) {
	let clock = 1_000;
	let ids = 0;
	const access = new MemorySessionAccess(session);
	const llm = new FakeLlmClient(responder);
	const settings = defaultPipelineSettings();
	const orchestrator = new TailoringOrchestrator({
		session: access,
		llm,
		prompts: bundledPrompts,
		settings: () => settings,
		now: () => ++clock,
		createId: () => `item-${++ids}`
	});
	const items = () => allItems(access.current().cv);
	const item = (kind: CvItem['kind'], index = 0) =>
		items().filter((entry) => entry.kind === kind)[index]!;
	const stored = (itemId: string) => findItem(access.stored.cv, itemId);
	return { access, llm, settings, orchestrator, items, item, stored };
}

/** A stored item as an older version of the app wrote it. */
export function item0(): CvItem {
	const session = exampleSession(0);
	return syncCvItems(session.cv, session.profile, 0, () => 'old-item').sections[0]!.items[0]!;
}

/** Generates and accepts items until `count` have been accepted (or nothing is left). */
export async function acceptNext(orchestrator: TailoringOrchestrator, count = 1): Promise<void> {
	for (let accepted = 0; accepted < count; accepted++) {
		const outcome = await orchestrator.generateNext();
		if (outcome.kind !== 'generated')
			throw new Error(`expected a generated item, got ${outcome.kind}`);
		await orchestrator.accept(outcome.itemId);
	}
}
