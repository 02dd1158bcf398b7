import { headerChunk } from '../pdf/document-chunks';
import { paragraphChunks } from '../pdf/block-chunks';
import { FONT_DESCENT, pt, wrapped, type Chunk, type Context } from '../pdf/layout-line';
import type { CoverLetterDocument } from './cover-letter-document';
import { LETTER_SETTINGS, letterMetrics, type LetterSetting } from './letter-metrics';

/**
 * The letter as chunks for `layoutPages`, in block format: the CV's header (with the template's
 * rule under it, where the CV rules its headings), the date, the recipient block, the
 * salutation, the paragraphs, the closing, room to sign, and the name. Blank lines of the body's
 * size separate the parts, as in a typed letter.
 */
export function letterChunks(
	context: Context,
	document: CoverLetterDocument,
	setting: LetterSetting = LETTER_SETTINGS[0]
): Chunk[] {
	const { style } = context.template;
	const space = letterMetrics(context.template, setting);
	const { size } = space;
	const text = (value: string) => wrapped(context, value, 'regular', size, style.textColour);

	const header = headerChunk(context, document.header);
	const last = header.lines[header.lines.length - 1];
	if (last && style.headingRule) {
		last.rule = {
			colour: style.accentColour,
			offset: last.baseline + pt(style.sizes.contact) * FONT_DESCENT + pt(3)
		};
		last.height += pt(3);
	}
	const chunks: Chunk[] = [header];
	if (document.date) {
		chunks.push({ lines: text(document.date), spaceBefore: space.afterHeader, keepWithNext: true });
	}
	if (document.recipient.length > 0) {
		chunks.push({
			lines: document.recipient.flatMap(text),
			spaceBefore: chunks.length > 1 ? space.between : space.afterHeader,
			keepWithNext: true
		});
	}
	// The salutation stays with the start of the first paragraph.
	chunks.push({ lines: text(document.salutation), spaceBefore: space.between, keepWithNext: true });
	document.paragraphs.forEach((paragraph, index) => {
		const isLast = index === document.paragraphs.length - 1;
		// The closing never starts a page alone: the last paragraph's end comes with it.
		chunks.push(
			...paragraphChunks(text(paragraph), index === 0 ? space.between : space.paragraph, isLast)
		);
	});
	chunks.push({
		lines: text(document.closing),
		spaceBefore: space.paragraph,
		keepWithNext: document.signature !== ''
	});
	if (document.signature) {
		chunks.push({
			lines: text(document.signature),
			spaceBefore: space.signature,
			keepWithNext: false
		});
	}
	return chunks;
}
