/**
 * How close the pacer gets to the fastest schedule Groq's limits allow. Sends 40 requests of
 * realistic size at once through the real stack (Groq client + pacer + retry, no cache) to the
 * mock Groq server, which enforces the free tier's limits with a minute shortened to one second.
 * Then again with half the minute's budget already used by "another tab", which the pacer can
 * only learn from the rate-limit headers.
 *
 *   npm run bench:pacer
 *
 * The last line is the main run: `pacer: ratio=<x.xx> rejections=<n> requests=<n>`.
 */
import { createLlmStack } from '../src/lib/llm/llm-stack';
import { estimatePromptTokens } from '../src/lib/llm/estimate-tokens';
import type { LlmRequest } from '../src/lib/llm/llm-client';
import { FREE_TIER_LIMITS } from '../src/lib/llm/model-limits';
import { MemoryUsageRepository } from '../src/lib/storage/testing/memory-usage-repository';
import { countPromptTokens, stableHash } from '../tests/mock-groq/responder';
import { startMockGroq } from '../tests/mock-groq/server';

const MODEL = 'openai/gpt-oss-120b';
const REQUESTS = 40;
const TIME_SCALE = 60;
const MINUTE_MS = 60_000 / TIME_SCALE;
const LIMITS = FREE_TIER_LIMITS;

const WORDS =
	'led delivered migrated reduced built designed automated mentored improved launched pipeline platform customers latency revenue reliability team budget Python PostgreSQL Kubernetes analytics'.split(
		' '
	);

/** Prompts of 300–1,500 tokens with 200–700 answer tokens, fixed by the index. */
function requestFor(index: number): LlmRequest {
	const seed = stableHash(`request-${index}`);
	const promptTokens = 300 + (seed % 1201);
	const maxTokens = 200 + ((seed >>> 11) % 501);
	const words: string[] = [];
	for (let word = 0; words.join(' ').length < promptTokens * 4; word++) {
		words.push(WORDS[(seed + word * 7) % WORDS.length] as string);
		if (word % 12 === 11) words.push('.');
	}
	return {
		model: MODEL,
		messages: [
			{ role: 'system', content: 'You rewrite CV bullet points for a job advert.' },
			{ role: 'user', content: words.join(' ') }
		],
		temperature: 0.3,
		maxTokens
	};
}

interface RunResult {
	totalMs: number;
	minimumMs: number;
	rejections: number;
	completed: number;
	failed: number;
}

async function run(usedByOtherTab: number): Promise<RunResult> {
	const mock = await startMockGroq({ timeScale: TIME_SCALE, limits: { [MODEL]: LIMITS } });
	try {
		if (usedByOtherTab > 0) mock.setUsedBudget(MODEL, { tokens: usedByOtherTab });
		const { client } = createLlmStack({
			connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
			limits: () => LIMITS,
			usage: new MemoryUsageRepository(),
			minuteMs: MINUTE_MS,
			dayMs: 86_400_000 / TIME_SCALE,
			retry: { baseDelayMs: 20, attempts: 6 }
		});
		const requests = Array.from({ length: REQUESTS }, (_, index) => requestFor(index));
		// What Groq counts per minute: prompt tokens (its count) plus the requested max tokens.
		const tokens = requests.reduce(
			(sum, request) =>
				sum +
				countPromptTokens({
					model: request.model,
					messages: request.messages,
					maxTokens: request.maxTokens,
					jsonObject: false,
					body: {}
				}) +
				request.maxTokens,
			0
		);
		const minimumMinutes = Math.max(REQUESTS / LIMITS.rpm, (tokens + usedByOtherTab) / LIMITS.tpm);
		const started = performance.now();
		const outcomes = await Promise.allSettled(
			requests.map((request) => client.complete(request, { bypassCache: true }))
		);
		const totalMs = performance.now() - started;
		const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
		for (const failure of failed.slice(0, 3))
			console.error('failed:', (failure as PromiseRejectedResult).reason);
		const estimated = requests.reduce(
			(sum, request) => sum + estimatePromptTokens(request) + request.maxTokens,
			0
		);
		console.log(
			`  tokens counted by Groq: ${tokens} (pacer estimated ${estimated} before the calls)`
		);
		return {
			totalMs,
			minimumMs: minimumMinutes * MINUTE_MS,
			rejections: mock.rejections,
			completed: outcomes.length - failed.length,
			failed: failed.length
		};
	} finally {
		await mock.close();
	}
}

function report(label: string, result: RunResult): string {
	const ratio = result.totalMs / result.minimumMs;
	console.log(
		`${label}: total ${(result.totalMs / 1000).toFixed(2)} s, theoretical minimum ${(result.minimumMs / 1000).toFixed(2)} s (1 Groq minute = ${MINUTE_MS} ms), ratio ${ratio.toFixed(2)}, 429s ${result.rejections}, completed ${result.completed}/${REQUESTS}${result.failed ? `, FAILED ${result.failed}` : ''}`
	);
	return ratio.toFixed(2);
}

console.log(
	`Pacer benchmark: ${REQUESTS} requests at once, limits ${LIMITS.rpm} RPM / ${LIMITS.tpm} TPM, time scaled ×${TIME_SCALE}`
);
const main = await run(0);
const mainRatio = report('main run', main);
const shared = await run(LIMITS.tpm / 2);
report('half the budget used by another tab', shared);
console.log(`pacer: ratio=${mainRatio} rejections=${main.rejections} requests=${main.completed}`);
