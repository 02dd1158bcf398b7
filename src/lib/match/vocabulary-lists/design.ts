import type { VocabularyList } from '../vocabulary';

/** UX, product, visual and graphic design: research, interaction, brand, print and motion. */
export const DESIGN: VocabularyList = {
	tools: `
FigJam
ProtoPie
InVision
=Axure|Axure RP
Balsamiq
Zeplin
UserTesting|UserTesting.com
Lookback
Dovetail
Optimal Workshop
Adobe Lightroom|=Lightroom
Adobe Acrobat
Adobe Animate
Adobe Audition
Affinity Designer|Affinity Publisher|Affinity Photo
CorelDRAW
QuarkXPress
Procreate
Cinema 4D|=C4D
Autodesk Maya
3ds Max
Final Cut Pro
DaVinci Resolve
Apple Keynote
Google Slides
`,
	skills: `
product design
visual design
graphic design
user journeys|user journey|journey mapping|customer journey mapping|customer journeys|user journey mapping
user flows|user flow
information architecture
design thinking
service design
human-centred design|human-centered design|user-centred design|user-centered design|=UCD|=HCD
heuristic evaluation|heuristic evaluations
card sorting
tree testing
personas|user personas
design sprints|design sprint
responsive design|responsive web design
mobile apps|mobile applications|mobile app|mobile app design
typography
layout design|page layout|layouts|layout
colour theory|color theory
colour management|color management
=CMYK
=Pantone|Pantone Matching System
print production|prepress|pre-press|print-ready artwork|artwork preparation|print-ready files|print-ready
print design|design for print
packaging design
editorial design|publication design|magazine layout
visual identity|brand identity|corporate identity
logo design
brand guidelines|brand guide|brand standards|brand book
illustration|illustrations|digital illustration
iconography|icon design
infographics
motion graphics|motion design
animation|2D animation|3D animation
photo retouching|retouching|image editing|photo editing
photography|product photography
art direction
creative direction
concept development|concepting
storyboarding|storyboards
presentation design
web design
creative briefs|design briefs
design portfolio|strong portfolio|portfolio of work|online portfolio
`,
	degreeFields: `
visual communication
fine arts|fine art
industrial design
human-computer interaction|=HCI
architecture
`
};
