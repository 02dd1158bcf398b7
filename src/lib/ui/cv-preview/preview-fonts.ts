import type { FontFamily } from '$templates/template-definition';
import { FONT_FILES } from '$lib/state/cv-export';

/**
 * The preview uses the very font files the PDF embeds, so what the user sees is what they
 * download. They load lazily, on first preview, through the FontFace API (a CSS url() in a
 * component would not follow the app's base path). Until they arrive the preview uses the
 * system's sans-serif.
 */
export function previewFontFamily(family: FontFamily): string {
	return `aicvgen-${family}`;
}

/** The CSS font stack of a sheet: the embedded font, then the nearest system typefaces. */
export function previewFontStack(family: FontFamily): string {
	const fallback =
		family === 'DejaVuSansCondensed'
			? "'DejaVu Sans Condensed', 'Arial Narrow', sans-serif"
			: "'DejaVu Sans', Verdana, sans-serif";
	return `'${previewFontFamily(family)}', ${fallback}`;
}

const requested = new Set<FontFamily>();

export function loadPreviewFont(family: FontFamily, urlOf: (fileName: string) => string): void {
	if (requested.has(family) || typeof FontFace === 'undefined') return;
	requested.add(family);
	const name = previewFontFamily(family);
	const faces = [
		new FontFace(name, `url(${JSON.stringify(urlOf(FONT_FILES[family].regular))})`, {
			weight: '400'
		}),
		new FontFace(name, `url(${JSON.stringify(urlOf(FONT_FILES[family].bold))})`, {
			weight: '700'
		})
	];
	for (const face of faces) {
		document.fonts.add(face);
		// A failed font only means a fallback typeface in the preview; let a later preview retry.
		face.load().catch(() => {
			document.fonts.delete(face);
			requested.delete(family);
		});
	}
}
