import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
