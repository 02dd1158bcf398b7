/**
 * How long a PDF export takes, in Node and in Chromium, for the example session and a long
 * career (12 roles, 8 projects). Chromium runs the real static build: it seeds the session,
 * opens the CV tab and times "Download PDF" from click to download. The first click includes
 * loading jsPDF and the fonts ("cold"); later ones are "warm".
 *
 *   npm run bench:export            (builds into build-export/ first if it is missing)
 *   BUILD_DIR=build BENCH_PORT=4199 npm run bench:export
 *
 * Last line: export: pdf_ms=<median warm ms, long session, Chromium> pages=<n> bytes=<n>
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Session } from '../src/lib/domain';
import { buildCvDocument } from '../src/lib/export/cv-document';
import { fileFontLoader } from '../src/lib/export/node/file-font-loader';
import { renderCvPdf } from '../src/lib/export/pdf/render-cv-pdf';
import {
	longTailoredSession,
	tailoredExampleSession
} from '../src/lib/export/__fixtures__/tailored-sessions';
import { getTemplate } from '../templates';
import { seedSessions } from '../tests/e2e/helpers/seed';
import { startStaticServer } from '../tests/serve-build';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build-export';
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Measure {
	ms: number;
	pages: number;
	bytes: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function pageCount(path: string): number {
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

async function benchNode(label: string, session: Session): Promise<void> {
	const template = getTemplate('classic');
	const document = buildCvDocument(session, template, 'a4');
	const fonts = fileFontLoader();
	const times: number[] = [];
	let last: Measure | undefined;
	for (let run = 0; run <= RUNS; run += 1) {
		const started = performance.now();
		const { bytes, layout } = await renderCvPdf(document, template, fonts);
		const ms = performance.now() - started;
		last = { ms, pages: layout.pages.length, bytes: bytes.length };
		console.log(
			`node     ${label.padEnd(8)} run ${run === 0 ? 'cold' : String(run).padEnd(4)} ${ms.toFixed(0).padStart(5)} ms  ${last.pages} pages  ${last.bytes} bytes`
		);
		if (run > 0) times.push(ms);
	}
	console.log(`node     ${label.padEnd(8)} median warm ${median(times).toFixed(0)} ms`);
}

async function openCvTab(page: Page, session: Session): Promise<void> {
	await page.goto('./');
	await page.getByLabel('Job you apply for').waitFor();
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((database) => database.name === 'aicvgen')
	);
	await seedSessions(page, [session]);
	await page.goto(`./session?id=${session.id}&tab=cv`);
	await page.getByRole('button', { name: 'Download PDF' }).waitFor();
}

async function benchChromium(label: string, page: Page, session: Session): Promise<Measure> {
	await openCvTab(page, session);
	const directory = mkdtempSync(join(tmpdir(), 'aicvgen-bench-'));
	const times: number[] = [];
	let last: Measure = { ms: 0, pages: 0, bytes: 0 };
	for (let run = 0; run <= RUNS; run += 1) {
		const pending = page.waitForEvent('download');
		const started = performance.now();
		await page.getByRole('button', { name: 'Download PDF' }).click();
		const download = await pending;
		const ms = performance.now() - started;
		const path = join(directory, `${run}.pdf`);
		await download.saveAs(path);
		last = { ms, pages: pageCount(path), bytes: statSync(path).size };
		console.log(
			`chromium ${label.padEnd(8)} run ${run === 0 ? 'cold' : String(run).padEnd(4)} ${ms.toFixed(0).padStart(5)} ms  ${last.pages} pages  ${last.bytes} bytes`
		);
		if (run > 0) times.push(ms);
	}
	const warm = median(times);
	console.log(`chromium ${label.padEnd(8)} median warm ${warm.toFixed(0)} ms`);
	return { ...last, ms: warm };
}

function ensureBuild(): void {
	if (existsSync(join(BUILD_DIR, '200.html'))) return;
	console.log(`No build in ${BUILD_DIR}/, building it (vite build)…`);
	execFileSync('npx', ['vite', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR, KIT_OUT_DIR: process.env.KIT_OUT_DIR ?? '.svelte-kit-export' }
	});
}

async function main(): Promise<void> {
	const now = Date.now();
	const example = tailoredExampleSession(now);
	const long = longTailoredSession(now);
	console.log(`PDF export, classic template, A4; ${RUNS} warm runs after one cold run.`);
	await benchNode('example', example);
	await benchNode('long', long);

	ensureBuild();
	const server = await startStaticServer({ port: PORT, dir: BUILD_DIR, base: '' });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const context = await browser.newContext({
			baseURL: `http://127.0.0.1:${PORT}/`,
			acceptDownloads: true
		});
		await benchChromium('example', await context.newPage(), example);
		const result = await benchChromium('long', await context.newPage(), long);
		console.log(
			`export: pdf_ms=${Math.round(result.ms)} pages=${result.pages} bytes=${result.bytes}`
		);
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
