/**
 * Runs the mock Groq server on its own, e.g. to point a dev build of the app at it.
 *
 *   npm run mock-groq -- [--port 8787] [--time-scale 60] [--key gsk_…] [--no-expose-headers]
 *                        [--latency 50]
 */
import { parseArgs } from 'node:util';
import { startMockGroq } from './server';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '8787' },
		'time-scale': { type: 'string', default: '1' },
		key: { type: 'string' },
		'no-expose-headers': { type: 'boolean', default: false },
		latency: { type: 'string', default: '0' }
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

const mock = await startMockGroq({
	port: positive('port', values.port, true),
	timeScale: positive('time-scale', values['time-scale']),
	apiKey: values.key,
	exposeRateLimitHeaders: !values['no-expose-headers'],
	latencyMs: positive('latency', values.latency, true)
});

console.log(`Mock Groq listening at ${mock.url}`);
console.log(`Base URL for the app: ${mock.url}`);
console.log(`Accepted API key:     ${mock.apiKey}`);
console.log('Press Ctrl+C to stop.');

const stop = () => {
	void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
