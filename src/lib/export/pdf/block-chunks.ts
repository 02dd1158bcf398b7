import type { CvBlock, CvEntry, CvLink } from '../cv-document';
import { line, linkLines, pt, wrapped, type Chunk, type Context, type Line } from './layout-line';
import { wrapText } from './wrap-text';

/**
 * Chunks of one section block (paragraph, bullets, lines, entry). The keep-with-next flags carry
 * the page-break rules: an entry's title stays with its first bullet or line of text, a paragraph
 * leaves no single line behind or ahead of a break, no last bullet or line sits alone on a page.
 */
/** Paragraph lines as chunks: short ones stay whole, long ones keep at least two lines together. */
export function paragraphChunks(
	lines: Line[],
	spaceBefore: number,
	keepLastWithNext: boolean
): Chunk[] {
	if (lines.length <= 3) return [{ lines, spaceBefore, keepWithNext: keepLastWithNext }];
	return lines.map((entry, index) => ({
		lines: [entry],
		spaceBefore: index === 0 ? spaceBefore : 0,
		keepWithNext:
			index === 0 || index >= lines.length - 2
				? index < lines.length - 1 || keepLastWithNext
				: false
	}));
}

function bulletChunk(context: Context, text: string, spaceBefore: number): Chunk {
	const { style } = context.template;
	const size = style.sizes.body;
	const marker = '• ';
	const indent = context.measure(marker, 'regular', size);
	const pieces = wrapText(text, context.width - indent, (candidate) =>
		context.measure(candidate, 'regular', size)
	);
	// The bullet and the first words share one text run, so extractors read "• Migrated …".
	const lines = pieces.map((piece, index) =>
		line(
			[
				{
					text: index === 0 ? `${marker}${piece}` : piece,
					x: index === 0 ? 0 : indent,
					weight: 'regular',
					size,
					colour: style.textColour
				}
			],
			size,
			style.lineHeight
		)
	);
	return { lines, spaceBefore, keepWithNext: false };
}

function entryChunks(context: Context, entry: CvEntry, spaceBefore: number): Chunk[] {
	const { style } = context.template;
	const { measure } = context;
	const headerLines: Line[] = [];
	const dateSize = style.sizes.body;
	const datesWidth = entry.dates ? measure(entry.dates, 'regular', dateSize) : 0;
	const titleWidth = entry.dates ? context.width - datesWidth - pt(12) : context.width;
	const titleLines = entry.title
		? wrapped(context, entry.title, 'bold', style.sizes.entryTitle, style.textColour, titleWidth)
		: [line([], style.sizes.entryTitle, style.lineHeight)];
	const first = titleLines[0];
	if (first && entry.dates) {
		first.runs.push({
			text: entry.dates,
			x: context.width - datesWidth,
			weight: 'regular',
			size: dateSize,
			colour: style.mutedColour
		});
	}
	headerLines.push(...titleLines);
	const meta: CvLink[] = [];
	if (entry.subtitle) meta.push({ text: entry.subtitle });
	if (entry.link) meta.push(entry.link);
	if (meta.length > 0) {
		headerLines.push(
			...linkLines(context, meta, style.sizes.body, style.mutedColour, style.accentColour)
		);
	}
	const body: Chunk[] = [];
	const gapAfterHeader = pt(style.spacing.afterParagraph);
	entry.paragraphs.forEach((paragraph, index) => {
		const lines = wrapped(context, paragraph, 'regular', style.sizes.body, style.textColour);
		const keepLast = index < entry.paragraphs.length - 1 || entry.bullets.length > 0;
		body.push(
			...paragraphChunks(
				lines,
				index === 0 ? gapAfterHeader : pt(style.spacing.afterParagraph),
				keepLast
			)
		);
	});
	entry.bullets.forEach((bullet, index) => {
		const space =
			index === 0
				? entry.paragraphs.length > 0
					? pt(style.spacing.afterParagraph)
					: gapAfterHeader
				: 0;
		const chunk = bulletChunk(context, bullet, space);
		// No last bullet alone at the top of a page, cut off from its entry.
		chunk.keepWithNext = entry.bullets.length >= 3 && index === entry.bullets.length - 2;
		body.push(chunk);
	});
	if (entry.tools.length > 0) {
		const tools = wrapped(
			context,
			`Tools: ${entry.tools.join(', ')}`,
			'regular',
			style.sizes.body,
			style.mutedColour
		);
		body.push({ lines: tools, spaceBefore: pt(style.spacing.afterParagraph), keepWithNext: false });
	}
	return [{ lines: headerLines, spaceBefore, keepWithNext: body.length > 0 }, ...body];
}

export function blockChunks(context: Context, block: CvBlock, spaceBefore: number): Chunk[] {
	const { style } = context.template;
	switch (block.kind) {
		case 'paragraph':
			return paragraphChunks(
				wrapped(context, block.text, 'regular', style.sizes.body, style.textColour),
				spaceBefore,
				false
			);
		case 'bullets':
			return block.items.map((item, index) =>
				bulletChunk(context, item, index === 0 ? spaceBefore : 0)
			);
		case 'lines':
			return block.items.map((item, index) => ({
				lines: wrapped(context, item, 'regular', style.sizes.body, style.textColour),
				spaceBefore: index === 0 ? spaceBefore : 0,
				// As with bullets: no last language or skill alone at the top of a page.
				keepWithNext: block.items.length >= 3 && index === block.items.length - 2
			}));
		case 'entry':
			return entryChunks(context, block.entry, spaceBefore);
	}
}
