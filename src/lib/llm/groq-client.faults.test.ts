/**
 * Every fault the mock Groq server can inject, as the LlmError (or clean answer) the client makes
 * of it.
 */
import { describe, expect, it } from 'vitest';
import {
	ALL_FAULT_KINDS,
	type MockFault,
	type MockFaultKind
} from '../../../tests/mock-groq/server';
import { checkJsonSchema } from './check-json-schema';
import { type LlmErrorKind } from './llm-error';
import {
	client,
	expectNoKey,
	failure,
	jsonRequest,
	mock,
	SCHEMA,
	textRequest,
	useMockGroq
} from './testing/groq-client-fixtures';

useMockGroq();

describe('every fault the mock can inject', () => {
	const expected: Record<
		MockFaultKind,
		{
			fault: MockFault;
			kind?: LlmErrorKind;
			message?: RegExp;
			check?: (text: string, reasoning?: string) => void;
		}
	> = {
		rate_limit: { fault: { kind: 'rate_limit', retryAfterSeconds: 3 }, kind: 'rate_limit' },
		day_limit: {
			fault: { kind: 'day_limit' },
			kind: 'day_limit',
			message: /allowance of requests.*used up/
		},
		server_error: { fault: { kind: 'server_error' }, kind: 'server' },
		unavailable: { fault: { kind: 'unavailable' }, kind: 'server' },
		too_large: { fault: { kind: 'too_large' }, kind: 'too_large', message: /needs 8294 tokens/ },
		model_not_found: {
			fault: { kind: 'model_not_found' },
			kind: 'model_unavailable',
			message: /does not exist/
		},
		model_decommissioned: {
			fault: { kind: 'model_decommissioned' },
			kind: 'model_unavailable',
			message: /retired/
		},
		unauthorized: { fault: { kind: 'unauthorized' }, kind: 'auth', message: /refused the API key/ },
		json_validate_failed: {
			fault: { kind: 'json_validate_failed' },
			kind: 'invalid_output',
			message: /JSON that Groq itself rejected/
		},
		hang: { fault: { kind: 'hang' }, kind: 'timeout', message: /too long/ },
		drop: { fault: { kind: 'drop' }, kind: 'network', message: /broke off/ },
		// The SDK's own timeout ends when the headers arrive; the client's covers the body too.
		stall: { fault: { kind: 'stall' }, kind: 'timeout', message: /too long/ },
		malformed_json: {
			fault: { kind: 'malformed_json' },
			kind: 'server',
			message: /could not read/
		},
		empty_content: {
			fault: { kind: 'empty_content' },
			kind: 'invalid_output',
			message: /empty answer/
		},
		think: {
			fault: { kind: 'think' },
			check: (text, reasoning) => {
				expect(text).not.toContain('<think>');
				expect(JSON.parse(text)).toHaveProperty('summary');
				expect(reasoning).toContain('Let me reuse their words.');
			}
		},
		code_fence: {
			fault: { kind: 'code_fence' },
			check: (text) => {
				expect(text.startsWith('{')).toBe(true);
				expect(checkJsonSchema(JSON.parse(text), SCHEMA)).toEqual([]);
			}
		},
		schema_violation: {
			fault: { kind: 'schema_violation' },
			kind: 'invalid_output',
			message: /does not follow the requested shape: \$\.summary: missing/
		},
		length: { fault: { kind: 'length' }, kind: 'invalid_output', message: /cut off.*400 tokens/ }
	};

	it('covers every fault kind', () => {
		expect(Object.keys(expected).sort()).toEqual([...ALL_FAULT_KINDS].sort());
	});

	for (const [name, { fault, kind, message, check }] of Object.entries(expected)) {
		it(`${name} → ${kind ?? 'a clean answer'}`, async () => {
			mock.injectFaults(fault);
			const call = client(mock.apiKey, 400).complete(jsonRequest());
			if (check) {
				const result = await call;
				check(result.text, result.reasoning);
				return;
			}
			const error = await failure(call);
			expect(error.kind).toBe(kind);
			if (message) expect(error.message).toMatch(message);
			expectNoKey(error, mock.apiKey);
			if (name === 'rate_limit') {
				expect(error.retryAfterMs).toBe(3000);
				expect(error.limit).toBe('requests');
			}
			if (name === 'day_limit') {
				expect(error.resetAt).toBeGreaterThan(Date.now() + 2 * 3_600_000);
				expect(error.retryable).toBe(false);
			}
		});
	}

	it('tells a token-limit 429 from a request-limit one', async () => {
		mock.injectFaults({ kind: 'rate_limit', limit: 'tokens', retryAfterSeconds: 5 });
		const error = await failure(client().complete(textRequest()));
		expect(error).toMatchObject({ kind: 'rate_limit', limit: 'tokens', retryAfterMs: 5000 });
		expect(error.rateLimit).toMatchObject({ remainingTokens: 0, resetTokensMs: 5000 });
	});

	it('serves the next request normally once a fault is consumed', async () => {
		mock.injectFaults({ kind: 'server_error' });
		await failure(client().complete(textRequest()));
		await expect(client().complete(textRequest())).resolves.toMatchObject({ fromCache: false });
		expect(mock.requests.map((request) => request.fault)).toEqual(['server_error', undefined]);
	});
});
