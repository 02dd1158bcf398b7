/**
 * OpenAI's error answers, body for body: `{error: {message, type, param, code}}` with `param` and
 * `code` always present (null when they do not apply). A wrong key is echoed back half-masked, as
 * OpenAI does, so a test can check that the app never shows or stores the message verbatim.
 */
export interface OpenAiErrorResponse {
	status: number;
	body: { error: { message: string; type: string; param: string | null; code: string | null } };
	/** Sent as `retry-after` (seconds) when set. */
	retryAfterMs?: number;
}

export function openAiError(
	status: number,
	message: string,
	type: string,
	code: string | null = null,
	param: string | null = null
): OpenAiErrorResponse {
	return { status, body: { error: { message, type, param, code } } };
}

export const OPENAI_ORGANIZATION = 'org-mockopenaiorganization';

export function missingKeyError(): OpenAiErrorResponse {
	return openAiError(
		401,
		"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from https://platform.openai.com/account/api-keys.",
		'invalid_request_error'
	);
}

/** OpenAI's own masking: the first characters and the last four of the key it was given. */
export function maskedKey(key: string): string {
	if (key.length <= 12) return `${key.slice(0, 3)}***`;
	return `${key.slice(0, 8)}${'*'.repeat(Math.min(key.length - 12, 60))}${key.slice(-4)}`;
}

export function incorrectKeyError(key: string): OpenAiErrorResponse {
	return openAiError(
		401,
		`Incorrect API key provided: ${maskedKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
		'invalid_request_error',
		'invalid_api_key'
	);
}

export function openAiModelNotFound(model: string): OpenAiErrorResponse {
	return openAiError(
		404,
		`The model \`${model}\` does not exist or you do not have access to it.`,
		'invalid_request_error',
		'model_not_found'
	);
}

export function unknownUrlError(method: string, path: string): OpenAiErrorResponse {
	return openAiError(404, `Invalid URL (${method} ${path})`, 'invalid_request_error');
}

/** Per-minute windows only: OpenAI's limits are RPM and TPM (plus a monthly spend cap). */
export function openAiRateLimit(
	model: string,
	window: 'RPM' | 'TPM',
	figures: { limit: number; used: number; requested: number },
	waitText: string,
	retryAfterMs: number
): OpenAiErrorResponse {
	const name = window === 'RPM' ? 'requests per min' : 'tokens per min';
	return {
		...openAiError(
			429,
			`Rate limit reached for ${model} in organization ${OPENAI_ORGANIZATION} on ${name} (${window}): Limit ${figures.limit}, Used ${figures.used}, Requested ${figures.requested}. Please try again in ${waitText}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
			window === 'RPM' ? 'requests' : 'tokens',
			'rate_limit_exceeded'
		),
		retryAfterMs
	};
}

/** Out of credit: also 429, but waiting does not help (no retry-after). */
export function insufficientQuotaError(): OpenAiErrorResponse {
	return openAiError(
		429,
		'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
		'insufficient_quota',
		'insufficient_quota'
	);
}

export function unsupportedParameterError(param: string, instead?: string): OpenAiErrorResponse {
	return openAiError(
		400,
		`Unsupported parameter: '${param}' is not supported with this model.${instead ? ` Use '${instead}' instead.` : ''}`,
		'invalid_request_error',
		'unsupported_parameter',
		param
	);
}

/** What reasoning models say to any temperature but the default. */
export function unsupportedTemperatureError(value: unknown): OpenAiErrorResponse {
	return openAiError(
		400,
		`Unsupported value: 'temperature' does not support ${String(value)} with this model. Only the default (1) value is supported.`,
		'invalid_request_error',
		'unsupported_value',
		'temperature'
	);
}

export function invalidSchemaError(name: string, problem: string): OpenAiErrorResponse {
	return openAiError(
		400,
		`Invalid schema for response_format '${name}': ${problem}`,
		'invalid_request_error',
		'invalid_json_schema',
		'response_format'
	);
}

export function openAiServerError(): OpenAiErrorResponse {
	return openAiError(
		500,
		'The server had an error while processing your request. Sorry about that!',
		'server_error'
	);
}

export function openAiOverloaded(): OpenAiErrorResponse {
	return openAiError(
		503,
		'The engine is currently overloaded, please try again later.',
		'server_error',
		'service_unavailable'
	);
}
