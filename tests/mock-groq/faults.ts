/**
 * What can go wrong on Groq, on demand: each fault is consumed by one chat request. Status faults
 * answer with Groq's exact error bodies; content faults let the request succeed but spoil the
 * answer the way real models do.
 */
import { formatGoDuration } from '../../src/lib/llm/go-duration';

export type MockFault =
	/** 429 for the minute, with retry-after (Groq seconds, scaled by timeScale). */
	| { kind: 'rate_limit'; limit?: 'requests' | 'tokens'; retryAfterSeconds?: number }
	/** 429 saying the day (RPD/TPD) is used up, with a long retry-after. */
	| { kind: 'day_limit'; limit?: 'requests' | 'tokens'; retryAfterSeconds?: number }
	| { kind: 'server_error' }
	| { kind: 'unavailable' }
	| { kind: 'too_large' }
	| { kind: 'model_not_found' }
	| { kind: 'model_decommissioned' }
	| { kind: 'unauthorized' }
	| { kind: 'json_validate_failed' }
	/** Never answers (until the client gives up or the server closes). */
	| { kind: 'hang' }
	/** Sends the status and half the body, then cuts the connection. */
	| { kind: 'drop' }
	/** Sends the status and the start of the body, then nothing more (a stuck proxy). */
	| { kind: 'stall' }
	/** 200 with a body that is not JSON. */
	| { kind: 'malformed_json' }
	| { kind: 'empty_content' }
	/** The answer preceded by a `<think>…</think>` block. */
	| { kind: 'think' }
	/** The answer wrapped in a ```json code fence. */
	| { kind: 'code_fence' }
	/** JSON that breaks the requested schema (a required property missing, a wrong type). */
	| { kind: 'schema_violation' }
	/** The answer cut off half-way at max_completion_tokens (`finish_reason: "length"`). */
	| { kind: 'length' };

export type MockFaultKind = MockFault['kind'];

export const ALL_FAULT_KINDS: readonly MockFaultKind[] = [
	'rate_limit',
	'day_limit',
	'server_error',
	'unavailable',
	'too_large',
	'model_not_found',
	'model_decommissioned',
	'unauthorized',
	'json_validate_failed',
	'hang',
	'drop',
	'stall',
	'malformed_json',
	'empty_content',
	'think',
	'code_fence',
	'schema_violation',
	'length'
];

/** Faults that spoil a successful answer rather than replace it with an error. */
export const CONTENT_FAULTS: ReadonlySet<MockFaultKind> = new Set([
	'drop',
	'stall',
	'malformed_json',
	'empty_content',
	'think',
	'code_fence',
	'schema_violation',
	'length'
]);

export interface GroqErrorResponse {
	status: number;
	body: { error: Record<string, string> };
	retryAfterMs?: number;
}

export function groqError(
	status: number,
	message: string,
	type: string,
	code?: string,
	extra: Record<string, string> = {}
): GroqErrorResponse {
	return {
		status,
		body: { error: { message, type, ...(code ? { code } : {}), ...extra } }
	};
}

export const ORGANIZATION = 'org_01mockgroqorganization';

export function invalidKeyError(): GroqErrorResponse {
	return groqError(401, 'Invalid API Key', 'invalid_request_error', 'invalid_api_key');
}

export function modelNotFoundError(model: string): GroqErrorResponse {
	return groqError(
		404,
		`The model \`${model}\` does not exist or you do not have access to it.`,
		'invalid_request_error',
		'model_not_found'
	);
}

export function modelDecommissionedError(model: string): GroqErrorResponse {
	return groqError(
		400,
		`The model \`${model}\` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.`,
		'invalid_request_error',
		'model_decommissioned'
	);
}

const WINDOW_NAMES = {
	RPM: 'requests per minute',
	TPM: 'tokens per minute',
	RPD: 'requests per day',
	TPD: 'tokens per day'
} as const;

export function rateLimitError(
	model: string,
	window: keyof typeof WINDOW_NAMES,
	figures: { limit: number; used: number; requested: number },
	waitText: string
): GroqErrorResponse {
	return groqError(
		429,
		`Rate limit reached for model \`${model}\` in organization \`${ORGANIZATION}\` service tier \`on_demand\` on ${WINDOW_NAMES[window]} (${window}): Limit ${figures.limit}, Used ${figures.used}, Requested ${figures.requested}. Please try again in ${waitText}. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing`,
		window.startsWith('R') ? 'requests' : 'tokens',
		'rate_limit_exceeded'
	);
}

export function tooLargeError(model: string, limit: number, requested: number): GroqErrorResponse {
	return groqError(
		413,
		`Request too large for model \`${model}\` in organization \`${ORGANIZATION}\` service tier \`on_demand\` on tokens per minute (TPM): Limit ${limit}, Requested ${requested}, please reduce your message size and try again. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing`,
		'tokens',
		'rate_limit_exceeded'
	);
}

interface FaultContext {
	model: string;
	maxTokens: number;
}

/** The error answer for a status fault (undefined for faults that spoil a successful answer). */
export function faultResponse(
	fault: MockFault,
	request: FaultContext,
	promptTokens: number,
	limits: { rpm: number; rpd: number; tpm: number; tpd: number },
	timeScale: number
): GroqErrorResponse | undefined {
	const model = request.model;
	const scaled = (seconds: number) => (seconds * 1000) / timeScale;
	switch (fault.kind) {
		case 'rate_limit': {
			const waitMs = scaled(fault.retryAfterSeconds ?? 2);
			const window = fault.limit === 'tokens' ? 'TPM' : 'RPM';
			const limit = window === 'TPM' ? limits.tpm : limits.rpm;
			const requested = window === 'TPM' ? promptTokens + request.maxTokens : 1;
			return {
				...rateLimitError(
					model,
					window,
					{ limit, used: limit, requested },
					formatGoDuration(waitMs)
				),
				retryAfterMs: waitMs
			};
		}
		case 'day_limit': {
			const waitMs = scaled(fault.retryAfterSeconds ?? 3 * 3600);
			const window = fault.limit === 'tokens' ? 'TPD' : 'RPD';
			const limit = window === 'TPD' ? limits.tpd : limits.rpd;
			const requested = window === 'TPD' ? promptTokens : 1;
			return {
				...rateLimitError(
					model,
					window,
					{ limit, used: limit, requested },
					formatGoDuration(waitMs)
				),
				retryAfterMs: waitMs
			};
		}
		case 'server_error':
			return groqError(500, 'Internal Server Error', 'internal_server_error');
		case 'unavailable':
			return groqError(
				503,
				'Service Unavailable: the server is temporarily overloaded. Please try again later.',
				'internal_server_error',
				'service_unavailable'
			);
		case 'too_large':
			return tooLargeError(model, limits.tpm, limits.tpm + 294);
		case 'model_not_found':
			return modelNotFoundError(model);
		case 'model_decommissioned':
			return modelDecommissionedError(model);
		case 'unauthorized':
			return invalidKeyError();
		case 'json_validate_failed':
			return groqError(
				400,
				"Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.",
				'invalid_request_error',
				'json_validate_failed',
				{ failed_generation: '{"summary": "unterminated' }
			);
		default:
			return undefined;
	}
}
