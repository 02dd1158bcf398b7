import { CV_SECTION_IDS, defineTemplate } from './template-definition';

/** Still one column, but condensed type and tighter spacing: more fits on a page. */
export const compactTemplate = defineTemplate({
	id: 'compact',
	name: 'Compact',
	description: 'Condensed type, tight spacing, short lists run together; fits more on a page.',
	// The standard order: summary first, then what the job asks for, then the rest.
	sections: [...CV_SECTION_IDS],
	headings: {
		executive_summary: 'Summary',
		// "Skills" is the skills list's own heading: two sections of one name confuse ATS parsers.
		key_qualifications: 'Key Qualifications',
		skills: 'Skills',
		experience: 'Experience',
		projects: 'Projects',
		education: 'Education',
		certifications: 'Certifications',
		languages: 'Languages'
	},
	keyQualifications: 'inline',
	languages: 'inline',
	skills: 'inline',
	style: {
		font: 'DejaVuSansCondensed',
		textColour: '#1a1a1a',
		mutedColour: '#4d4d4d',
		accentColour: '#0f6b5c',
		sizes: {
			name: 17,
			headline: 10.5,
			contact: 8.5,
			heading: 10,
			entryTitle: 9.5,
			body: 9,
			footer: 7.5
		},
		lineHeight: 1.25,
		spacing: {
			afterHeader: 5,
			beforeSection: 8,
			afterHeading: 3,
			betweenEntries: 5,
			afterParagraph: 1.5
		},
		margins: { top: 13, right: 14, bottom: 12, left: 14 },
		headingRule: false
	}
});
