import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FontLoadError, type FontLoader } from '../pdf/pdf-fonts';

/** static/fonts/ of this checkout, found from this file so it works from any working directory. */
export const DEFAULT_FONTS_DIR = resolve(
	fileURLToPath(new URL('.', import.meta.url)),
	'../../../../static/fonts'
);

/** Node loader for the CLI, tests and benchmarks: the same font files the app serves. */
export function fileFontLoader(fontsDir: string = DEFAULT_FONTS_DIR): FontLoader {
	return async (fileName) => {
		try {
			return new Uint8Array(await readFile(join(fontsDir, fileName)));
		} catch {
			throw new FontLoadError(`The font file ${join(fontsDir, fileName)} could not be read.`);
		}
	};
}
