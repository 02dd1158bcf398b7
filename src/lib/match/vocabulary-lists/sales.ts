import type { VocabularyList } from '../vocabulary';

/** Sales and account management: selling methods, pipeline work and the tools of the trade. */
export const SALES: VocabularyList = {
	tools: `
Salesloft
Outreach.io
Gong.io
LinkedIn Sales Navigator|Sales Navigator
ZoomInfo
Apollo.io
Pipedrive
Zoho CRM
=Clari
Chorus.ai
DocuSign
PandaDoc
Seismic Enablement
Highspot
Lusha
Cognism
Salesforce CPQ|=CPQ
`,
	skills: `
full sales cycle|full-cycle sales|end-to-end sales cycle|sales cycle|sales cycles|full cycle sales
prospecting|outbound prospecting|cold calling|cold outreach|cold emailing
lead qualification|qualifying leads|=BANT
pipeline management|pipeline generation|sales pipeline|pipeline building|pipeline development
sales forecasting|sales forecast|pipeline forecasting
quota|quotas|quota attainment|sales quota|sales targets|revenue targets|quota-carrying
deal closing|closing deals|close deals|closing skills|close new business|closing new business
product demos|product demonstrations|sales demos|demos|product demo
discovery calls|discovery meetings|needs analysis
solution selling|consultative selling|value selling|value-based selling
=MEDDIC|=MEDDPICC
=SPIN Selling
Challenger Sale|Challenger selling
Sandler Selling|Sandler Selling System
sales methodology|sales methodologies|sales process|sales processes
account planning|account plans
upselling|upsell|up-selling
cross-selling|cross-sell
renewals|contract renewals|renewal management
customer retention|churn reduction|reducing churn|churn prevention|churn
territory management|territory planning
channel sales|partner sales|channel partners|channel management|partner management
enterprise sales|enterprise selling
inside sales
field sales
new business development|new business acquisition|new logo acquisition
=SaaS sales|software sales
=B2B sales
=B2C sales
retail sales
sales operations|=Sales Ops|revenue operations|=RevOps
sales enablement
relationship building|relationship management|client relationship management|client relationships
social selling
objection handling|handling objections
=QBR|=QBRs|quarterly business reviews|business reviews|executive business reviews
sales strategy
pricing negotiation
tender responses|bid writing|proposal writing|=RFP responses
`
};
