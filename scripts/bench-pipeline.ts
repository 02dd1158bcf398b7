/**
 * Runs the example CV (key qualifications, 5 roles, 4 side projects, the summary: 11 items)
 * through the real pipeline and LLM stack against the mock Groq server, accepting every item as
 * soon as it is ready (no think time): once in the default mode (one structured call per item)
 * and once in the original notebook's two-pass mode (free text, then a cleaner call). Prints
 * calls, prompt and completion tokens as the mock billed them, the time until the first role is
 * ready to review, and the time to the whole CV against its floor; the last line is the summary.
 *
 *   npm run bench:pipeline
 *
 * Time is scaled (one Groq minute = three seconds) for both the mock's limits and the pacer, so
 * the free tier (30 RPM, 8,000 TPM) shapes the run without making it slow.
 *
 * The mock answers with realistic completion sizes: the answer itself plus gpt-oss reasoning
 * drawn per call from a log-normal distribution (median 160 tokens at low effort, 480 at the
 * default medium, 1,400 at high; σ = 0.55, so one call in twenty thinks 2.5 × the median or
 * more). Reasoning length is right-skewed in practice (most calls think briefly, a few much
 * longer), and a budget must survive the long tail, which is what the log-normal models. A call
 * whose reasoning and answer do not fit `max_completion_tokens` is cut off
 * (`finish_reason: "length"`) and billed the whole budget, as Groq does.
 *
 * The floor is the least time any client could take on Groq's limits: the larger of
 * requests ÷ RPM and tokens actually billed (prompt + completion, cut-off attempts included)
 * ÷ TPM, on the same scaled clock. `whole_cv_ratio` is the time to the whole CV over that floor.
 * It rests on two assumptions about Groq: the minute window counts prompt + the requested
 * maximum for a whole minute from admission (as the mock and the pacer do), and reasoning
 * tokens are billed as completion tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allItems, exampleSession, findItem } from '../src/lib/domain';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from '../src/lib/llm/llm-client';
import { createLlmStack } from '../src/lib/llm/llm-stack';
import { isLlmError } from '../src/lib/llm/llm-error';
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

/**
 * One Groq minute is 3 s here. The run's own latency per call on this machine (tens of ms of
 * Node, HTTP and pipeline work) then stands for 1–2 Groq seconds, about what a real call
 * takes; at 1 s a minute it stood for 5 and the figure measured the machine's load.
 */
const TIME_SCALE = 20;

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
	/** Answers cut off at their budget (each is then asked again with twice the room). */
	lengthRetries = 0;
	constructor(private readonly inner: LlmClient) {}

	async complete(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResult> {
		const result = await this.inner.complete(request, options).catch((error: unknown) => {
			if (isLlmError(error) && error.cutOff) this.lengthRetries += 1;
			throw error;
		});
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
	/** Billed by the mock, cut-off attempts included. */
	billedTokens: number;
	lengthRetries: number;
	floorMs: number;
}

async function runWholeCv(mode: StepMode, prompts: PromptSource): Promise<RunFigures> {
	const mock = await startMockGroq({ timeScale: TIME_SCALE, reasoning: 'realistic' });
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
		// The cover letter is written only when the person asks for one: the whole CV is the rest.
		const items = allItems(access.stored.cv).filter((item) => item.kind !== 'cover_letter');
		if (items.some((item) => item.status !== 'accepted')) {
			throw new Error(`The ${mode} run ended with items that are not accepted.`);
		}
		const totalMs = Math.round(performance.now() - started);
		const chats = mock.requests.filter(
			(request) => request.method === 'POST' && request.path.endsWith('/chat/completions')
		);
		const billedTokens = chats.reduce(
			(sum, chat) => sum + (chat.usage ? chat.usage.promptTokens + chat.usage.completionTokens : 0),
			0
		);
		const limits = limitsFor({}, settings.steps.role.generatorModel);
		const minuteMs = 60_000 / TIME_SCALE;
		const floorMs = Math.max(chats.length / limits.rpm, billedTokens / limits.tpm) * minuteMs;
		return {
			mode,
			items: items.length,
			calls: chats.length,
			promptTokens: llm.promptTokens,
			completionTokens: llm.completionTokens,
			firstReviewMs: Math.round(firstReviewMs ?? Number.NaN),
			totalMs,
			requestsSeen: chats.length,
			billedTokens,
			lengthRetries: llm.lengthRetries,
			floorMs: Math.round(floorMs)
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
		`billed_tokens=${figures.billedTokens}`,
		`length_retries=${figures.lengthRetries}`,
		`first_review_ms=${figures.firstReviewMs}`,
		`whole_cv_ms=${figures.totalMs}`,
		`floor_ms=${figures.floorMs}`,
		`ratio=${(figures.totalMs / figures.floorMs).toFixed(2)}`
	].join('  ');
}

const prompts = promptsFromDisk();
const single = await runWholeCv('structured', prompts);
console.log(describeRun(single));
const twoPass = await runWholeCv('two_pass', prompts);
console.log(describeRun(twoPass));

// What Groq billed, cut-off attempts included.
const tokens = single.billedTokens;
const twoPassTokens = twoPass.billedTokens;
const ratio = single.totalMs / single.floorMs;
console.log(
	`floor: max(${single.requestsSeen} requests ÷ 30 RPM, ${single.billedTokens} tokens ÷ 8,000 TPM) = ${single.floorMs} ms (1 Groq minute = ${60_000 / TIME_SCALE} ms)`
);
console.log(
	`targets: calls ${single.calls} <= items + 2 = ${single.items + 2} ${single.calls <= single.items + 2 ? 'met' : 'MISSED'}; ` +
		`tokens ${(tokens / twoPassTokens).toFixed(2)} of two-pass <= 0.60 ${tokens <= 0.6 * twoPassTokens ? 'met' : 'MISSED'}; ` +
		`whole CV ${ratio.toFixed(2)} × floor <= 1.5 ${ratio <= 1.5 ? 'met' : 'MISSED'}; ` +
		`length retries ${single.lengthRetries} <= 1 ${single.lengthRetries <= 1 ? 'met' : 'MISSED'}`
);
console.log(
	`pipeline: calls=${single.calls} tokens=${tokens} twopass_calls=${twoPass.calls} twopass_tokens=${twoPassTokens} first_review_ms=${single.firstReviewMs} whole_cv_ratio=${ratio.toFixed(2)} length_retries=${single.lengthRetries}`
);
