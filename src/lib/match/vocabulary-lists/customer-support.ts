import type { VocabularyList } from '../vocabulary';

/** Customer support, service and success: service levels, ticketing, escalations, retention. */
export const CUSTOMER_SUPPORT: VocabularyList = {
	tools: `
Salesforce Service Cloud|Service Cloud
Gorgias
Help Scout
Kustomer
Genesys|Genesys Cloud
Five9
Talkdesk
Aircall
NICE CXone|NICE inContact
=Avaya
Gainsight
ChurnZero
Totango
Jira Service Management|Jira Service Desk|=JSM
Freshservice
ManageEngine|ManageEngine ServiceDesk Plus
`,
	skills: `
technical support|tech support|first-line support|second-line support|1st level support|2nd level support|=L1 support|=L2 support|=L3 support|application support
IT support|helpdesk|help desk|service desk
escalation management|escalations|escalation handling|handling escalations
ticketing|ticket management|ticketing systems|ticket triage
knowledge base|knowledge management|help centre|help center|help articles|knowledge base articles
=CSAT|customer satisfaction|customer satisfaction scores
=NPS|Net Promoter Score
first response time|first reply time
resolution time|time to resolution
average handle time|=AHT
first contact resolution|first call resolution|=FCR
=SLA|=SLAs|service level agreements|service levels|SLA management
workforce management|=WFM
queue management|queue planning
conflict resolution|de-escalation
troubleshooting|troubleshoot
debugging
customer onboarding|client onboarding
omnichannel support|multichannel support|omnichannel
live chat|chat support
contact centre|contact center|call centre|call center
customer experience|=CX
complaint handling|complaints handling|complaint management|handling complaints
customer health scores|health scores|account health
customer advocacy
voice of the customer|=VoC
`
};
