import type { VocabularyList } from '../vocabulary';

/**
 * Office tools and the skills that cross professions (organisation, writing, training others,
 * supervision), which ads in every field ask for.
 */
export const OFFICE_AND_GENERAL: VocabularyList = {
	tools: `
Google Docs
Microsoft Access|MS Access
=OneNote
=OneDrive
=Slack
=Zoom
=Webex|Cisco Webex
=Loom
=Dropbox
pivot tables|pivot table|PivotTables
=VLOOKUP|=XLOOKUP|=INDEX MATCH
Power Query
Power Pivot
Excel macros
`,
	skills: `
organisational skills|organizational skills|organisation skills|highly organised|well organised|well-organised
interpersonal skills
critical thinking
decision making|decision-making
multitasking|multi-tasking
report writing
technical writing|technical documentation
training delivery|staff training|delivering training|train-the-trainer|train the trainer
staff supervision|team supervision|supervising staff|supervisory experience|supervisory skills
data entry
touch typing
food safety|food hygiene|=HACCP
`
};
