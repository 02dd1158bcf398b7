import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { parseExtraOrigins, PROVIDER_ORIGINS } from './src/lib/llm/provider-origins.js';

/** The app is served from a sub-path on hosts like GitHub Pages: BASE_PATH=/aicvgen */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * The LLM endpoints the browser may talk to: the preset providers and local servers
 * (provider-origins.js). Self-hosters with another endpoint add origins at build time:
 * LLM_EXTRA_ORIGINS="https://llm.example.org".
 */
/** @typedef {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} CspDirectives */
const llmOrigins = /** @type {NonNullable<NonNullable<CspDirectives>['connect-src']>} */ ([
	...PROVIDER_ORIGINS,
	...parseExtraOrigins(process.env.LLM_EXTRA_ORIGINS)
]);

/**
 * The deployed version, for the "new version available" prompt. It must be the same every time
 * this file is loaded within one build (Kit loads it more than once), so no timestamps here.
 */
function appVersion() {
	if (!process.env.APP_VERSION) {
		let commit = 'dev';
		try {
			commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
				.toString()
				.trim();
		} catch {
			// Not a git checkout: 'dev'.
		}
		// Kept in the environment so Kit's child processes of this build read the same name,
		// even if a commit lands while the build runs.
		process.env.APP_VERSION = commit;
	}
	return process.env.APP_VERSION;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			// BUILD_DIR lets parallel builds (tests, benchmarks) write to separate folders.
			pages: buildDir,
			assets: buildDir,
			// Any URL the prerenderer did not produce (e.g. a deep link with a query) boots the SPA.
			fallback: '200.html',
			strict: true
		}),
		paths: { base, relative: true },
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// Hash mode works on prerendered pages: the policy travels in a <meta> tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets inline style attributes; with 'unsafe-inline' Kit adds no style hashes.
				'style-src': ['self', 'unsafe-inline'],
				'connect-src': ['self', ...llmOrigins],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		version: {
			// A deployed update is noticed while the app is open, and the user is offered a reload.
			name: appVersion(),
			pollInterval: 60_000
		},
		alias: {
			$prompts: 'prompts',
			$templates: 'templates'
		}
	}
};

export default config;
