/**
 * "Test key": lists the models the key may use, and says in words what to do when that fails
 * (a rejected key, an unreachable address, no connection). The models it finds are offered per
 * step until the key or the address changes.
 */
import { isLlmError } from '$lib/llm/llm-error';

export type KeyTest =
	| { status: 'idle' }
	| { status: 'testing' }
	| { status: 'ok'; message: string; models: string[] }
	| { status: 'failed'; message: string };

function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return baseUrl;
	}
}

function keyFailure(error: unknown, baseUrl: string): string {
	if (!isLlmError(error)) return 'Testing the key failed unexpectedly.';
	switch (error.kind) {
		case 'auth':
			return error.status === 401
				? 'Groq rejected this key (401). Check that you copied all of it, or create a new key at console.groq.com/keys.'
				: error.message;
		case 'network':
		case 'timeout':
			return `Could not reach ${hostOf(baseUrl)}. Check the base URL and your connection; a firewall, a browser extension or the server's CORS rules may be blocking the request.`;
		case 'offline':
			return 'You are offline. Connect to the internet, then test the key again.';
		default:
			return error.message;
	}
}

export class KeyTester {
	#result = $state<KeyTest>({ status: 'idle' });
	#liveModels = $state<string[]>([]);

	get result(): KeyTest {
		return this.#result;
	}
	/** Model ids the key may use, from the last successful test (empty before one). */
	get liveModels(): string[] {
		return this.#liveModels;
	}

	/** Forgets the last outcome; `models` too when the key or address it was for is gone. */
	reset(models: 'keep' | 'forget' = 'forget'): void {
		this.#result = { status: 'idle' };
		if (models === 'forget') this.#liveModels = [];
	}

	async run(
		hasKey: boolean,
		listModels: () => Promise<Array<{ id: string }>>,
		baseUrl: string
	): Promise<void> {
		if (!hasKey) {
			this.#result = { status: 'failed', message: 'Enter your Groq API key first.' };
			return;
		}
		this.#result = { status: 'testing' };
		try {
			const ids = (await listModels()).map((model) => model.id);
			this.#liveModels = ids;
			this.#result = {
				status: 'ok',
				message: `The key works. ${ids.length} model${ids.length === 1 ? ' is' : 's are'} available to it.`,
				models: ids
			};
		} catch (error) {
			this.#result = { status: 'failed', message: keyFailure(error, baseUrl) };
		}
	}
}
