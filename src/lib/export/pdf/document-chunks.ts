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

/** The whole document as a flat list of chunks: the header, then each heading and its blocks. */
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

export function documentChunks(context: Context, document: CvDocument): Chunk[] {
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
