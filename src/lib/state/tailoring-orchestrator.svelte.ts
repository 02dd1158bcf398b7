/**
 * The orchestrator over the open session: it reads and commits the session through the page's
 * OpenSession, and asks the model through the environment's LLM stack, opened only when a
 * request is sent (so a page without a key can still review and edit).
 */
import { addUsage, type Session } from '$lib/domain';
import type { LlmClient, LlmResult } from '$lib/llm/llm-client';
import { TailoringOrchestrator } from '$lib/pipeline/orchestrator';
import type { OpenSession } from './open-session.svelte';
import type { TailoringEnvironment } from './tailoring.svelte';

export function orchestratorFor(
	store: OpenSession,
	environment: TailoringEnvironment
): TailoringOrchestrator {
	const lazyClient: LlmClient = {
		complete: async (request, options) => {
			const result = await (await environment.llm()).complete(request, options);
			// The tally is on screen at once; its save need not hold the answer back.
			void recordUsage(store, result);
			return result;
		}
	};
	return new TailoringOrchestrator({
		session: {
			current: () => $state.snapshot(store.session) as Session,
			commit: (next) => store.commit(next)
		},
		llm: lazyClient,
		prompts: environment.prompts,
		settings: () => environment.pipelineSettings(),
		inspect: environment.inspect,
		budgets: environment.budgets
	});
}

/** Keeps the session's running total of what Groq reported; never fails the generation. */
async function recordUsage(store: OpenSession, result: LlmResult): Promise<void> {
	const session = store.session;
	if (!session) return;
	const snapshot = $state.snapshot(session) as Session;
	try {
		await store.commit({ ...snapshot, usage: addUsage(snapshot.usage, result) });
	} catch {
		// The answer matters more than the tally; the next save will try again.
	}
}
