/**
 * The one narrow interface between the app and any LLM. Pacing, retry and caching wrap it
 * (each is an LlmClient around an LlmClient); the pipeline only ever sees this.
 */
import type { RateLimitInfo } from './parse-rate-limit-headers';
import type { ReasoningEffort } from './reasoning';

export interface LlmMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

/** A JSON schema the answer must follow (Groq `response_format: json_schema`, strict). */
export interface LlmJsonSchema {
	name: string;
	schema: Record<string, unknown>;
}

export interface LlmRequest {
	model: string;
	messages: LlmMessage[];
	temperature: number;
	/** `max_completion_tokens`: room for the answer and, on a reasoning model, its thinking. */
	maxTokens: number;
	/** How long a reasoning model thinks; sent only to models that take it (see reasoning.ts). */
	reasoningEffort?: ReasoningEffort;
	/** When set, the model must answer with JSON that follows this schema. */
	jsonSchema?: LlmJsonSchema;
	/** Ask for a JSON object without a schema (`response_format: json_object`). */
	jsonObject?: boolean;
	/** Hash of the prompt templates that produced the messages; enters the cache key. */
	promptVersion?: string;
}

export interface LlmUsage {
	promptTokens: number;
	completionTokens: number;
	totalTokens: number;
}

export interface LlmResult {
	text: string;
	/** The model's reasoning when the API returned it separately (or inside <think>). */
	reasoning?: string;
	usage: LlmUsage;
	model: string;
	fromCache: boolean;
	finishReason?: string;
	/** What Groq's rate-limit headers said, when the browser could read them (for the pacer). */
	rateLimit?: RateLimitInfo;
	/**
	 * Milliseconds Groq itself spent on the request (`usage.total_time`). The pacer uses it to
	 * date the request's arrival at Groq, which is when Groq's rate-limit window counts it from.
	 */
	serverTimeMs?: number;
}

export interface LlmCallOptions {
	signal?: AbortSignal;
	/** Skip the response cache (an explicit "regenerate" of an unchanged request). */
	bypassCache?: boolean;
	/** Told about queueing, rate-limit waits and retries, for the UI. */
	onActivity?: (activity: LlmActivity) => void;
}

export interface LlmClient {
	complete(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResult>;
}

/** What a request is doing, for the countdown the user sees ("Waiting 12 s for Groq's token limit"). */
export type LlmActivity =
	| { state: 'queued' }
	| {
			state: 'waiting';
			/** Epoch ms when the wait ends. */
			until: number;
			limit: 'requests' | 'tokens';
			window: 'minute' | 'day';
	  }
	| { state: 'in_flight' }
	| { state: 'retrying'; attempt: number; until: number; reason: string }
	| { state: 'done'; fromCache: boolean }
	| { state: 'failed'; message: string };
