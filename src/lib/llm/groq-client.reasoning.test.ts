/**
 * The Groq client and reasoning models: `reasoning_effort` only where the model takes it, and an
 * answer cut off at its budget reported with what it was given and billed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockGroq, type MockGroq } from '../../../tests/mock-groq/server';
import { GroqLlmClient } from './groq-client';
import {
	failure,
	jsonRequest,
	MODEL,
	textRequest,
	useMockGroq
} from './testing/groq-client-fixtures';

useMockGroq();

describe('reasoning effort and cut-off answers', () => {
	let other: MockGroq;
	const PLAIN_MODEL = 'meta-llama/llama-4-scout-17b-16e-instruct';
	beforeAll(async () => {
		other = await startMockGroq({
			limits: {
				[MODEL]: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 },
				[PLAIN_MODEL]: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 }
			},
			// gpt-oss thinks 300 tokens on every call, whatever room it was given.
			reasoning: () => 300
		});
	});
	afterAll(async () => {
		await other.close();
	});
	const otherClient = () =>
		new GroqLlmClient({ connection: () => ({ apiKey: other.apiKey, baseURL: other.url }) });
	const sentBodies = () =>
		other.requests
			.filter((request) => request.method === 'POST')
			.map((request) => request.body as Record<string, unknown>);

	it('sends reasoning_effort to a model that takes it and never to one that does not', async () => {
		other.reset();
		const roomy = (model: string) => ({ ...textRequest(model), maxTokens: 1000 });
		await otherClient().complete({ ...roomy(MODEL), reasoningEffort: 'low' });
		await otherClient().complete({ ...roomy(PLAIN_MODEL), reasoningEffort: 'low' });
		await otherClient().complete(roomy(MODEL));
		const bodies = sentBodies();
		expect(bodies[0]).toMatchObject({ model: MODEL, reasoning_effort: 'low' });
		expect(bodies[1]?.model).toBe(PLAIN_MODEL);
		expect(bodies[1]).not.toHaveProperty('reasoning_effort');
		expect(bodies[2]).not.toHaveProperty('reasoning_effort');
	});

	it('reports an answer cut off at its budget, with what the attempt was given and billed', async () => {
		other.reset();
		const error = await failure(otherClient().complete({ ...jsonRequest(), maxTokens: 320 }));
		expect(error.kind).toBe('invalid_output');
		expect(error.cutOff).toEqual({ maxTokens: 320, completionTokens: 320 });
		expect(error.message).toMatch(/cut off.*320 tokens/);
		// The same request with room for thinking and answer comes back whole.
		await expect(
			otherClient().complete({ ...jsonRequest(), maxTokens: 640 })
		).resolves.toMatchObject({ finishReason: 'stop' });
	});
});
