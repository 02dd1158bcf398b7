/**
 * An LlmClient for unit tests of the wrappers: answers from a script (or a default), and records
 * each call with the time it reached the network, as the wrapper under test would see it.
 */
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from '../llm-client';

export type ScriptStep =
	| LlmResult
	| Error
	| ((request: LlmRequest, options: LlmCallOptions) => LlmResult | Promise<LlmResult>);

export interface RecordedCall {
	at: number;
	request: LlmRequest;
	options: LlmCallOptions;
}

export function resultFor(request: LlmRequest, overrides: Partial<LlmResult> = {}): LlmResult {
	const promptTokens = request.messages.reduce(
		(sum, message) => sum + Math.ceil(message.content.length / 4),
		0
	);
	return {
		text: `answer to ${request.messages.at(-1)?.content.slice(0, 20) ?? ''}`,
		usage: { promptTokens, completionTokens: 10, totalTokens: promptTokens + 10 },
		model: request.model,
		fromCache: false,
		...overrides
	};
}

export class ScriptedLlmClient implements LlmClient {
	readonly calls: RecordedCall[] = [];
	readonly script: ScriptStep[] = [];

	constructor(private readonly now: () => number = Date.now) {}

	/** Steps are used one per call, in order; without one, a plain answer. */
	then(...steps: ScriptStep[]): this {
		this.script.push(...steps);
		return this;
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		this.calls.push({ at: this.now(), request, options });
		const step = this.script.shift();
		if (step === undefined) return resultFor(request);
		if (step instanceof Error) throw step;
		if (typeof step === 'function') return step(request, options);
		return step;
	}

	get callTimes(): number[] {
		return this.calls.map((call) => call.at);
	}
}
