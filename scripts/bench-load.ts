/**
 * First-load benchmark: builds the app, serves build/ like a static host, and in Chromium
 * measures the gzip size of the JavaScript the first page loads, the time until the session
 * list is interactive (median of 5 cold loads), and the size of the service worker's precache.
 * Then Lighthouse 12 (mobile, its default simulated throttling) scores `/` on a fresh profile
 * and the example's session page on a profile that holds the example session (seeded without a
 * service worker, so that load is cold too).
 *
 *   npm run bench:load
 *   last line: load: first_js_gzip_kb=<n> tti_ms=<n> precache_kb=<n> lh_performance=<n> lh_cls=<x>
 *   (the lower performance score and the higher CLS of the two pages)
 *
 * Lighthouse's simulated throttling scales what it measured on this machine: on a machine busy
 * with other work the scores drop; the load average is printed beside them. Each page is scored
 * LIGHTHOUSE_RUNS times (3; BENCH_LOAD_RUNS=n), each on a fresh profile, and the run with the
 * median performance score is reported, as Lighthouse's own docs advise for its variance.
 */
import { chromium } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { exampleSession } from '../src/lib/domain';
import { seedSessions } from '../tests/e2e/helpers/seed';
import { startStaticServer } from '../tests/serve-build';

const PORT = Number(process.env.BENCH_LOAD_PORT ?? 4177);
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLD_LOADS = 5;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const dir = 'build-bench-load';

console.log('Building…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
	stdio: 'inherit',
	env: { ...process.env, BUILD_DIR: dir, KIT_OUT_DIR: '.svelte-kit-bench-load' }
});
// Compressed like any real static host (GitHub Pages gzips), so transfer sizes are real.
const server = await startStaticServer({ port: PORT, dir, base: '', gzip: true });
const browser = await chromium.launch({
	executablePath: CHROME_PATH,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const url = `http://127.0.0.1:${PORT}/`;
/** Chromium profiles made for Lighthouse, removed at the end. */
const profiles: string[] = [];

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

	try {
		// Each run on a fresh profile: the session page's holds the example session, seeded
		// without a service worker, so every load is cold (a run's worker would warm the next).
		const session = exampleSession(Date.now());
		const home = await medianRun('/', () => lighthouse(url, false));
		const sessionPage = await medianRun('session page', async () => {
			const profile = newProfile();
			const seeding = await chromium.launchPersistentContext(profile, {
				executablePath: CHROME_PATH,
				args: ['--no-sandbox', '--disable-gpu'],
				serviceWorkers: 'block'
			});
			const seedPage = await seeding.newPage();
			await seedPage.goto(url);
			await seedSessions(seedPage, [session]);
			await seeding.close();
			return lighthouse(`${url}session?id=${session.id}`, true, profile);
		});
		for (const [name, report] of [
			['/', home],
			['session page', sessionPage]
		] as const) {
			console.log(
				`lighthouse ${name}: performance ${report.performance} accessibility ${report.accessibility} best-practices ${report.bestPractices} CLS ${report.cls.toFixed(3)} LCP ${Math.round(report.lcpMs)} ms TBT ${Math.round(report.tbtMs)} ms`
			);
		}
		console.log(
			`load average while measuring: ${loadavg()
				.map((load) => load.toFixed(1))
				.join(' ')}`
		);
		const performance = Math.min(home.performance, sessionPage.performance);
		const cls = Math.max(home.cls, sessionPage.cls);
		console.log(
			`load: first_js_gzip_kb=${Math.round(firstJsBytes / 1024)} tti_ms=${median(times)} precache_kb=${Math.round(precacheBytes / 1024)} lh_performance=${performance} lh_cls=${cls.toFixed(3)}`
		);
	} finally {
		for (const profile of profiles) {
			rmSync(profile, { recursive: true, force: true });
			rmSync(`${profile}-report.json`, { force: true });
		}
	}
} finally {
	await browser.close();
	server.close();
}

/** Scores a page LIGHTHOUSE_RUNS times; the run with the median performance score. */
async function medianRun(
	name: string,
	run: () => Promise<LighthouseFigures>
): Promise<LighthouseFigures> {
	const runs: LighthouseFigures[] = [];
	for (let index = 0; index < LIGHTHOUSE_RUNS; index += 1) runs.push(await run());
	const sorted = [...runs].sort((a, b) => a.performance - b.performance);
	console.log(
		`lighthouse ${name}, performance of each run: ${runs.map((report) => report.performance).join(', ')} (load ${loadavg()[0]!.toFixed(1)})`
	);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function newProfile(): string {
	const profile = mkdtempSync(join(tmpdir(), 'aicvgen-lh-'));
	profiles.push(profile);
	return profile;
}

interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	cls: number;
	lcpMs: number;
	tbtMs: number;
}

/**
 * One Lighthouse run (its CLI, mobile defaults) on `target` in Chromium with `profile`. Run
 * asynchronously: this process serves the pages Lighthouse loads.
 */
async function lighthouse(
	target: string,
	keepStorage: boolean,
	profile = newProfile()
): Promise<LighthouseFigures> {
	const output = `${profile}-report.json`;
	await promisify(execFile)(
		'npx',
		[
			'lighthouse',
			target,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			'--only-categories=performance,accessibility,best-practices',
			`--chrome-flags=--headless=new --no-sandbox --user-data-dir=${profile}`,
			...(keepStorage ? ['--disable-storage-reset'] : [])
		],
		{ env: { ...process.env, CHROME_PATH }, maxBuffer: 16 * 1024 * 1024 }
	);
	const report = JSON.parse(readFileSync(output, 'utf8')) as {
		categories: Record<string, { score: number | null }>;
		audits: Record<string, { numericValue?: number }>;
	};
	const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
		lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
		tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN
	};
}
