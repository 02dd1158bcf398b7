import type { PaperSize } from '$lib/domain';
import type { CvTemplate } from '$templates/template-definition';
import type { CvLayout, LaidOutPage } from './laid-out-page';
import { FONT_ASCENT, FONT_DESCENT, pt, type Chunk, type Line } from './layout-line';
import { PAPER_DIMENSIONS } from './paper';
import type { MeasureText } from './wrap-text';

/**
 * Puts chunks on pages, as plain data: text runs with positions, link rectangles and rules, in
 * millimetres from the top-left corner. The CV and the cover letter both come through here, so
 * their margins, page breaks and page numbers agree.
 *
 * Page-break rules: a line is never cut by a page edge; a chunk stays on the page of the chunks
 * it must keep with (when the chain fits on a page at all); a chunk taller than a page breaks
 * between its lines. More than one page gets "Page n of m" in the footer.
 */
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

/** The box every glyph stays inside and the width chunks are wrapped to. */
export function pageFrame(paperSize: PaperSize, template: CvTemplate) {
	const paper = PAPER_DIMENSIONS[paperSize];
	const { margins } = template.style;
	const contentBox = {
		top: margins.top,
		bottom: paper.height - margins.bottom,
		left: margins.left,
		right: paper.width - margins.right
	};
	return { paper, contentBox, width: contentBox.right - contentBox.left };
}

export function layoutPages(
	chunks: readonly Chunk[],
	paperSize: PaperSize,
	template: CvTemplate,
	measure: MeasureText
): CvLayout {
	const { paper, contentBox } = pageFrame(paperSize, template);
	const { sizes, lineHeight, mutedColour } = template.style;
	const footerHeight = pt(sizes.footer) * lineHeight;
	// The body stops above the page number's line and a small gap.
	const bodyBottom = contentBox.bottom - footerHeight - pt(6);

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
	return { paper: paperSize, width: paper.width, height: paper.height, contentBox, pages };
}
