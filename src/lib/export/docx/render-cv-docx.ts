import {
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	Tab,
	TabStopType,
	TextRun
} from 'docx';
import type { CvTemplate } from '$templates/template-definition';
import type { CvBlock, CvDocument, CvEntry, CvLink } from '../cv-document';
import { BULLET_LIST, docxStyles, STYLE_IDS } from './docx-styles';
import { headerParagraphs, linkRuns } from './docx-header';
import { docxPage } from './docx-page';
import { halfPoints, twipsFromPoints, wordColour } from './docx-units';
import { xmlSafeText } from './xml-safe-text';

/**
 * Writes the CV document as a Word file with the `docx` library: the same content and order as
 * the PDF (both read `buildCvDocument`), laid out the way ATS parsers read Word files best — one
 * column of paragraphs, no tables, text boxes or images; section headings in Word's Heading 1;
 * bullets as a real Word list; dates on a right tab stop rather than in a second column. Pure
 * apart from zipping, so it runs the same in the browser and in Node.
 */
interface Context {
	template: CvTemplate;
	/** Right edge of the text column, for the dates' tab stop. */
	textWidth: number;
}

function text(value: string): string {
	return xmlSafeText(value);
}

function bullet(item: string, spaceBefore: number, keepNext = false): Paragraph {
	return new Paragraph({
		numbering: { reference: BULLET_LIST, level: 0 },
		children: [new TextRun(text(item))],
		...(spaceBefore > 0 ? { spacing: { before: spaceBefore } } : {}),
		...(keepNext ? { keepNext: true } : {})
	});
}

function entryParagraphs(context: Context, entry: CvEntry, first: boolean): Paragraph[] {
	const { style } = context.template;
	const gap = twipsFromPoints(style.spacing.afterParagraph);
	const details: CvLink[] = [];
	if (entry.subtitle) details.push({ text: entry.subtitle });
	if (entry.link) details.push(entry.link);
	const hasBody = entry.paragraphs.length > 0 || entry.bullets.length > 0 || entry.tools.length > 0;

	const paragraphs: Paragraph[] = [];
	if (entry.title || entry.dates) {
		paragraphs.push(
			new Paragraph({
				style: STYLE_IDS.entryTitle,
				tabStops: [{ type: TabStopType.RIGHT, position: context.textWidth }],
				// The first entry sits right under its heading, whose own spacing is enough.
				...(first ? { spacing: { before: 0 } } : {}),
				...(details.length > 0 || hasBody ? { keepNext: true } : {}),
				children: [
					new TextRun(text(entry.title)),
					...(entry.dates
						? [
								new TextRun({
									children: [new Tab(), text(entry.dates)],
									bold: false,
									size: halfPoints(style.sizes.body),
									color: wordColour(style.mutedColour)
								})
							]
						: [])
				]
			})
		);
	}
	if (details.length > 0) {
		paragraphs.push(
			new Paragraph({
				style: STYLE_IDS.entryDetails,
				...(hasBody ? { keepNext: true } : {}),
				children: linkRuns(details)
			})
		);
	}
	for (const paragraph of entry.paragraphs) {
		paragraphs.push(
			new Paragraph({ spacing: { before: gap }, children: [new TextRun(text(paragraph))] })
		);
	}
	entry.bullets.forEach((item, index) => {
		// As in the PDF: the last bullet never starts a page alone, cut off from its entry.
		const keepNext = entry.bullets.length >= 3 && index === entry.bullets.length - 2;
		paragraphs.push(bullet(item, index === 0 ? gap : 0, keepNext));
	});
	if (entry.tools.length > 0) {
		paragraphs.push(
			new Paragraph({
				style: STYLE_IDS.note,
				spacing: { before: gap },
				children: [new TextRun(text(`Tools: ${entry.tools.join(', ')}`))]
			})
		);
	}
	return paragraphs;
}

function blockParagraphs(context: Context, block: CvBlock, index: number): Paragraph[] {
	const gap = index === 0 ? 0 : twipsFromPoints(context.template.style.spacing.afterParagraph);
	const spacing = gap > 0 ? { spacing: { before: gap } } : {};
	switch (block.kind) {
		case 'paragraph':
			return [new Paragraph({ ...spacing, children: [new TextRun(text(block.text))] })];
		case 'bullets':
			return block.items.map((item, itemIndex) => bullet(item, itemIndex === 0 ? gap : 0));
		case 'lines':
			return block.items.map(
				(item, itemIndex) =>
					new Paragraph({
						...(itemIndex === 0 ? spacing : {}),
						children: [new TextRun(text(item))]
					})
			);
		case 'entry':
			return entryParagraphs(context, block.entry, index === 0);
	}
}

function bodyParagraphs(context: Context, document: CvDocument): Paragraph[] {
	const { spacing } = context.template.style;
	const paragraphs = headerParagraphs(document.header);
	document.sections.forEach((section, sectionIndex) => {
		paragraphs.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_1,
				...(sectionIndex === 0
					? { spacing: { before: twipsFromPoints(spacing.afterHeader) } }
					: {}),
				children: [new TextRun(text(section.heading))]
			})
		);
		section.blocks.forEach((block, index) => {
			paragraphs.push(...blockParagraphs(context, block, index));
		});
	});
	return paragraphs;
}

/** The Word file's bytes, ready to save as `….docx`. */
export async function renderCvDocx(
	document: CvDocument,
	template: CvTemplate
): Promise<Uint8Array<ArrayBuffer>> {
	const page = docxPage(document.paper, template);
	const context: Context = { template, textWidth: page.textWidth };
	const { styles, numbering } = docxStyles(template);
	const author = text(document.author);

	const file = new Document({
		title: text(document.title),
		subject: 'Curriculum vitae',
		creator: author,
		lastModifiedBy: author,
		styles,
		numbering,
		sections: [
			{
				properties: page.properties,
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								style: STYLE_IDS.footer,
								children: [
									new TextRun({
										children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]
									})
								]
							})
						]
					})
				},
				children: bodyParagraphs(context, document)
			}
		]
	});
	return new Uint8Array(await Packer.toArrayBuffer(file));
}
