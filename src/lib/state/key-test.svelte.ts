/**
 * "Test connection": lists the models the chosen provider offers with this key, and says in the
 * person's words what to do when that fails: a rejected key, a model that is not there, a server
 * that is not running, a local server that refuses this page, an address this build may not call.
 * The models it finds are offered per step until the provider, key or address changes.
 */
import { diagnoseUnreachable, blockedByPolicy } from '$lib/llm/diagnose-connection';
import type { ConnectionEnvironment } from '$lib/llm/diagnose-connection';
import { isLlmError } from '$lib/llm/llm-error';
import type { ProviderPreset } from '$lib/llm/provider-presets';

export type KeyTest =
	| { status: 'idle' }
	| { status: 'testing' }
	| { status: 'ok'; message: string; models: string[] }
	| { status: 'failed'; message: string };

export interface ConnectionTestInput {
	preset: ProviderPreset;
	apiKey: string;
	baseUrl: string;
	/** The models chosen per step, checked against the live list. */
	chosenModels: Record<'generation' | 'cleaning', string>;
	listModels: () => Promise<Array<{ id: string }>>;
	/** The page's policy and a probe, to explain a bare network error; without it, a plain message. */
	environment?: ConnectionEnvironment;
}

function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return baseUrl;
	}
}

async function failure(error: unknown, input: ConnectionTestInput): Promise<string> {
	const { preset, baseUrl, environment } = input;
	if (!isLlmError(error)) return 'Testing the connection failed unexpectedly.';
	switch (error.kind) {
		case 'auth':
			if (error.status !== 401) return error.message;
			if (!preset.key.required)
				return `The server at ${hostOf(baseUrl)} asks for a key (401): enter the one it was started with.`;
			return `${preset.label} rejected this key (401). Check that you copied all of it, or create a new key${preset.key.pageUrl ? ` at ${preset.key.pageUrl.replace(/^https:\/\//, '')}` : ''}.`;
		case 'network':
		case 'timeout':
			if (environment) return diagnoseUnreachable(preset, baseUrl, environment);
			return `Could not reach ${hostOf(baseUrl)}. Check the base URL and your connection; a firewall, a browser extension or the server's CORS rules may be blocking the request.`;
		case 'offline':
			return 'You are offline. Connect to the internet, then test again.';
		default:
			return error.message;
	}
}

function success(input: ConnectionTestInput, ids: string[]): string {
	const count = `${ids.length} model${ids.length === 1 ? ' is' : 's are'} available`;
	const head = input.preset.key.required
		? `The key works. ${count} to it.`
		: `Connected to ${input.preset.id === 'custom' ? hostOf(input.baseUrl) : input.preset.label}. ${count}.`;
	const missing = (['generation', 'cleaning'] as const)
		.filter((step, index, steps) => {
			const model = input.chosenModels[step];
			return (
				!ids.includes(model) && steps.findIndex((s) => input.chosenModels[s] === model) === index
			);
		})
		.map(
			(step) => `“${input.chosenModels[step]}” (${step === 'generation' ? 'writing' : 'cleaning'})`
		);
	if (ids.length === 0 || missing.length === 0) return head;
	return `${head} ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not among them: pick ${missing.length === 1 ? 'another model' : 'other models'} under “Models and limits”.`;
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

	async run(input: ConnectionTestInput): Promise<void> {
		const { preset, apiKey, baseUrl, environment } = input;
		if (preset.key.required && !apiKey) {
			this.#result = { status: 'failed', message: `Enter your ${preset.label} API key first.` };
			return;
		}
		if (!baseUrl) {
			this.#result = { status: 'failed', message: 'Enter the server’s address (base URL) first.' };
			return;
		}
		const blocked = environment && blockedByPolicy(preset, baseUrl, environment);
		if (blocked) {
			this.#result = { status: 'failed', message: blocked };
			return;
		}
		this.#result = { status: 'testing' };
		try {
			const ids = (await input.listModels()).map((model) => model.id);
			this.#liveModels = ids;
			this.#result = { status: 'ok', message: success(input, ids), models: ids };
		} catch (error) {
			this.#result = { status: 'failed', message: await failure(error, input) };
		}
	}
}
