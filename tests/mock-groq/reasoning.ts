/**
 * How long the mock's gpt-oss "thinks" before it answers, in completion tokens (Groq bills the
 * reasoning as completion tokens whether or not it returns it).
 *
 * Two models:
 * - `fittedReasoningTokens` (the default): a fixed cost by `reasoning_effort` plus a share of the
 *   prompt, never more than the request leaves room for. Deterministic and never cut off, so
 *   tests that do not care about budgets see stable answers.
 * - `realisticReasoningTokens`: what a budget has to live with. Reasoning length is right-skewed:
 *   most calls think briefly, a few think much longer on the same kind of task, so it is drawn
 *   from a log-normal distribution with a median by effort (low 160, medium 480, high 1,400
 *   tokens) and σ = 0.55 (p95 ≈ 2.5 × median). The medians are an assumption, not a measurement
 *   of Groq: short structured tasks on gpt-oss spend a few hundred tokens thinking at the
 *   default (medium) effort, roughly three times fewer at low and three times more at high. The
 *   draw is seeded by the prompt and the call's index, so a run is repeatable; a draw larger
 *   than the room left cuts the answer off (`finish_reason: "length"`), as Groq does.
 */
import { stableHash, type MockChatRequest } from './responder';

export type ReasoningModel = (
	request: MockChatRequest,
	index: number,
	promptTokens: number
) => number;

const FITTED_BASE: Record<string, number> = { low: 80, medium: 250, high: 800 };
const FITTED_PER_PROMPT_TOKEN = 0.1;

export const REALISTIC_MEDIAN: Record<string, number> = { low: 160, medium: 480, high: 1_400 };
export const REALISTIC_SIGMA = 0.55;

export function effortOf(request: MockChatRequest): string {
	const effort = request.body.reasoning_effort;
	return typeof effort === 'string' && effort in REALISTIC_MEDIAN ? effort : 'medium';
}

export const fittedReasoningTokens: ReasoningModel = (request, _index, promptTokens) =>
	Math.round(
		(FITTED_BASE[effortOf(request)] ?? FITTED_BASE.medium!) + promptTokens * FITTED_PER_PROMPT_TOKEN
	);

/** A uniform number in (0, 1) from a 32-bit seed (mulberry32). */
function uniform(seed: number): number {
	let t = (seed + 0x6d2b79f5) >>> 0;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4_294_967_297;
}

export const realisticReasoningTokens: ReasoningModel = (request, index) => {
	const prompt = request.messages.map((message) => message.content).join('\n');
	const seed = stableHash(`${request.model}\n${prompt}`) ^ Math.imul(index + 1, 0x9e3779b1);
	// Box–Muller: a standard normal draw from two uniform ones.
	const normal =
		Math.sqrt(-2 * Math.log(uniform(seed))) * Math.cos(2 * Math.PI * uniform(seed ^ 0x5bd1e995));
	const median = REALISTIC_MEDIAN[effortOf(request)] ?? REALISTIC_MEDIAN.medium!;
	return Math.max(1, Math.round(median * Math.exp(REALISTIC_SIGMA * normal)));
};
