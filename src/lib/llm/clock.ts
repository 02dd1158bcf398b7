/**
 * Time as the LLM layer sees it. Pacing and retry wait through this so tests can run them under
 * fake timers (or a hand-driven clock) instead of sleeping for real.
 */
import { LlmError } from './llm-error';

export interface Clock {
	/** Epoch milliseconds. */
	now(): number;
	/** Resolves after `ms`; rejects with an `aborted` LlmError as soon as `signal` aborts. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function abortedError(): LlmError {
	return new LlmError('aborted');
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep(ms, signal) {
		return new Promise<void>((resolve, reject) => {
			if (signal?.aborted) {
				reject(abortedError());
				return;
			}
			const onAbort = () => {
				clearTimeout(timer);
				reject(abortedError());
			};
			const timer = setTimeout(
				() => {
					signal?.removeEventListener('abort', onAbort);
					resolve();
				},
				Math.max(0, ms)
			);
			signal?.addEventListener('abort', onAbort, { once: true });
		});
	}
};
