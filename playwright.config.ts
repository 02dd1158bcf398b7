import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download does not work on our machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** E2E_PORT and BUILD_DIR let two test runs (e.g. two developers' checks) share a machine. */
const port = Number(process.env.E2E_PORT ?? 4173);
const buildDir = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			// The real static build with its SPA fallback, as a static host serves it.
			command: `npx tsx tests/serve-build.ts --port ${port} --dir ${buildDir}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
