import type { VocabularyList } from '../vocabulary';

/** Procurement, supply chain planning, logistics and transport, with ERP modules and tools. */
export const SUPPLY_CHAIN: VocabularyList = {
	tools: `
SAP MM|SAP Materials Management
SAP SD|SAP Sales and Distribution
SAP PP|SAP Production Planning
SAP QM|SAP Quality Management
SAP PM|SAP Plant Maintenance
SAP WM|SAP Warehouse Management
SAP APO
SAP IBP|SAP Integrated Business Planning
SAP Ariba|=Ariba
=Coupa
=Jaggaer
=Ivalua
GEP SMART
=Zycus
o9 Solutions
Descartes Systems
Oracle Transportation Management
=Infor|Infor M3|Infor LN|Infor CloudSuite
=Epicor
IFS Applications|=IFS Cloud
JD Edwards|=JDE
=Odoo
Transporeon
project44
FourKites
=WMS|warehouse management system|warehouse management systems
=TMS|transport management system|transportation management system
=ERP|ERP systems|ERP system|enterprise resource planning
=MRP|material requirements planning|=MRP II
`,
	skills: `
strategic sourcing|sourcing strategy|sourcing strategies|strategic procurement
category management|category strategy|category strategies
=RFQ|=RFQs|request for quotation|request for quote|requests for quotation
=RFP|=RFPs|request for proposal|requests for proposal
=RFI|=RFIs|request for information
tendering|tenders|tender management|bid management|public tenders|public procurement|tender
e-procurement|eProcurement
e-sourcing|e-auctions|reverse auctions
supplier qualification|supplier selection|supplier evaluation|supplier onboarding|supplier assessment|supplier approval
supplier audits|supplier audit
supplier development
total cost of ownership|=TCO
should-cost analysis|cost breakdown analysis|cost modelling|should cost
spend analysis|spend management|spend analytics|spend cube
=Incoterms|Incoterms 2020
customs clearance|customs compliance|customs procedures|customs
trade compliance|export control|export controls
freight forwarding|freight management|freight
transport management|transportation management|transport planning
fleet management
route planning|route optimization
sales and operations planning|=S&OP|integrated business planning|=IBP
production planning|production scheduling
supply planning|supply chain planning|materials planning|material planning
safety stock|safety stocks|reorder points
replenishment|stock replenishment
=ABC analysis|ABC classification
obsolescence management|component obsolescence|obsolescence
supply chain risk management|supply risk management|supplier risk management
commercial awareness|commercial acumen|business acumen
on-time delivery|=OTD|=OTIF|on time in full
order management|order processing
distribution management
last-mile delivery|last mile delivery
cold chain
Good Distribution Practice
import and export|import/export
`,
	qualifications: `
=HGV licence|HGV license|=LGV|Class 1 licence|=CDL|commercial driver's license|commercial driver’s license
`,
	certifications: `
=CIPS|=MCIPS|Chartered Institute of Procurement and Supply|Chartered Institute of Procurement & Supply
=NEVI
=APICS
=CPIM
=CSCP
=CLTD
=CPSM
`
};
