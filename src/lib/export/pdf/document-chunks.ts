import type { CvDocument } from '../cv-document';
import { blockChunks } from './block-chunks';
import {
	FONT_DESCENT,
	linkLines,
	pt,
	wrapped,
	type Chunk,
	type Context,
	type Line
} from './layout-line';

/** Name, headline and contacts: the CV's header, which the cover letter repeats as it is. */
export function headerChunk(context: Context, header: CvDocument['header']): Chunk {
	const { style } = context.template;
	const lines: Line[] = [];
	if (header.name) {
		lines.push(...wrapped(context, header.name, 'bold', style.sizes.name, style.textColour));
	}
	if (header.headline) {
		lines.push(
			...wrapped(context, header.headline, 'regular', style.sizes.headline, style.accentColour)
		);
	}
	lines.push(
		...linkLines(
			context,
			header.contacts,
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

/** The whole document as a flat list of chunks: the header, then each heading and its blocks. */
export function documentChunks(context: Context, document: CvDocument): Chunk[] {
	const { spacing } = context.template.style;
	const chunks: Chunk[] = [headerChunk(context, document.header)];
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
