import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Code only the CV import (reading PDF and Word files) and the job match's part-of-speech model
 * use: about 5.8 MB of the build. The service worker caches it when it is first used instead of
 * precaching it on every visit, so installing the app costs half as much (see service-worker.ts).
 */
const ON_DEMAND_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'pdfjs-dist', 'mammoth'];

function isOnDemandModule(id: string): boolean {
	// Chunks name their modules by absolute path, assets by one relative to the project.
	return ON_DEMAND_PACKAGES.some((name) => `/${id}`.includes(`/node_modules/${name}/`));
}

/**
 * Hands the service worker the names of the files that hold only those packages (their hashed
 * names say nothing): a chunk made of library code that contains one of them is fetched exactly
 * when that library is. Kit builds the client in a second Vite build (which loads this file
 * again) and then the service worker with the first build's `define`; so every build's `define`
 * in this process is given the list once the client's files are known.
 */
const defines: Record<string, string>[] = ((
	globalThis as { aicvgenDefines?: typeof defines }
).aicvgenDefines ??= []);

function onDemandFiles(): Plugin {
	return {
		name: 'aicvgen:on-demand-files',
		apply: 'build',
		configResolved(config: ResolvedConfig) {
			if (config.define) defines.push(config.define);
		},
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const files = Object.values(bundle)
				.filter((output) =>
					output.type === 'chunk'
						? output.moduleIds.some(isOnDemandModule) &&
							output.moduleIds.every((id) => id.includes('/node_modules/'))
						: output.originalFileNames.some(isOnDemandModule)
				)
				.map((output) => output.fileName);
			for (const define of defines) define.__ON_DEMAND_FILES__ = JSON.stringify(files);
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), onDemandFiles()],
	// Replaced by the list above when the service worker is built; empty elsewhere.
	define: { __ON_DEMAND_FILES__: '[]' },
	server: { fs: { allow: ['prompts', 'templates'] } },
	test: {
		// Playwright specs live in tests/e2e and must never be collected by Vitest.
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Rendering PDFs and DOCX files and the import fuzzing take a few seconds each; on a
		// 2-core machine shared with a build they can pass the 5 s default without being wrong.
		testTimeout: 30_000,
		hookTimeout: 30_000
	}
});
