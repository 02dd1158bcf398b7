/**
 * Builds the app again with other build-time settings (version, base path) into its own
 * folder, for tests of updates and sub-path hosting. Each variant gets its own Kit output
 * folder so it never disturbs the main build that the other specs use.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BuildVariant {
	name: string;
	appVersion?: string;
	basePath?: string;
}

export async function buildVariant(variant: BuildVariant): Promise<string> {
	const dir = `build-e2e-${variant.name}`;
	await run('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: {
			...process.env,
			BUILD_DIR: dir,
			KIT_OUT_DIR: `.svelte-kit-e2e-${variant.name}`,
			APP_VERSION: variant.appVersion ?? 'e2e',
			BASE_PATH: variant.basePath ?? '',
			// Like the main test build: the mock Groq server runs on 127.0.0.1.
			LLM_EXTRA_ORIGINS: 'http://127.0.0.1:*'
		},
		maxBuffer: 20_000_000
	});
	return dir;
}
