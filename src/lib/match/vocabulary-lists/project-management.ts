import type { VocabularyList } from '../vocabulary';

/** Project, programme and business analysis work: methods, planning tools and certificates. */
export const PROJECT_MANAGEMENT: VocabularyList = {
	tools: `
=Wrike
ClickUp
Basecamp
Planview
Clarity PPM
Jira Align
Lucidchart
draw.io|diagrams.net
=Mural
`,
	skills: `
waterfall
resource planning|resource management|resource allocation
project planning|project scheduling|project plans
critical path|critical path method|critical path analysis
Gantt charts|Gantt chart|=Gantt
earned value management|=EVM
scope management
change control
=PMO|project management office
business analysis
process mapping|process modelling|process modeling|business process modelling|=BPMN
ERP implementation|system implementation|software implementation|systems implementation
benefits realisation|benefits realization
risk assessment|risk assessments
project delivery
`,
	certifications: `
=CAPM|Certified Associate in Project Management
=PMI-ACP
Managing Successful Programmes|=MSP
=APM PMQ|=PMQ|APM Project Management Qualification
=IPMA
AgilePM
=CBAP
=CCBA
=ECBA
`
};
