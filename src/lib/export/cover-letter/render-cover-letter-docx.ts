import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { CvTemplate } from '$templates/template-definition';
import { headerParagraphs } from '../docx/docx-header';
import { docxPage } from '../docx/docx-page';
import { docxStyles } from '../docx/docx-styles';
import { halfPoints, twipsFromPoints } from '../docx/docx-units';
import { xmlSafeText } from '../docx/xml-safe-text';
import type { CoverLetterDocument } from './cover-letter-document';
import { estimatedLetterSetting } from './layout-cover-letter';
import { letterMetrics } from './letter-metrics';

/**
 * The letter as a Word file: the CV's styles and header (Title, Subtitle, contact lines), then
 * the date, recipient, salutation, body, closing and name as plain paragraphs of one "Letter"
 * style, spaced as in the PDF. One column, no tables or text boxes, no page number (a letter is
 * one page). Pure apart from zipping, so it runs the same in the browser and in Node.
 */
const LETTER_STYLE = 'LetterText';

export async function renderCoverLetterDocx(
	document: CoverLetterDocument,
	template: CvTemplate
): Promise<Uint8Array<ArrayBuffer>> {
	const setting = estimatedLetterSetting(document, template);
	const { style } = template;
	const { size } = letterMetrics(template, setting);
	const line = size * style.lineHeight;
	const before = (lines: number) => twipsFromPoints(line * lines);
	const paragraph = (text: string, spaceBefore = 0, keepNext = false) =>
		new Paragraph({
			style: LETTER_STYLE,
			...(spaceBefore > 0 ? { spacing: { before: spaceBefore } } : {}),
			...(keepNext ? { keepNext: true } : {}),
			children: [new TextRun(xmlSafeText(text))]
		});

	const children = headerParagraphs(
		document.header,
		style.headingRule ? style.accentColour : undefined
	);
	const afterHeader = before(setting.afterHeader);
	children.push(paragraph(document.date, afterHeader, true));
	document.recipient.forEach((recipientLine, index) => {
		children.push(paragraph(recipientLine, index === 0 ? before(setting.between) : 0, true));
	});
	children.push(paragraph(document.salutation, before(setting.between), true));
	document.paragraphs.forEach((text, index) => {
		const isLast = index === document.paragraphs.length - 1;
		children.push(
			paragraph(text, before(index === 0 ? setting.between : setting.paragraph), isLast)
		);
	});
	children.push(paragraph(document.closing, before(setting.paragraph), document.signature !== ''));
	if (document.signature) children.push(paragraph(document.signature, before(setting.signature)));

	const { styles, numbering } = docxStyles(template);
	const page = docxPage(document.paper, template);
	const author = xmlSafeText(document.author);
	const file = new Document({
		title: xmlSafeText(document.title),
		subject: 'Cover letter',
		creator: author,
		lastModifiedBy: author,
		styles: {
			...styles,
			paragraphStyles: [
				...(styles.paragraphStyles ?? []),
				{
					id: LETTER_STYLE,
					name: 'Letter Text',
					basedOn: 'Normal',
					quickFormat: true,
					run: { size: halfPoints(size), sizeComplexScript: halfPoints(size) }
				}
			]
		},
		numbering,
		sections: [{ properties: page.properties, children }]
	});
	return new Uint8Array(await Packer.toArrayBuffer(file));
}
