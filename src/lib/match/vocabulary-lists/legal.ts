import type { VocabularyList } from '../vocabulary';

/** Legal: lawyers, paralegals, company secretaries and compliance, with their research tools. */
export const LEGAL: VocabularyList = {
	tools: `
iManage|iManage Work
NetDocuments
Clio Manage
RelativityOne|Relativity eDiscovery
Westlaw
LexisNexis|Lexis+|Lexis Nexis|Lexis Library
Practical Law|Thomson Reuters Practical Law
Bloomberg Law
=HighQ
Intapp
Elite 3E
=Aderant
Kira Systems
Luminance AI
Ironclad
=Juro
Everlaw
=Nuix
Diligent Boards|Diligent Entities
Datasite|Merrill Datasite
Intralinks
=Ansarada
`,
	skills: `
legal drafting|contract drafting|drafting contracts|drafting agreements|drafting legal documents
contract review|reviewing contracts|contract analysis
contract management|contract lifecycle management|=CLM|contract administration
commercial contracts|commercial agreements
legal research
legal writing
legal advice|legal advisory|providing legal advice
litigation|litigation support
dispute resolution
arbitration
corporate governance
company secretarial|company secretarial work|corporate secretarial|=CoSec|company secretariat
board minutes|board papers|board packs|minute taking|minute-taking
board resolutions|written resolutions|shareholder resolutions
statutory registers|statutory books|statutory records
statutory filings|Companies House filings|Companies House
entity management|legal entity management|corporate housekeeping
Companies Act|Companies Act 2006
regulatory compliance|compliance monitoring|compliance management|compliance programmes
intellectual property|IP law|IP rights
trademarks|trade marks|trademark law|trademark prosecution
patents|patent law|patent prosecution
data protection|data privacy|privacy law
sanctions screening|sanctions compliance
eDiscovery|e-discovery|electronic discovery|eDisclosure
document review
matter management
time recording|legal billing|billable hours
court filings|pleadings|court documents
trial preparation|trial bundles|court bundles
conveyancing
real estate law|property law
corporate law|company law
commercial law
contract law
competition law|antitrust
tax law
financial regulation|financial services regulation
transaction management|closing checklists|closing sets|completion bibles|closing bibles
virtual data rooms|data rooms|data room management|=VDR|deal rooms
document management|document management systems|document management system
records management
`,
	qualifications: `
=LLB|LL.B.|Bachelor of Laws
LL.M.|Master of Laws
=J.D.|Juris Doctor
bar admission|admitted to the bar|bar membership|bar exam|admitted attorney
qualified solicitor|solicitor qualification|practising certificate|practicing certificate
=SQE|Solicitors Qualifying Examination
=LPC|Legal Practice Course
=CILEx|=CILEX|Chartered Legal Executive
paralegal certificate|paralegal certification|paralegal qualification|paralegal diploma|Certified Paralegal
`,
	certifications: `
=CIPP|CIPP/E|CIPP/US
=CIPM
`,
	degreeFields: `
law|legal studies
`
};
