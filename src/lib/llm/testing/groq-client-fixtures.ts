/**
 * What the Groq client's tests share: the mock Groq server (started once per test file, reset
 * before each test), a client pointed at it, example requests, and checks on failures.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startMockGroq, type MockGroq } from '../../../../tests/mock-groq/server';
import { GroqLlmClient } from '../groq-client';
import type { LlmRequest } from '../llm-client';
import { LlmError } from '../llm-error';

export const MODEL = 'openai/gpt-oss-20b';

export const SCHEMA = {
	type: 'object',
	additionalProperties: false,
	required: ['summary', 'bullets', 'level'],
	properties: {
		summary: { type: 'string', maxLength: 120 },
		bullets: { type: 'array', minItems: 2, maxItems: 3, items: { type: 'string' } },
		level: { type: 'string', enum: ['junior', 'senior'] }
	}
};

export const JOB_TEXT =
	'We need a data engineer who builds reliable pipelines in Python. You will own our Airflow deployment. Experience with PostgreSQL tuning is a plus.';

export function jsonRequest(): LlmRequest {
	return {
		model: MODEL,
		messages: [
			{ role: 'system', content: 'Answer with JSON only.' },
			{ role: 'user', content: JOB_TEXT }
		],
		temperature: 0.2,
		maxTokens: 400,
		jsonSchema: { name: 'summary', schema: SCHEMA }
	};
}

export function textRequest(model = MODEL): LlmRequest {
	return {
		model,
		messages: [{ role: 'user', content: JOB_TEXT }],
		temperature: 0.2,
		maxTokens: 300
	};
}

/** The running mock (a live binding: set once `useMockGroq` has started it). */
export let mock: MockGroq;

/** Starts the mock for this file, resets it before each test, and closes it after. */
export function useMockGroq(): void {
	beforeAll(async () => {
		mock = await startMockGroq();
	});
	afterAll(async () => {
		await mock.close();
	});
	beforeEach(() => mock.reset());
}

export function client(apiKey = mock.apiKey, timeoutMs = 2000): GroqLlmClient {
	return new GroqLlmClient({ connection: () => ({ apiKey, baseURL: mock.url }), timeoutMs });
}

export async function failure(promise: Promise<unknown>): Promise<LlmError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(LlmError);
	return error as LlmError;
}

export function expectNoKey(error: LlmError, key: string): void {
	const exposed = [error.message, error.action, String(error), JSON.stringify(error)].join('\n');
	expect(exposed).not.toContain(key);
}
