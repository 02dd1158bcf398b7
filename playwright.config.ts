import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download does not work on our machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
		baseURL: 'http://127.0.0.1:4173',
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
			command: 'npx tsx tests/serve-build.ts --port 4173',
			url: 'http://127.0.0.1:4173/',
			reuseExistingServer: !process.env.CI
		}
	]
});
