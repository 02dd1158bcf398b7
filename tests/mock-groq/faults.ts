/**
 * What can go wrong on Groq, on demand: each fault is consumed by one chat request. Status faults
 * answer with Groq's exact error bodies; content faults let the request succeed but spoil the
 * answer the way real models do.
 */
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
	/** 200 with a body that is not JSON. */
	| { kind: 'malformed_json' }
	| { kind: 'empty_content' }
	/** The answer preceded by a `<think>…</think>` block. */
	| { kind: 'think' }
	/** The answer wrapped in a ```json code fence. */
	| { kind: 'code_fence' }
	/** JSON that breaks the requested schema (a required property missing, a wrong type). */
	| { kind: 'schema_violation' };

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
	'malformed_json',
	'empty_content',
	'think',
	'code_fence',
	'schema_violation'
];

/** Faults that spoil a successful answer rather than replace it with an error. */
export const CONTENT_FAULTS: ReadonlySet<MockFaultKind> = new Set([
	'drop',
	'malformed_json',
	'empty_content',
	'think',
	'code_fence',
	'schema_violation'
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
