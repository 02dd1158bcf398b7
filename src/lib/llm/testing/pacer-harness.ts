import { estimateRequestTokens } from '../estimate-tokens';
import type { LlmRequest } from '../llm-client';
import type { ModelLimits } from '../model-limits';

/** What the pacer tests share: one model, a fixed noon, requests of an exact size. */

export const MODEL = 'openai/gpt-oss-20b';
export const NOON = Date.UTC(2025, 2, 10, 12, 0, 0);
export const DAY = 86_400_000;

/** A request whose estimate is exactly `tokens` (100 prompt chars ≈ 25 tokens + framing). */
export function sized(tokens: number, label = 'x'): LlmRequest {
	const content = label.padEnd(400, '.');
	const request: LlmRequest = {
		model: MODEL,
		messages: [{ role: 'user', content }],
		temperature: 0,
		maxTokens: 0
	};
	return { ...request, maxTokens: tokens - estimateRequestTokens(request) };
}

export function limits(overrides: Partial<ModelLimits> = {}): () => ModelLimits {
	return () => ({ rpm: 100, rpd: 10_000, tpm: 100_000, tpd: 10_000_000, ...overrides });
}

export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => undefined,
		(error: unknown) => error
	);
}
