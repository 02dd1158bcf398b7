/**
 * First-load benchmark: builds the app, serves build/ like a static host, and in Chromium
 * measures the gzip size of the JavaScript the first page loads, the time until the session
 * list is interactive (median of 5 cold loads), and the size of the service worker's precache.
 *
 *   npm run bench:load        (last line: load: first_js_gzip_kb=<n> tti_ms=<n> precache_kb=<n>)
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/serve-build';

const PORT = 4177;
const COLD_LOADS = 5;
const dir = 'build-bench-load';

console.log('Building…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
	stdio: 'inherit',
	env: { ...process.env, BUILD_DIR: dir, KIT_OUT_DIR: '.svelte-kit-bench-load' }
});
const server = await startStaticServer({ port: PORT, dir, base: '' });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const url = `http://127.0.0.1:${PORT}/`;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

try {
	// JS of the first page: every script response until the session list is shown.
	const first = await browser.newContext({ serviceWorkers: 'block' });
	const page = await first.newPage();
	const scripts = new Map<string, number>();
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.body().catch(() => undefined);
		if (body) scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.getByRole('heading', { name: 'Sessions' }).waitFor();
	const firstJsBytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	console.log(`first page: ${scripts.size} JS files, ${(firstJsBytes / 1024).toFixed(1)} KB gzip`);
	const lazy = [...scripts.keys()].filter((name) => /jspdf|html2canvas|groq/i.test(name));
	console.log(`heavy libraries in the first load: ${lazy.length === 0 ? 'none' : lazy.join(', ')}`);
	await first.close();

	// Time to interactive of the session list, cold (fresh context, no cache, no service worker).
	const times: number[] = [];
	for (let run = 0; run < COLD_LOADS; run += 1) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const cold = await context.newPage();
		await cold.goto(url);
		await cold.getByRole('button', { name: 'Create session' }).waitFor();
		await cold
			.getByText(/No sessions yet|Lead Data Engineer/)
			.first()
			.waitFor();
		const ready = await cold.evaluate(() => performance.now());
		times.push(Math.round(ready));
		await context.close();
	}
	console.log(`session list interactive (ms): ${times.join(', ')}; median ${median(times)}`);

	// Precache: what the service worker stores on install.
	const swContext = await browser.newContext();
	const swPage = await swContext.newPage();
	await swPage.goto(url);
	const precacheBytes = await swPage.evaluate(async () => {
		await navigator.serviceWorker.ready;
		let total = 0;
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				total += (await response!.arrayBuffer()).byteLength;
			}
		}
		return total;
	});
	await swContext.close();
	console.log(`precache: ${(precacheBytes / 1024).toFixed(0)} KB`);
	console.log('lighthouse: not run (not installed)');
	console.log(
		`load: first_js_gzip_kb=${Math.round(firstJsBytes / 1024)} tti_ms=${median(times)} precache_kb=${Math.round(precacheBytes / 1024)}`
	);
} finally {
	await browser.close();
	server.close();
}
