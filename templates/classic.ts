import { CV_SECTION_IDS, defineTemplate } from './template-definition';

/** One column, generous spacing, DejaVu Sans: the safe default for ATS and for people. */
export const classicTemplate = defineTemplate({
	id: 'classic',
	name: 'Classic',
	description: 'One column with room to breathe; section headings with a thin rule.',
	// The standard order: summary first, then what the job asks for, then the rest.
	sections: [...CV_SECTION_IDS],
	headings: {
		executive_summary: 'Summary',
		key_qualifications: 'Key Qualifications',
		skills: 'Skills',
		experience: 'Professional Experience',
		projects: 'Projects',
		education: 'Education',
		certifications: 'Certifications',
		languages: 'Languages'
	},
	keyQualifications: 'bullets',
	languages: 'lines',
	skills: 'lines',
	style: {
		font: 'DejaVuSans',
		textColour: '#1d232b',
		mutedColour: '#4a5360',
		accentColour: '#1f4e8c',
		sizes: {
			name: 20,
			headline: 11.5,
			contact: 9,
			heading: 11,
			entryTitle: 10.5,
			body: 9.5,
			footer: 8
		},
		lineHeight: 1.32,
		spacing: {
			afterHeader: 8,
			beforeSection: 11,
			afterHeading: 5,
			betweenEntries: 8,
			afterParagraph: 2.5
		},
		margins: { top: 18, right: 18, bottom: 15, left: 18 },
		headingRule: true
	}
});
