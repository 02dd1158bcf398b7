import type { FontFamily } from '$templates/template-definition';

/**
 * The font files each template family needs (in static/fonts/, DejaVu licence alongside). The
 * bold face is registered under its own PostScript name, which contains "Bold": parsers detect
 * bold headings by that name.
 */
export const FONT_FILES: Record<FontFamily, { regular: string; bold: string }> = {
	DejaVuSans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
	DejaVuSansCondensed: {
		regular: 'DejaVuSansCondensed.ttf',
		bold: 'DejaVuSansCondensed-Bold.ttf'
	}
};

/** Reads one font file's bytes: fetch in the browser, the file system in Node. */
export type FontLoader = (fileName: string) => Promise<Uint8Array>;

export class FontLoadError extends Error {
	override name = 'FontLoadError';
}

/** Rejects anything that is not a TrueType font (an HTML error page served in its place, say). */
export function assertTrueType(fileName: string, bytes: Uint8Array): Uint8Array {
	const isTrueType =
		bytes.length > 12 && bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;
	if (!isTrueType) {
		throw new FontLoadError(
			`The font ${fileName} could not be read, so the PDF cannot be made. Reload the page while online once, then try again.`
		);
	}
	return bytes;
}

/** Browser loader: fetches each file from `urlOf(fileName)`, keeping it once per page load. */
export function fetchFontLoader(
	urlOf: (fileName: string) => string,
	fetchFunction: typeof fetch = globalThis.fetch.bind(globalThis)
): FontLoader {
	const cache = new Map<string, Promise<Uint8Array>>();
	return (fileName) => {
		let bytes = cache.get(fileName);
		if (!bytes) {
			bytes = (async () => {
				let response: Response;
				try {
					response = await fetchFunction(urlOf(fileName));
				} catch {
					throw new FontLoadError(
						`The font ${fileName} could not be downloaded. Check your connection (the app needs it once), then try again.`
					);
				}
				if (!response.ok) {
					throw new FontLoadError(
						`The font ${fileName} could not be downloaded (HTTP ${response.status}). Reload the page, then try again.`
					);
				}
				return assertTrueType(fileName, new Uint8Array(await response.arrayBuffer()));
			})();
			// A failed download must not stay cached: the next export tries again.
			bytes.catch(() => cache.delete(fileName));
			cache.set(fileName, bytes);
		}
		return bytes;
	};
}
