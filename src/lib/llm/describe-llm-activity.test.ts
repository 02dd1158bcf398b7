import { describe, expect, it } from 'vitest';
import { dayLimitMessage, describeLlmActivity, formatWait } from './describe-llm-activity';

const NOW = 1_000_000;

describe('describeLlmActivity', () => {
	it('counts down a wait for the token limit', () => {
		const activity = {
			state: 'waiting',
			until: NOW + 12_000,
			limit: 'tokens',
			window: 'minute'
		} as const;
		expect(describeLlmActivity(activity, NOW)).toBe("Waiting 12 s for Groq's token limit");
		expect(describeLlmActivity(activity, NOW + 11_500)).toBe("Waiting 1 s for Groq's token limit");
		expect(describeLlmActivity(activity, NOW + 12_000)).toBe('Sending to Groq…');
	});

	it('names the provider in use', () => {
		const waiting = {
			state: 'waiting',
			until: NOW + 5_000,
			limit: 'requests',
			window: 'minute'
		} as const;
		expect(describeLlmActivity(waiting, NOW, 'OpenAI')).toBe(
			"Waiting 5 s for OpenAI's request limit"
		);
		expect(describeLlmActivity({ state: 'in_flight' }, NOW, 'Ollama')).toBe('Ollama is writing…');
		expect(describeLlmActivity({ state: 'queued' }, NOW, 'Ollama')).toBe('Queued for Ollama…');
	});

	it('names the daily request limit', () => {
		expect(
			describeLlmActivity(
				{ state: 'waiting', until: NOW + 125_000, limit: 'requests', window: 'day' },
				NOW
			)
		).toBe("Waiting 2 min 5 s for Groq's daily request limit");
	});

	it('explains a retry and its reason', () => {
		expect(
			describeLlmActivity(
				{
					state: 'retrying',
					attempt: 2,
					until: NOW + 3_000,
					reason: 'a temporary problem at Groq'
				},
				NOW
			)
		).toBe('Trying again in 3 s after a temporary problem at Groq (attempt 2)');
	});

	it('describes the other states', () => {
		expect(describeLlmActivity({ state: 'queued' }, NOW)).toBe('Queued for Groq…');
		expect(describeLlmActivity({ state: 'in_flight' }, NOW)).toBe('Groq is writing…');
		expect(describeLlmActivity({ state: 'done', fromCache: true }, NOW)).toBe(
			'Done (saved answer reused)'
		);
		expect(describeLlmActivity({ state: 'failed', message: 'Groq refused the key.' }, NOW)).toBe(
			'Groq refused the key.'
		);
		expect(describeLlmActivity(undefined, NOW)).toBe('');
	});

	it('formats long waits in hours and minutes', () => {
		expect(formatWait(3 * 3_600_000 + 12 * 60_000)).toBe('3 h 12 min');
		expect(formatWait(7_200_000)).toBe('2 h');
		expect(formatWait(10)).toBe('1 s');
	});
});

describe('the chosen provider in the words', () => {
	it('names whoever answers, and starts a sentence with a capital', () => {
		expect(describeLlmActivity({ state: 'in_flight' }, NOW, 'Mistral')).toBe('Mistral is writing…');
		expect(describeLlmActivity({ state: 'in_flight' }, NOW, 'the server')).toBe(
			'The server is writing…'
		);
	});

	it('says whose day is used up, for which model, and when it frees up', () => {
		expect(dayLimitMessage('OpenAI', 'tokens', 'gpt-4.1-mini', 3 * 3_600_000)).toBe(
			"Today's OpenAI allowance of tokens for “gpt-4.1-mini” is used up; it frees up in about 3 h."
		);
		expect(dayLimitMessage('Gemini', 'requests', undefined, 0)).toBe(
			"Today's Gemini allowance of requests is used up."
		);
	});
});
