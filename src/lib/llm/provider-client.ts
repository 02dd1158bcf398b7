/**
 * The bottom of the LLM stack: hands each call to the chosen provider's client, read per call so
 * switching provider in Settings applies at once. Groq keeps its groq-sdk client; every other
 * provider goes through the OpenAI-compatible fetch client. A connection without a preset is
 * Groq's (benchmarks and older callers).
 */
import { GroqLlmClient, type GroqClientOptions, type GroqConnection } from './groq-client';
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from './llm-client';
import { OpenAiCompatibleClient } from './openai-compatible-client';
import type { ProviderConnection } from './provider-connection';
import { providerNameOf } from './provider-preset';

export type StackConnection = GroqConnection | ProviderConnection;

export interface ProviderClientOptions extends Omit<GroqClientOptions, 'connection'> {
	connection: () => StackConnection;
}

function isProvider(connection: StackConnection): connection is ProviderConnection {
	return 'preset' in connection && connection.preset.adapter === 'fetch';
}

export class ProviderClient implements LlmClient {
	readonly #connection: () => StackConnection;
	readonly groq: GroqLlmClient;
	readonly #compatible: OpenAiCompatibleClient;

	constructor(options: ProviderClientOptions) {
		this.#connection = options.connection;
		this.groq = new GroqLlmClient({ ...options, connection: () => this.#connection() });
		this.#compatible = new OpenAiCompatibleClient({
			connection: () => this.#connection() as ProviderConnection,
			fetch: options.fetch,
			now: options.now,
			online: options.online
		});
	}

	#client(): GroqLlmClient | OpenAiCompatibleClient {
		return isProvider(this.#connection()) ? this.#compatible : this.groq;
	}

	complete(request: LlmRequest, options?: LlmCallOptions): Promise<LlmResult> {
		return this.#client().complete(request, options);
	}

	/** The models the key may use at the chosen provider (not paced, not cached). */
	listModels(options: { signal?: AbortSignal } = {}): Promise<Array<{ id: string }>> {
		return this.#client().listModels(options);
	}

	/** Who answers now, for the words the person reads ("OpenAI", a Custom address's host). */
	name(): string {
		const connection = this.#connection();
		return 'preset' in connection ? providerNameOf(connection.preset, connection.baseURL) : 'Groq';
	}

	/** What the response cache keys on besides the request: who answers it (never the key). */
	scope(): string {
		const connection = this.#connection();
		return 'preset' in connection ? `${connection.preset.id} ${connection.baseURL}` : 'groq';
	}
}
