import { z } from 'zod';

/**
 * What a CV template decides, once, for every output: which sections appear in which order, what
 * their headings say, and the look (fonts, sizes, spacing, colours). The HTML preview and the PDF
 * both read this, so they cannot drift apart. Markdown uses the order and the headings.
 */
export const CV_SECTION_IDS = [
	'header',
	'executive_summary',
	'key_qualifications',
	'skills',
	'experience',
	'projects',
	'education',
	'certifications',
	'languages'
] as const;
export const CvSectionIdSchema = z.enum(CV_SECTION_IDS);
export type CvSectionId = z.infer<typeof CvSectionIdSchema>;

/** The bundled font families (files in static/fonts/, each with a Regular and a Bold face). */
export const FONT_FAMILIES = ['DejaVuSans', 'DejaVuSansCondensed'] as const;
export const FontFamilySchema = z.enum(FONT_FAMILIES);
export type FontFamily = z.infer<typeof FontFamilySchema>;

const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #1f5fbf.');
/** Font sizes in points. */
const points = z.number().min(5).max(40);
/** Vertical spaces in points. */
const gap = z.number().min(0).max(40);
/** Page margins in millimetres. */
const millimetres = z.number().min(5).max(40);

export const TemplateSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]{1,50}$/, 'A template id is lower-case letters, digits and -.'),
		name: z.string().min(1).max(50),
		description: z.string().max(200),
		/** Section order; "header" first. Sections left out here never appear. */
		sections: z.array(CvSectionIdSchema).min(1),
		/** Standard names parsers recognise; rendered in capitals in the PDF. */
		headings: z.record(z.enum(CV_SECTION_IDS.filter((id) => id !== 'header')), z.string().min(1)),
		/** How lists of short phrases appear: one per line, or run together on a line. */
		keyQualifications: z.enum(['bullets', 'inline']),
		languages: z.enum(['lines', 'inline']),
		/** Each skill as "Name (level): keyword, keyword", one per line or run together. */
		skills: z.enum(['lines', 'inline']),
		style: z.object({
			font: FontFamilySchema,
			textColour: colour,
			mutedColour: colour,
			accentColour: colour,
			sizes: z.object({
				name: points,
				headline: points,
				contact: points,
				heading: points,
				entryTitle: points,
				body: points,
				footer: points
			}),
			/** Line height as a multiple of the font size. */
			lineHeight: z.number().min(1).max(2),
			spacing: z.object({
				afterHeader: gap,
				beforeSection: gap,
				afterHeading: gap,
				betweenEntries: gap,
				afterParagraph: gap
			}),
			margins: z.object({
				top: millimetres,
				right: millimetres,
				bottom: millimetres,
				left: millimetres
			}),
			/** A thin accent rule under each section heading. */
			headingRule: z.boolean()
		})
	})
	.refine((template) => template.sections[0] === 'header', {
		message: 'A template starts with the header.',
		path: ['sections']
	})
	.refine((template) => new Set(template.sections).size === template.sections.length, {
		message: 'A template lists each section once.',
		path: ['sections']
	});
export type CvTemplate = z.infer<typeof TemplateSchema>;

/** Validates a template definition, failing loudly at load time rather than in a half-drawn PDF. */
export function defineTemplate(definition: unknown): CvTemplate {
	const result = TemplateSchema.safeParse(definition);
	if (!result.success) {
		const problems = result.error.issues
			.map((issue) => `${issue.path.join('.') || 'template'}: ${issue.message}`)
			.join('; ');
		throw new Error(`This CV template is not valid: ${problems}`);
	}
	return result.data;
}
