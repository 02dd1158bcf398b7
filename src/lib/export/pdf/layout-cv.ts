import type { PaperSize } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import type { CvBlock, CvDocument, CvEntry, CvLink } from '../cv-document';
import { MM_PER_POINT, PAPER_DIMENSIONS } from './paper';
import { wrapText, type MeasureText } from './wrap-text';

/**
 * Lays the CV document out on pages, as plain data: text runs with positions, link rectangles
 * and rules, in millimetres from the top-left corner. Pure and font-agnostic (widths come from
 * `measure`), so page breaking is tested without a PDF library; the jsPDF adapter only draws.
 *
 * Page-break rules: a line is never cut by a page edge; a heading stays with what follows; an
 * entry's title stays with its first bullet or line of text; a paragraph leaves no single line
 * behind or ahead of a break.
 */
export interface TextRun {
	text: string;
	/** Left edge of the run. */
	x: number;
	/** Baseline. */
	y: number;
	weight: 'regular' | 'bold';
	size: number;
	colour: string;
}

export interface LinkArea {
	x: number;
	y: number;
	width: number;
	height: number;
	href: string;
}

export interface Rule {
	x1: number;
	x2: number;
	y: number;
	colour: string;
}

export interface LaidOutPage {
	runs: TextRun[];
	links: LinkArea[];
	rules: Rule[];
}

export interface CvLayout {
	paper: PaperSize;
	width: number;
	height: number;
	/** The box every glyph stays inside, page numbers included. */
	contentBox: { top: number; bottom: number; left: number; right: number };
	pages: LaidOutPage[];
}

/** DejaVu's ascender and descender as fractions of the font size (what PDF readers use). */
export const FONT_ASCENT = 0.928;
export const FONT_DESCENT = 0.236;

interface LineRun {
	text: string;
	/** Offset from the left margin. */
	x: number;
	weight: 'regular' | 'bold';
	size: number;
	colour: string;
	href?: string;
}

interface Line {
	runs: LineRun[];
	/** Height the line takes, extra space below included. */
	height: number;
	/** Distance from the line's top to its baseline. */
	baseline: number;
	rule?: { colour: string; offset: number };
}

interface Chunk {
	lines: Line[];
	spaceBefore: number;
	keepWithNext: boolean;
}

interface Context {
	template: CvTemplate;
	measure: MeasureText;
	width: number;
}

function pt(points: number): number {
	return points * MM_PER_POINT;
}

/** A line of text in one size: glyph box centred in the line, `extraBelow` added under it. */
function line(runs: LineRun[], size: number, lineHeight: number, extraBelow = 0): Line {
	const height = pt(size) * lineHeight;
	const glyphBox = pt(size) * (FONT_ASCENT + FONT_DESCENT);
	return {
		runs,
		height: height + extraBelow,
		baseline: (height - glyphBox) / 2 + pt(size) * FONT_ASCENT
	};
}

function wrapped(
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
function linkLines(
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

function headerChunk(context: Context, document: CvDocument): Chunk {
	const { style } = context.template;
	const lines: Line[] = [];
	if (document.header.name) {
		lines.push(
			...wrapped(context, document.header.name, 'bold', style.sizes.name, style.textColour)
		);
	}
	if (document.header.headline) {
		lines.push(
			...wrapped(
				context,
				document.header.headline,
				'regular',
				style.sizes.headline,
				style.accentColour
			)
		);
	}
	lines.push(
		...linkLines(
			context,
			document.header.contacts,
			style.sizes.contact,
			style.mutedColour,
			style.accentColour
		)
	);
	return { lines, spaceBefore: 0, keepWithNext: false };
}

function headingChunk(context: Context, heading: string, spaceBefore: number): Chunk {
	const { style } = context.template;
	const headingLines = wrapped(
		context,
		heading.toLocaleUpperCase('en-US'),
		'bold',
		style.sizes.heading,
		style.accentColour
	);
	const last = headingLines[headingLines.length - 1];
	if (last) {
		const ruleOffset = last.baseline + pt(style.sizes.heading) * FONT_DESCENT + pt(1.5);
		if (style.headingRule) last.rule = { colour: style.accentColour, offset: ruleOffset };
		last.height += pt(style.spacing.afterHeading) + (style.headingRule ? pt(2) : 0);
	}
	return { lines: headingLines, spaceBefore, keepWithNext: true };
}

/** Paragraph lines as chunks: short ones stay whole, long ones keep at least two lines together. */
function paragraphChunks(lines: Line[], spaceBefore: number, keepLastWithNext: boolean): Chunk[] {
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

function blockChunks(context: Context, block: CvBlock, spaceBefore: number): Chunk[] {
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

function documentChunks(context: Context, document: CvDocument): Chunk[] {
	const { spacing } = context.template.style;
	const chunks: Chunk[] = [headerChunk(context, document)];
	document.sections.forEach((section, sectionIndex) => {
		const before = pt(sectionIndex === 0 ? spacing.afterHeader : spacing.beforeSection);
		chunks.push(headingChunk(context, section.heading, before));
		section.blocks.forEach((block, index) => {
			const between =
				block.kind === 'entry' ? pt(spacing.betweenEntries) : pt(spacing.afterParagraph);
			chunks.push(...blockChunks(context, block, index === 0 ? 0 : between));
		});
	});
	return chunks;
}

function chunkHeight(chunk: Chunk): number {
	return chunk.lines.reduce((sum, entry) => sum + entry.height, 0);
}

/** Height of chunk `index` plus everything it must stay with. */
function chainHeight(chunks: readonly Chunk[], index: number): number {
	let height = 0;
	for (let next = index; next < chunks.length; next += 1) {
		const chunk = chunks[next]!;
		height += (next === index ? 0 : chunk.spaceBefore) + chunkHeight(chunk);
		if (!chunk.keepWithNext) break;
	}
	return height;
}

export function layoutCv(
	document: CvDocument,
	template: CvTemplate,
	measure: MeasureText
): CvLayout {
	const paper = PAPER_DIMENSIONS[document.paper];
	const { margins, sizes, lineHeight, mutedColour } = template.style;
	const footerHeight = pt(sizes.footer) * lineHeight;
	const contentBox = {
		top: margins.top,
		bottom: paper.height - margins.bottom,
		left: margins.left,
		right: paper.width - margins.right
	};
	// The body stops above the page number's line and a small gap.
	const bodyBottom = contentBox.bottom - footerHeight - pt(6);
	const context: Context = { template, measure, width: contentBox.right - contentBox.left };
	const chunks = documentChunks(context, document);

	const pages: LaidOutPage[] = [];
	let page: LaidOutPage = { runs: [], links: [], rules: [] };
	let y = contentBox.top;
	const newPage = () => {
		pages.push(page);
		page = { runs: [], links: [], rules: [] };
		y = contentBox.top;
	};
	const place = (entry: Line) => {
		if (y + entry.height > bodyBottom + 0.01 && y > contentBox.top) newPage();
		const baseline = y + entry.baseline;
		for (const run of entry.runs) {
			page.runs.push({
				text: run.text,
				x: contentBox.left + run.x,
				y: baseline,
				weight: run.weight,
				size: run.size,
				colour: run.colour
			});
			if (run.href) {
				page.links.push({
					x: contentBox.left + run.x,
					y: baseline - pt(run.size) * FONT_ASCENT,
					width: measure(run.text, run.weight, run.size),
					height: pt(run.size) * (FONT_ASCENT + FONT_DESCENT),
					href: run.href
				});
			}
		}
		if (entry.rule) {
			page.rules.push({
				x1: contentBox.left,
				x2: contentBox.right,
				y: y + entry.rule.offset,
				colour: entry.rule.colour
			});
		}
		y += entry.height;
	};

	const available = bodyBottom - contentBox.top;
	chunks.forEach((chunk, index) => {
		const space = y === contentBox.top ? 0 : chunk.spaceBefore;
		const chain = chainHeight(chunks, index);
		const own = chunkHeight(chunk);
		const needed = chain <= available ? chain : own;
		if (y > contentBox.top && y + space + needed > bodyBottom + 0.01) newPage();
		else y += space;
		// A chunk taller than a page (a pasted essay) breaks between its lines.
		for (const entry of chunk.lines) place(entry);
	});
	pages.push(page);

	if (pages.length > 1) {
		const size = sizes.footer;
		pages.forEach((laidOut, index) => {
			const text = `Page ${index + 1} of ${pages.length}`;
			laidOut.runs.push({
				text,
				x: contentBox.right - measure(text, 'regular', size),
				y:
					contentBox.bottom -
					pt(size) * FONT_DESCENT -
					(footerHeight - pt(size) * (FONT_ASCENT + FONT_DESCENT)) / 2,
				weight: 'regular',
				size,
				colour: mutedColour
			});
		});
	}
	return { paper: document.paper, width: paper.width, height: paper.height, contentBox, pages };
}
