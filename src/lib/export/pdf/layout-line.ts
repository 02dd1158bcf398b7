import type { CvTemplate } from '$templates/template-definition';
import type { CvLink } from '../cv-document';
import { MM_PER_POINT } from './paper';
import { wrapText, type MeasureText } from './wrap-text';

/**
 * The units the CV is laid out in: lines of measured text runs, grouped into chunks that say
 * whether they must stay on the same page as what follows. Widths come from `measure`, so this
 * stays pure and font-agnostic.
 */
/** DejaVu's ascender and descender as fractions of the font size (what PDF readers use). */
export const FONT_ASCENT = 0.928;
export const FONT_DESCENT = 0.236;

export interface LineRun {
	text: string;
	/** Offset from the left margin. */
	x: number;
	weight: 'regular' | 'bold';
	size: number;
	colour: string;
	href?: string;
}

export interface Line {
	runs: LineRun[];
	/** Height the line takes, extra space below included. */
	height: number;
	/** Distance from the line's top to its baseline. */
	baseline: number;
	rule?: { colour: string; offset: number };
}

export interface Chunk {
	lines: Line[];
	spaceBefore: number;
	keepWithNext: boolean;
}

export interface Context {
	template: CvTemplate;
	measure: MeasureText;
	width: number;
}

export function pt(points: number): number {
	return points * MM_PER_POINT;
}

/** A line of text in one size: glyph box centred in the line, `extraBelow` added under it. */
export function line(runs: LineRun[], size: number, lineHeight: number, extraBelow = 0): Line {
	const height = pt(size) * lineHeight;
	const glyphBox = pt(size) * (FONT_ASCENT + FONT_DESCENT);
	return {
		runs,
		height: height + extraBelow,
		baseline: (height - glyphBox) / 2 + pt(size) * FONT_ASCENT
	};
}

export function wrapped(
	context: Context,
	text: string,
	weight: 'regular' | 'bold',
	size: number,
	colour: string,
	width = context.width,
	x = 0
): Line[] {
	const { measure, template } = context;
	return wrapText(text, width, (candidate) => measure(candidate, weight, size)).map((piece) =>
		line([{ text: piece, x, weight, size, colour }], size, template.style.lineHeight)
	);
}

/** Items joined by " · ", wrapped between items where possible, each link keeping its area. */
export function linkLines(
	context: Context,
	items: readonly CvLink[],
	size: number,
	colour: string,
	linkColour: string
): Line[] {
	const { measure, template } = context;
	const separator = ' · ';
	const width = (text: string) => measure(text, 'regular', size);
	const lines: Line[] = [];
	let runs: LineRun[] = [];
	let used = 0;
	const flush = () => {
		if (runs.length > 0) lines.push(line(runs, size, template.style.lineHeight));
		runs = [];
		used = 0;
	};
	for (const item of items) {
		const itemWidth = width(item.text);
		const lead = runs.length > 0 ? separator : '';
		if (runs.length > 0 && used + width(lead) + itemWidth > context.width) flush();
		if (runs.length > 0) {
			runs.push({ text: separator, x: used, weight: 'regular', size, colour });
			used += width(separator);
		}
		if (itemWidth > context.width) {
			// A very long address: wrap it alone, still clickable on every line.
			flush();
			for (const piece of wrapText(item.text, context.width, width)) {
				lines.push(
					line(
						[
							{
								text: piece,
								x: 0,
								weight: 'regular',
								size,
								colour: item.href ? linkColour : colour,
								...(item.href ? { href: item.href } : {})
							}
						],
						size,
						template.style.lineHeight
					)
				);
			}
			continue;
		}
		runs.push({
			text: item.text,
			x: used,
			weight: 'regular',
			size,
			colour: item.href ? linkColour : colour,
			...(item.href ? { href: item.href } : {})
		});
		used += itemWidth;
	}
	flush();
	return lines;
}
