/**
 * Runs a mock provider on its own, e.g. to point a dev build of the app at it (README.md here
 * says what each mode does).
 *
 *   npm run mock-groq -- [--mode groq|openai|ollama] [--port N] [--latency ms]
 *     groq (default, port 8787):  [--time-scale 60] [--key gsk_…] [--no-expose-headers]
 *     openai (port 8788):         [--time-scale 60] [--key sk-…] [--no-expose-headers]
 *     ollama (port 11434):        [--refuse-cors] [--ignore-schema]
 */
import { parseArgs } from 'node:util';
import { startMockOllama } from './ollama-mode';
import { startMockOpenAi } from './openai-mode';
import { startMockGroq } from './server';

const { values } = parseArgs({
	options: {
		mode: { type: 'string', default: 'groq' },
		port: { type: 'string' },
		'time-scale': { type: 'string', default: '1' },
		key: { type: 'string' },
		'no-expose-headers': { type: 'boolean', default: false },
		latency: { type: 'string' },
		'refuse-cors': { type: 'boolean', default: false },
		'ignore-schema': { type: 'boolean', default: false }
	}
});

function positive(name: string, text: string, allowZero = false): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
		console.error(
			`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${text}"`
		);
		process.exit(2);
	}
	return value;
}

const DEFAULT_PORTS: Record<string, string> = { groq: '8787', openai: '8788', ollama: '11434' };
const mode = values.mode;
if (!(mode in DEFAULT_PORTS)) {
	console.error(`--mode must be groq, openai or ollama, got "${mode}"`);
	process.exit(2);
}
const port = positive('port', values.port ?? (DEFAULT_PORTS[mode] as string), true);
const latency =
	values.latency === undefined ? undefined : positive('latency', values.latency, true);
const common = {
	port,
	timeScale: positive('time-scale', values['time-scale']),
	apiKey: values.key,
	exposeRateLimitHeaders: !values['no-expose-headers']
};

async function start(): Promise<{ baseUrl: string; key: string; close: () => Promise<void> }> {
	if (mode === 'openai') {
		const mock = await startMockOpenAi({ ...common, latencyMs: latency });
		return { baseUrl: mock.baseUrl, key: mock.apiKey, close: mock.close };
	}
	if (mode === 'ollama') {
		const mock = await startMockOllama({
			port,
			refuseCors: values['refuse-cors'],
			jsonSchema: values['ignore-schema'] ? 'ignore' : 'follow',
			pace: latency === undefined ? undefined : { firstTokenMs: latency }
		});
		return { baseUrl: mock.baseUrl, key: '(none needed)', close: mock.close };
	}
	const mock = await startMockGroq({ ...common, latencyMs: latency ?? 0 });
	return { baseUrl: mock.url, key: mock.apiKey, close: mock.close };
}

const mock = await start().catch((error: NodeJS.ErrnoException) => {
	const taken = error.code === 'EADDRINUSE';
	console.error(taken ? `Port ${port} is in use (a real server?); pass --port.` : String(error));
	process.exit(1);
});

console.log(`Mock ${mode} listening`);
console.log(`Base URL for the app: ${mock.baseUrl}`);
console.log(`Accepted API key:     ${mock.key}`);
console.log('Press Ctrl+C to stop.');

const stop = () => {
	void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
