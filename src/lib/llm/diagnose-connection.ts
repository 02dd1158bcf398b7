/**
 * Why a provider cannot be reached, in the person's terms. A browser reports a refused CORS
 * preflight, a server that is not running and a request its own policy blocked all as the same
 * bare network error, so this asks two more questions: does the page's policy allow the address
 * at all, and does anything answer there (a `no-cors` probe resolves, with an opaque response,
 * whenever a server answers, and fails when nothing listens)?
 */
import { cspAllows } from './csp-allows';
import type { ProviderPreset } from './provider-presets';

export interface ConnectionEnvironment {
	/** The page's URL (its origin is what a local server must allow). */
	pageUrl: string;
	/** The page's `connect-src` sources; undefined when the page has no policy. */
	connectSources?: readonly string[];
	/** Resolves 'listening' when anything answers at the URL, 'nothing' otherwise. */
	probe(url: string): Promise<'listening' | 'nothing'>;
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** Set when the page's policy forbids the address: no request can work, so none is made. */
export function blockedByPolicy(
	preset: ProviderPreset,
	baseUrl: string,
	environment: ConnectionEnvironment
): string | undefined {
	const sources = environment.connectSources;
	if (!sources || cspAllows(sources, baseUrl, environment.pageUrl)) return undefined;
	const origin = new URL(baseUrl).origin;
	return `This copy of aicvgen may only talk to the providers listed in Settings and to servers on this computer, so your browser blocks every request to ${hostOf(baseUrl)}. To use that address, build and host your own copy that allows it: LLM_EXTRA_ORIGINS="${origin}" npm run build (see "Deploying" in the README).${preset.local ? ' Or use http://localhost or http://127.0.0.1 as the address.' : ''}`;
}

const REFUSES_PAGE: Partial<Record<ProviderPreset['id'], (origin: string) => string>> = {
	ollama: (origin) =>
		`Ollama is running but does not allow this site. Quit Ollama and start it again with OLLAMA_ORIGINS=${origin} ollama serve (on a Mac with the Ollama app: launchctl setenv OLLAMA_ORIGINS "${origin}", then restart Ollama).`,
	lmstudio: () =>
		'LM Studio’s server is running but does not allow this site. In LM Studio open Developer → Server Settings and turn on “Enable CORS” (or start it with lms server start --cors), then test again.',
	llamacpp: (origin) =>
		`llama-server is running but does not allow this site. If you started it with --cors-origins, add ${origin} to that list (or leave the option out), then test again.`
};

const START_HINT: Partial<Record<ProviderPreset['id'], string>> = {
	ollama: 'open the Ollama app, or run ollama serve',
	lmstudio: 'in LM Studio, open Developer and start the server',
	llamacpp: 'run llama-server -m <your model file>'
};

/** The sentence for a request that got no answer at all (fetch's bare TypeError). */
export async function diagnoseUnreachable(
	preset: ProviderPreset,
	baseUrl: string,
	environment: ConnectionEnvironment
): Promise<string> {
	const policy = blockedByPolicy(preset, baseUrl, environment);
	if (policy) return policy;
	const host = hostOf(baseUrl);
	const page = new URL(environment.pageUrl);
	const listening = (await environment.probe(`${baseUrl}${preset.modelsPath}`)) === 'listening';
	if (listening) {
		const refuses = REFUSES_PAGE[preset.id];
		if (refuses) return refuses(page.origin);
		return `${host} answers, but does not allow requests from this site (its CORS rules). The server must allow the origin ${page.origin} and the Authorization and Content-Type headers.`;
	}
	const prompt =
		page.protocol === 'https:' && new URL(baseUrl).protocol === 'http:'
			? ' If your browser asked whether this site may connect to devices on your network or to this computer, allow it.'
			: '';
	if (preset.local || preset.id === 'custom') {
		const start = START_HINT[preset.id];
		return `Nothing answers at ${host}: ${preset.id === 'custom' ? 'the server' : preset.label} does not seem to be running.${start ? ` Start it (${start}),` : ' Start it or check the address,'} then test again.${prompt}`;
	}
	return `Could not reach ${host}. Check your connection and the base URL; a firewall or a browser extension may be blocking the request.${prompt}`;
}
