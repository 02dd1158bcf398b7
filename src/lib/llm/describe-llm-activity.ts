/**
 * The sentence the user reads while a request waits: "Waiting 12 s for Groq's token limit".
 * Pure, so the wording is tested without a browser; the countdown comes from calling it again
 * with a later `now`.
 */
import type { LlmActivity } from './llm-client';

/** "12 s", "1 min 5 s", "2 h 3 min". */
export function formatWait(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60)
		return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
	const hours = Math.floor(minutes / 60);
	return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** `provider` names who answers ("Groq", "Ollama"). */
export function describeLlmActivity(
	activity: LlmActivity | undefined,
	now: number,
	provider = 'Groq'
): string {
	if (!activity) return '';
	switch (activity.state) {
		case 'queued':
			return `Queued for ${provider}…`;
		case 'waiting': {
			const limit = activity.limit === 'tokens' ? 'token' : 'request';
			const window = activity.window === 'day' ? 'daily ' : '';
			if (activity.until <= now) return `Sending to ${provider}…`;
			return `Waiting ${formatWait(activity.until - now)} for ${provider}'s ${window}${limit} limit`;
		}
		case 'in_flight':
			// "the server is writing…" starts a sentence too.
			return `${provider.charAt(0).toUpperCase()}${provider.slice(1)} is writing…`;
		case 'retrying':
			if (activity.until <= now)
				return `Trying again after ${activity.reason} (attempt ${activity.attempt})…`;
			return `Trying again in ${formatWait(activity.until - now)} after ${activity.reason} (attempt ${activity.attempt})`;
		case 'done':
			return activity.fromCache ? 'Done (saved answer reused)' : 'Done';
		case 'failed':
			return activity.message;
	}
}

/**
 * Why a request cannot go today, naming who refused it: "Today's OpenAI allowance of requests
 * for “gpt-4.1-mini” is used up; it frees up in about 3 h." The pacer, the retry layer and the
 * error mapping all say it the same way.
 */
export function dayLimitMessage(
	provider: string,
	limit: 'requests' | 'tokens',
	model: string | undefined,
	waitMs: number | undefined
): string {
	const forModel = model ? ` for “${model}”` : '';
	const frees =
		waitMs !== undefined && waitMs > 0 ? `; it frees up in about ${formatWait(waitMs)}` : '';
	return `Today's ${provider} allowance of ${limit}${forModel} is used up${frees}.`;
}
