import type { VocabularyList } from '../vocabulary';

/**
 * Accounting, audit and tax beyond the first finance list: audit methods and standards,
 * accounting processes, professional qualifications and the tools of finance teams.
 */
export const FINANCE: VocabularyList = {
	tools: `
CaseWare|CaseWare IDEA|=IDEA
ACL Analytics|Galvanize HighBond|HighBond
TeamMate|TeamMate+
AuditBoard
BlackLine
FloQast
Trintech|Cadency
OneStream
CCH Tagetik|Tagetik
=Jedox
SAP BPC|SAP Business Planning and Consolidation
Oracle EPM|Oracle EPM Cloud
Sage 50|Sage 200|Sage Intacct
Lexware
=Bexio
SAP Concur
Expensify
Bill.com
Tipalti
Kyriba
Dext|Receipt Bank
FreeAgent
=MYOB
Zoho Books
Avalara
ONESOURCE|Thomson Reuters ONESOURCE
`,
	skills: `
statutory audit|statutory audits|financial statement audits|financial statement audit|financial audits|financial audit
internal controls|internal control|internal control systems|internal control system|=ICS|=ICFR|controls testing|control testing
IT general controls|=ITGC|=ITGCs|IT controls
substantive testing|substantive procedures|substantive audit procedures
analytical procedures|analytical review
audit planning
audit reporting|audit reports|audit report
working papers|audit working papers|audit documentation|audit files
audit sampling|statistical sampling
International Standards on Auditing|=ISA|=ISAs
=PCAOB|PCAOB standards
=GAAS
Swiss GAAP FER
Swiss Code of Obligations
UK GAAP|=FRS 102
=HGB|German GAAP
local GAAP
IFRS 9
IFRS 15
IFRS 16
IFRS 17
=ASC 606
=ASC 842
=COSO|COSO framework
financial statements|financial statement preparation|annual accounts|annual financial statements|statutory accounts
consolidation|financial consolidation|group consolidation|consolidated financial statements|group reporting
accruals|accruals and prepayments
fixed assets|fixed asset accounting|asset accounting|fixed asset register
=VAT|VAT returns|sales tax|indirect tax|indirect taxes
corporate tax|corporate income tax|corporation tax
transfer pricing
intercompany accounting|intercompany reconciliations|intercompany
journal entries|journals
credit control|debt collection
purchase-to-pay|=P2P|procure-to-pay|purchase to pay
order-to-cash|=O2C
record-to-report|=R2R
expense management|expense reports|travel and expense
forensic accounting
fraud detection|fraud prevention|fraud investigation|fraud investigations
financial analysis|ratio analysis
=P&L|profit and loss|P&L responsibility|P&L management
cost reduction|cost savings|cost optimization|cost optimisation|cost efficiency|cost-cutting|savings projects
payroll accounting
management accounting
financial due diligence
`,
	qualifications: `
Chartered Accountant|=ACA|=ICAEW|=ICAS
Wirtschaftsprüfer|Swiss Certified Public Accountant|Swiss CPA|German Public Auditor|Certified Public Auditor
`,
	certifications: `
=CIA|Certified Internal Auditor
=CMA|Certified Management Accountant
=CFE|Certified Fraud Examiner
=CTA|Chartered Tax Adviser
=AAT
=CIPFA
=CGMA
=CAIA
=CISI
`,
	degreeFields: `
accountancy|accounting and finance
business economics
`
};
