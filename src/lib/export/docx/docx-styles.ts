import {
	AlignmentType,
	BorderStyle,
	LevelFormat,
	LineRuleType,
	type INumberingOptions,
	type IRunStylePropertiesOptions,
	type IStylesOptions
} from 'docx';
import type { CvTemplate } from '$templates/template-definition';
import { FONT_ASCENT, FONT_DESCENT } from '../pdf/layout-cv';
import { FONT_NAMES, halfPoints, twipsFromPoints, wordColour } from './docx-units';

/**
 * The template's look as Word styles. Every paragraph in the file names one of these styles and
 * carries almost no direct formatting, so a recruiter who edits the file in Word (or an ATS that
 * reads style names) sees "Heading 1", "Title", "List Paragraph" — the built-in names — and a
 * change to a style changes every paragraph that uses it.
 */
export const STYLE_IDS = {
	/** The person's name: Word's built-in Title. */
	name: 'Title',
	/** The headline under the name: Word's built-in Subtitle. */
	headline: 'Subtitle',
	contacts: 'ContactDetails',
	/** Section headings: Word's built-in Heading 1, which parsers and the navigation pane know. */
	heading: 'Heading1',
	entryTitle: 'EntryTitle',
	entryDetails: 'EntryDetails',
	/** Muted body text: the "Tools: …" line. */
	note: 'EntryNote',
	footer: 'Footer',
	hyperlink: 'Hyperlink'
} as const;

/** The one list definition every bullet uses: a real Word list, never a typed "•". */
export const BULLET_LIST = 'cv-bullets';

/** Space kept between the text and the section heading's rule, in points. */
const RULE_SPACE = 2;

export function docxStyles(template: CvTemplate): {
	styles: IStylesOptions;
	numbering: INumberingOptions;
} {
	const { style } = template;
	const font = FONT_NAMES[style.font];
	// Every script slot names the font, or Word would set Polish or Greek text in its own default.
	const run = (points: number, colour: string, extra: IRunStylePropertiesOptions = {}) => ({
		font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
		size: halfPoints(points),
		sizeComplexScript: halfPoints(points),
		color: wordColour(colour),
		...extra
	});
	// Word's "multiple" spacing scales the font's own line (ascent + descent, 1.164 em for
	// DejaVu), while the template's line height is a multiple of the font size, as in the PDF.
	const lines = {
		line: Math.round((240 * style.lineHeight) / (FONT_ASCENT + FONT_DESCENT)),
		lineRule: LineRuleType.AUTO
	};
	const bodyIndent = twipsFromPoints(12);

	return {
		styles: {
			default: {
				document: {
					run: run(style.sizes.body, style.textColour),
					paragraph: { spacing: { before: 0, after: 0, ...lines } }
				},
				title: {
					name: 'Title',
					basedOn: 'Normal',
					next: 'Subtitle',
					quickFormat: true,
					run: run(style.sizes.name, style.textColour, { bold: true }),
					paragraph: { spacing: { before: 0, after: twipsFromPoints(2), ...lines } }
				},
				heading1: {
					name: 'Heading 1',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					// Capitals as a look, not in the text: parsers and screen readers get "Experience".
					run: run(style.sizes.heading, style.accentColour, { bold: true, allCaps: true }),
					paragraph: {
						keepNext: true,
						keepLines: true,
						outlineLevel: 0,
						spacing: {
							before: twipsFromPoints(style.spacing.beforeSection),
							after: twipsFromPoints(style.spacing.afterHeading + (style.headingRule ? 2 : 0)),
							...lines
						},
						...(style.headingRule
							? {
									border: {
										bottom: {
											style: BorderStyle.SINGLE,
											size: 6,
											space: RULE_SPACE,
											color: wordColour(style.accentColour)
										}
									}
								}
							: {})
					}
				},
				listParagraph: {
					name: 'List Paragraph',
					basedOn: 'Normal',
					quickFormat: true,
					paragraph: { indent: { left: bodyIndent } }
				},
				hyperlink: {
					name: 'Hyperlink',
					basedOn: 'DefaultParagraphFont',
					run: { color: wordColour(style.accentColour) }
				}
			},
			paragraphStyles: [
				{
					id: STYLE_IDS.headline,
					name: 'Subtitle',
					basedOn: 'Normal',
					next: STYLE_IDS.contacts,
					quickFormat: true,
					run: run(style.sizes.headline, style.accentColour),
					paragraph: { spacing: { before: 0, after: twipsFromPoints(1), ...lines } }
				},
				{
					id: STYLE_IDS.contacts,
					name: 'Contact Details',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: run(style.sizes.contact, style.mutedColour)
				},
				{
					id: STYLE_IDS.entryTitle,
					name: 'Entry Title',
					basedOn: 'Normal',
					next: STYLE_IDS.entryDetails,
					quickFormat: true,
					run: run(style.sizes.entryTitle, style.textColour, { bold: true }),
					// keepNext is set per paragraph: only when something of the entry follows.
					paragraph: {
						keepLines: true,
						spacing: { before: twipsFromPoints(style.spacing.betweenEntries), ...lines }
					}
				},
				{
					id: STYLE_IDS.entryDetails,
					name: 'Entry Details',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: run(style.sizes.body, style.mutedColour),
					paragraph: { keepLines: true }
				},
				{
					id: STYLE_IDS.note,
					name: 'Entry Note',
					basedOn: 'Normal',
					next: 'Normal',
					run: run(style.sizes.body, style.mutedColour)
				},
				{
					id: STYLE_IDS.footer,
					name: 'footer',
					basedOn: 'Normal',
					run: run(style.sizes.footer, style.mutedColour),
					paragraph: { alignment: AlignmentType.RIGHT }
				}
			]
		},
		numbering: {
			config: [
				{
					reference: BULLET_LIST,
					levels: [
						{
							level: 0,
							format: LevelFormat.BULLET,
							text: '•',
							alignment: AlignmentType.LEFT,
							style: {
								paragraph: { indent: { left: bodyIndent, hanging: bodyIndent } },
								run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font } }
							}
						}
					]
				}
			]
		}
	};
}
