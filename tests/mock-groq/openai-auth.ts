/**
 * OpenAI's key check: Bearer auth only. No header and a wrong key get different 401 bodies, and
 * the wrong key comes back half-masked in the message.
 */
import { incorrectKeyError, missingKeyError, type OpenAiErrorResponse } from './openai-errors';

export function checkOpenAiKey(
	authorization: string | undefined,
	apiKey: string
): OpenAiErrorResponse | undefined {
	const given = /^Bearer\s+(.*)$/i.exec(authorization ?? '')?.[1]?.trim();
	if (given === undefined || given === '') return missingKeyError();
	return given === apiKey ? undefined : incorrectKeyError(given);
}
