import {
	BorderStyle,
	ExternalHyperlink,
	Paragraph,
	TextRun,
	type IParagraphOptions,
	type ParagraphChild
} from 'docx';
import type { CvDocument, CvLink } from '../cv-document';
import { STYLE_IDS } from './docx-styles';
import { wordColour } from './docx-units';
import { xmlSafeText } from './xml-safe-text';

/**
 * The CV's header in Word (name as Title, headline as Subtitle, contact lines), shared with the
 * cover letter so the two files of an application start alike.
 */
const SEPARATOR = ' · ';

/** Contacts or entry details as one line: links clickable, " · " between items. */
export function linkRuns(items: readonly CvLink[]): ParagraphChild[] {
	const children: ParagraphChild[] = [];
	items.forEach((item, index) => {
		if (index > 0) children.push(new TextRun(SEPARATOR));
		children.push(
			item.href
				? new ExternalHyperlink({
						link: xmlSafeText(item.href),
						children: [new TextRun({ text: xmlSafeText(item.text), style: STYLE_IDS.hyperlink })]
					})
				: new TextRun(xmlSafeText(item.text))
		);
	});
	return children;
}

/**
 * The header's paragraphs. With `ruleColour`, the last one is ruled underneath the way the
 * template rules its headings (the cover letter's line between header and letter).
 */
export function headerParagraphs(header: CvDocument['header'], ruleColour?: string): Paragraph[] {
	const { name, headline, contacts } = header;
	const parts: IParagraphOptions[] = [];
	if (name) parts.push({ style: STYLE_IDS.name, children: [new TextRun(xmlSafeText(name))] });
	if (headline) {
		parts.push({ style: STYLE_IDS.headline, children: [new TextRun(xmlSafeText(headline))] });
	}
	// Web addresses in a paragraph of their own: Word breaks a long address at its hyphens, which
	// reads as two broken links. Not a line break inside one paragraph: text extractors (mammoth,
	// several ATS) drop it and glue "Switzerland" to "linkedin.com".
	// Split at the first one, so the order stays the PDF's (web addresses come last there).
	const firstWeb = contacts.findIndex((contact) => contact.href?.startsWith('http'));
	const split = firstWeb < 0 ? contacts.length : firstWeb;
	for (const line of [contacts.slice(0, split), contacts.slice(split)]) {
		if (line.length > 0) parts.push({ style: STYLE_IDS.contacts, children: linkRuns(line) });
	}
	return parts.map((options, index) =>
		ruleColour && index === parts.length - 1
			? new Paragraph({
					...options,
					border: {
						bottom: { style: BorderStyle.SINGLE, size: 6, space: 4, color: wordColour(ruleColour) }
					}
				})
			: new Paragraph(options)
	);
}
