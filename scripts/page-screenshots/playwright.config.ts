/**
 * Screenshots of every page and main state, for comparing the look before and after a refactor
 * (issue 13). Not part of CI: it asserts nothing, it only writes PNGs to SHOTS_DIR. Build both
 * sides with the same APP_VERSION (the footer shows it), then compare with compare-shots.mjs.
 *   SHOTS_DIR=/tmp/shots BUILD_DIR=build-x E2E_PORT=4303 \
 *     npx playwright test --config scripts/page-screenshots/playwright.config.ts
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: 'page-screenshots.shots.ts',
	outputDir: `${root}/test-results-shots`,
	workers: 1,
	webServer: [
		{ ...(Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!), cwd: root }
	]
});
