import type { PaperSize } from '$lib/domain';
import type { FontFamily } from '$templates/template-definition';

/**
 * Word measures in twentieths of a point (twips), font sizes in half-points, borders in eighths
 * of a point and colours as bare hex. Templates speak millimetres, points and "#rrggbb"; these
 * conversions are the only place the two meet.
 */
export const TWIPS_PER_POINT = 20;
const TWIPS_PER_MM = 1440 / 25.4;

/** The page sizes Word itself writes for A4 and US Letter, in twips. */
export const PAGE_TWIPS: Record<PaperSize, { width: number; height: number }> = {
	a4: { width: 11906, height: 16838 },
	letter: { width: 12240, height: 15840 }
};

/**
 * The family names Word and LibreOffice look fonts up by. The condensed cut is its own family
 * there ("DejaVu Sans Condensed"), not a style of "DejaVu Sans".
 */
export const FONT_NAMES: Record<FontFamily, string> = {
	DejaVuSans: 'DejaVu Sans',
	DejaVuSansCondensed: 'DejaVu Sans Condensed'
};

export function twipsFromMillimetres(millimetres: number): number {
	return Math.round(millimetres * TWIPS_PER_MM);
}

export function twipsFromPoints(points: number): number {
	return Math.round(points * TWIPS_PER_POINT);
}

export function halfPoints(points: number): number {
	return Math.round(points * 2);
}

/** "#1F4E8C" → "1f4e8c". */
export function wordColour(colour: string): string {
	return colour.replace(/^#/, '').toLowerCase();
}
