/**
 * Runs the example CV (5 roles, 4 side projects) through the real pipeline and LLM stack against
 * the mock Groq server, accepting every item as soon as it is ready: once in the default mode
 * (one structured call per item) and once in the original notebook's two-pass mode (free text,
 * then a cleaner call). Prints calls, prompt and completion tokens (as the mock reports usage)
 * and the time until the first role is ready to review; the last line is the summary.
 *
 *   npm run bench:pipeline
 *
 * Time is scaled (one Groq minute = one second) for both the mock's limits and the pacer, so
 * the free tier's token budget shapes the run without making it slow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allItems, exampleSession, findItem } from '../src/lib/domain';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from '../src/lib/llm/llm-client';
import { createLlmStack } from '../src/lib/llm/llm-stack';
import { limitsFor } from '../src/lib/llm/model-limits';
import { TailoringOrchestrator } from '../src/lib/pipeline/orchestrator';
import {
	defaultPipelineSettings,
	withMode,
	type StepMode
} from '../src/lib/pipeline/pipeline-settings';
import { PROMPT_NAMES, type PromptSource } from '../src/lib/pipeline/prompt-source';
import { MemorySessionAccess } from '../src/lib/pipeline/testing/memory-session-access';
import { startMockGroq } from '../tests/mock-groq/server';

const TIME_SCALE = 60;

/** The prompt files as the app bundles them; tsx cannot import `?raw`, so read them here. */
function promptsFromDisk(): PromptSource {
	const folder = join(import.meta.dirname, '..', 'prompts');
	return Object.fromEntries(
		PROMPT_NAMES.map((name) => [name, readFileSync(join(folder, `${name}.md`), 'utf8')])
	) as PromptSource;
}

/** Counts what actually went over the wire (cache misses included, of which there are none here). */
class CountingClient implements LlmClient {
	calls = 0;
	promptTokens = 0;
	completionTokens = 0;
	constructor(private readonly inner: LlmClient) {}

	async complete(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResult> {
		const result = await this.inner.complete(request, options);
		if (!result.fromCache) {
			this.calls += 1;
			this.promptTokens += result.usage.promptTokens;
			this.completionTokens += result.usage.completionTokens;
		}
		return result;
	}
}

interface RunFigures {
	mode: StepMode;
	items: number;
	calls: number;
	promptTokens: number;
	completionTokens: number;
	firstReviewMs: number;
	totalMs: number;
	requestsSeen: number;
}

async function runWholeCv(mode: StepMode, prompts: PromptSource): Promise<RunFigures> {
	const mock = await startMockGroq({ timeScale: TIME_SCALE });
	try {
		const stack = createLlmStack({
			connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
			limits: (model) => limitsFor({}, model),
			minuteMs: 60_000 / TIME_SCALE,
			dayMs: 86_400_000 / TIME_SCALE
		});
		const llm = new CountingClient(stack.client);
		const access = new MemorySessionAccess(exampleSession(Date.now()));
		const settings = withMode(defaultPipelineSettings(), mode);
		const orchestrator = new TailoringOrchestrator({
			session: access,
			llm,
			prompts,
			settings: () => settings
		});

		// Load groq-sdk and open the connection first, as the app does when the key is checked in
		// Settings, so the figure measures tailoring, not module loading.
		await stack.groq.listModels();
		const started = performance.now();
		let firstReviewMs: number | undefined;
		await orchestrator.recover();
		for (;;) {
			const outcome = await orchestrator.generateNext();
			if (outcome.kind === 'done') break;
			if (outcome.kind !== 'generated') {
				throw new Error(`The ${mode} run stopped: ${JSON.stringify(outcome)}`);
			}
			const item = findItem(access.current().cv, outcome.itemId);
			if (item?.kind === 'role' && firstReviewMs === undefined) {
				firstReviewMs = performance.now() - started;
			}
			await orchestrator.accept(outcome.itemId);
		}
		const items = allItems(access.stored.cv);
		if (items.some((item) => item.status !== 'accepted')) {
			throw new Error(`The ${mode} run ended with items that are not accepted.`);
		}
		return {
			mode,
			items: items.length,
			calls: llm.calls,
			promptTokens: llm.promptTokens,
			completionTokens: llm.completionTokens,
			firstReviewMs: Math.round(firstReviewMs ?? Number.NaN),
			totalMs: Math.round(performance.now() - started),
			requestsSeen: mock.requests.filter(
				(request) => request.method === 'POST' && request.path.endsWith('/chat/completions')
			).length
		};
	} finally {
		await mock.close();
	}
}

function describeRun(figures: RunFigures): string {
	const tokens = figures.promptTokens + figures.completionTokens;
	return [
		`${figures.mode.padEnd(10)} items=${figures.items}`,
		`calls=${figures.calls} (mock saw ${figures.requestsSeen})`,
		`prompt_tokens=${figures.promptTokens}`,
		`completion_tokens=${figures.completionTokens}`,
		`tokens=${tokens}`,
		`first_review_ms=${figures.firstReviewMs}`,
		`total_ms=${figures.totalMs}`
	].join('  ');
}

const prompts = promptsFromDisk();
const single = await runWholeCv('structured', prompts);
console.log(describeRun(single));
const twoPass = await runWholeCv('two_pass', prompts);
console.log(describeRun(twoPass));

const tokens = single.promptTokens + single.completionTokens;
const twoPassTokens = twoPass.promptTokens + twoPass.completionTokens;
console.log(
	`targets: calls ${single.calls} <= items + 2 = ${single.items + 2} ${single.calls <= single.items + 2 ? 'met' : 'MISSED'}; ` +
		`tokens ${(tokens / twoPassTokens).toFixed(2)} of two-pass <= 0.60 ${tokens <= 0.6 * twoPassTokens ? 'met' : 'MISSED'}`
);
console.log(
	`pipeline: calls=${single.calls} tokens=${tokens} twopass_calls=${twoPass.calls} twopass_tokens=${twoPassTokens} first_review_ms=${single.firstReviewMs}`
);
