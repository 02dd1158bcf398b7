import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The app is served from a sub-path on hosts like GitHub Pages: BASE_PATH=/aicvgen */
const base = process.env.BASE_PATH ?? '';
const buildDir = process.env.BUILD_DIR ?? 'build';

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
		alias: {
			$prompts: 'prompts',
			$templates: 'templates'
		}
	}
};

export default config;
