import type { PaperSize } from '$lib/domain';

/** Page sizes in millimetres, portrait. */
export const PAPER_DIMENSIONS: Record<PaperSize, { width: number; height: number; label: string }> =
	{
		a4: { width: 210, height: 297, label: 'A4' },
		letter: { width: 215.9, height: 279.4, label: 'US Letter' }
	};

/** Points (font sizes) to millimetres (page units). */
export const MM_PER_POINT = 25.4 / 72;
