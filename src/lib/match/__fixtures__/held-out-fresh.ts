import type { MarkedJobAd } from './job-ads';

/**
 * The fifth held-out set (issue 17, second pass): fourteen ads from professions and ad styles in
 * no other set (lorry driving, residential conveyancing, early years, estimating, events, customs
 * brokerage, food microbiology, mortgage advice, museum curation, care home management, a US
 * medical coding ad, an Australian disability support ad, an Indian accounts ad, and two ads in
 * long prose without bullet lists). Written and marked by hand BEFORE the extractor was run on
 * them and before any of the tuning that followed; the marks are not to be edited after the
 * extractor has seen them. Facts about the employer (its regulator, its accreditation, its
 * customers, the benefits) are not marked: a recruiter does not screen a CV for them. Marks
 * follow job-ads.ts: what a recruiter would screen a CV for, with equivalent spellings after "|".
 */
export const HELD_OUT_FRESH_ADS: MarkedJobAd[] = [
	{
		name: 'fresh: Class 1 HGV driver (driving)',
		text: `Class 1 HGV Driver – Nights

Daventry DC · £17.50/hour · 4 on 4 off

Northway Logistics delivers chilled and ambient goods to supermarkets across the Midlands.

Your role
- Deliver to retail stores on multi-drop routes using articulated vehicles.
- Carry out daily vehicle walkaround checks and report defects.
- Couple and uncouple trailers, including double-deck trailers.
- Use the in-cab telematics and handheld scanner to record proof of delivery.
- Comply with drivers' hours rules and the working time directive.
- Handle roll cages safely with a tail lift and pallet truck.

You will need
- A full UK C+E licence with no more than 6 points.
- A valid Driver CPC card and digital tachograph card.
- At least 12 months' experience of multi-drop deliveries.
- An ADR certificate is an advantage.
- Good knowledge of tachograph rules.

We offer overtime at time and a half, a pension and free parking.`,
		keyTerms: [
			'C+E licence|C+E|Class 1|Cat C+E|HGV Class 1|Class 1 licence',
			'HGV|HGV driving',
			'multi-drop|multi-drop deliveries|multi-drop routes',
			'articulated vehicles|articulated|artics',
			'walkaround checks|vehicle walkaround checks|vehicle checks|defect reporting',
			'coupling and uncoupling|couple and uncouple trailers|coupling|uncoupling',
			'double-deck trailers|double-deck|double deck trailers',
			'telematics',
			'proof of delivery|POD',
			"drivers' hours rules|drivers' hours|drivers hours",
			'working time directive|WTD',
			'roll cages|roll cage',
			'tail lift',
			'pallet truck|pallet trucks',
			'Driver CPC|CPC|Driver CPC card',
			'digital tachograph card|tachograph card|digital tachograph',
			'tachograph rules|tachograph',
			'ADR|ADR certificate'
		]
	},
	{
		name: 'fresh: conveyancing paralegal (law)',
		text: `Conveyancing Paralegal – Residential Property

Leeds (hybrid, 3 days in office) · £24,000–£28,000

We are a regional law firm regulated by the SRA, with a busy residential property team acting for buyers, sellers and lenders.

Key responsibilities
- Manage a caseload of freehold and leasehold sales and purchases from instruction to completion under supervision.
- Review title documents and raise enquiries with the other side.
- Order and report on local authority, drainage and environmental searches.
- Prepare contracts, TR1 transfer deeds and completion statements.
- Submit SDLT returns and register applications with HM Land Registry via the portal.
- Carry out client due diligence and anti-money laundering checks.
- Work within the Law Society's Conveyancing Quality Scheme (CQS) and the Conveyancing Protocol.

About you
- At least 1 year's experience in residential conveyancing.
- Experience with a case management system; we use Proclaim.
- CILEx or LPC studies welcome.
- Strong client care skills and the ability to manage a high volume of files.`,
		keyTerms: [
			'residential conveyancing|conveyancing',
			'leasehold|freehold and leasehold|leasehold sales',
			'title documents|title|title review|reviewing title',
			'enquiries|raise enquiries|raising enquiries',
			'searches|local authority searches|environmental searches|drainage searches',
			'contracts|preparing contracts',
			'TR1|TR1 transfer deeds|transfer deeds',
			'completion statements|completion statement',
			'SDLT|SDLT returns|stamp duty land tax',
			'HM Land Registry|Land Registry|HMLR',
			'client due diligence|CDD|due diligence',
			'anti-money laundering|AML|anti-money laundering checks',
			'Conveyancing Quality Scheme|CQS',
			'Conveyancing Protocol',
			'case management system|case management',
			'Proclaim',
			'CILEx',
			'LPC',
			'client care|client care skills'
		]
	},
	{
		name: 'fresh: early years practitioner (early years)',
		text: `Early Years Practitioner (Level 3)

Little Acorns Nursery, Reading · 40 hours over 4 days · term-time and full-year contracts

Little Acorns is a 60-place day nursery rated Outstanding by Ofsted.

In this role you will
- Plan and lead play-based activities that follow the EYFS framework.
- Act as a key person for a small group of children and build close relationships with their families.
- Observe, assess and record each child's progress in their learning journals on Tapestry.
- Support children with SEND together with our SENCo.
- Keep children safe and follow our safeguarding and child protection procedures.
- Carry out nappy changing, mealtimes and sleep routines with care.

What you need
- A full and relevant Level 3 qualification in Early Years (e.g. CACHE or NVQ Level 3).
- A Paediatric First Aid certificate, or willingness to obtain one.
- An enhanced DBS check (we will apply for it).
- Sound understanding of the statutory framework and ratios.
- Good written English for observations and reports.

Perks: 50% off childcare, birthday off, funded training.`,
		keyTerms: [
			'EYFS|Early Years Foundation Stage|EYFS framework',
			'play-based activities|play-based learning|play-based',
			'key person',
			'observations|observation|observation and assessment',
			'learning journals|learning journal',
			'Tapestry',
			'SEND|special educational needs',
			'safeguarding',
			'child protection',
			'nappy changing|personal care',
			'Level 3|Level 3 qualification|Level 3 in Early Years|Early Years Level 3',
			'CACHE',
			'NVQ Level 3|NVQ',
			'Paediatric First Aid|PFA|Paediatric First Aid certificate',
			'DBS|enhanced DBS|enhanced DBS check'
		]
	},
	{
		name: 'fresh: estimator / quantity surveyor (construction)',
		text: `Estimator / Quantity Surveyor – Groundworks

Birmingham · £45,000–£55,000 + car allowance

Harland Civils is a groundworks and civil engineering contractor working on housing and commercial schemes up to £10m.

Responsibilities
- Prepare accurate tenders and estimates for groundworks, drainage and RC frame packages.
- Carry out quantity take-offs from drawings using CostX.
- Obtain and compare subcontractor and supplier quotations.
- Prepare bills of quantities and build up rates using NRM2.
- Produce monthly valuations, interim applications and final accounts.
- Assess and agree variations and manage change under JCT and NEC4 contracts.
- Attend tender handover meetings and support the commercial manager with cost reporting.

Requirements
- Degree or HNC in Quantity Surveying or Construction Management.
- 3+ years' estimating experience with a groundworks or civils contractor.
- Knowledge of JCT and NEC contract forms.
- Advanced Excel skills.
- MRICS, or working towards chartership, is desirable.
- Full UK driving licence.`,
		keyTerms: [
			'estimating|estimates|estimator',
			'tenders|tendering|tender',
			'groundworks',
			'civils|civil engineering',
			'drainage',
			'RC frame|reinforced concrete',
			'take-offs|quantity take-offs|take-off|measurement',
			'CostX',
			'quotations|subcontractor quotations|supplier quotations',
			'bills of quantities|BoQ|BOQ',
			'NRM2|NRM',
			'valuations|monthly valuations|interim valuations',
			'interim applications|applications for payment',
			'final accounts|final account',
			'variations',
			'JCT|JCT contracts',
			'NEC4|NEC|NEC contracts',
			'cost reporting|cost reports',
			'Quantity Surveying|QS',
			'Excel|Advanced Excel|Microsoft Excel',
			'MRICS|RICS|chartership',
			'driving licence|full UK driving licence'
		]
	},
	{
		name: 'fresh: events coordinator (events)',
		text: `Events Coordinator

London EC1 · Hybrid · £30,000

Meridian Conferences organises around 80 medical and academic conferences a year, from 50-person board dinners to 3,000-delegate congresses.

What you'll be doing
- Coordinate the logistics of conferences and corporate events from venue sourcing to post-event reports.
- Manage delegate registration and the event website in Cvent.
- Build event budgets, track spend and reconcile supplier invoices.
- Liaise with venues, AV suppliers, caterers and speakers; negotiate rates and contracts.
- Produce run sheets and event schedules and be the onsite contact on the day.
- Source and book hotel room blocks and manage attrition.
- Carry out event risk assessments.

What you'll bring
- 2+ years' experience in event management, ideally in conferences or association events.
- Confident with Cvent or a similar event management platform, and with Microsoft Office.
- Excellent stakeholder management and communication skills.
- Willingness to travel in the UK and Europe and to work occasional weekends.
- Knowledge of the ABPI Code would be a bonus.`,
		keyTerms: [
			'event management|events management|event planning|events',
			'conferences|conference|conference management',
			'logistics|event logistics',
			'venue sourcing|venue finding',
			'post-event reports|post-event reporting',
			'delegate registration|registration|delegate management',
			'Cvent',
			'event budgets|budgets|budget management|budgeting',
			'supplier invoices|invoices|invoice reconciliation',
			'AV|AV suppliers|audiovisual',
			'negotiation|contract negotiation|negotiate rates',
			'run sheets|run sheet',
			'onsite|on-site|onsite contact',
			'room blocks|hotel room blocks',
			'risk assessments|event risk assessments|risk assessment',
			'Microsoft Office|MS Office|Office',
			'stakeholder management',
			'communication skills|communication',
			'ABPI Code|ABPI'
		]
	},
	{
		name: 'fresh: customs declarations specialist (trade)',
		text: `Customs Declarations Specialist

Felixstowe · Office-based · Monday–Friday

Tidewater Freight is an AEO-accredited freight forwarder handling sea and air imports for UK retailers.

Duties
- Prepare and submit import and export declarations on CDS.
- Classify goods with the correct commodity codes using the UK Global Tariff.
- Calculate duty and import VAT, and apply preferential origin under the UK–EU TCA where eligible.
- Work with customs procedures such as customs warehousing, inward processing and transit (NCTS).
- Handle HMRC queries, C18 post-clearance demands and amendments.
- Check commercial invoices, packing lists and bills of lading for accuracy.
- Liaise with hauliers and port systems (Destin8) to release containers.

Requirements
- 2 years' experience in a customs clearance role.
- Sound knowledge of Incoterms 2020 and customs valuation.
- Experience with CDS or CHIEF; customs software such as Descartes or ASPIRE is a plus.
- Strong numeracy and the ability to work to tight cut-off times.`,
		keyTerms: [
			'customs declarations|customs clearance|declarations|import declarations|export declarations',
			'CDS|Customs Declaration Service',
			'commodity codes|commodity code|tariff classification|classification',
			'UK Global Tariff|UKGT',
			'import VAT|duty and import VAT|duty',
			'preferential origin|rules of origin|origin',
			'TCA|Trade and Cooperation Agreement',
			'customs warehousing',
			'inward processing',
			'transit|NCTS',
			'HMRC',
			'C18|C18 post-clearance demands|post-clearance demands',
			'commercial invoices|commercial invoice',
			'packing lists|packing list',
			'bills of lading|bill of lading',
			'Destin8|port systems',
			'Incoterms|Incoterms 2020',
			'customs valuation|valuation',
			'CHIEF',
			'Descartes',
			'ASPIRE',
			'numeracy'
		]
	},
	{
		name: 'fresh: food microbiology laboratory technician (food safety)',
		text: `Laboratory Technician – Food Microbiology

Wisbech · Shifts including one weekend in four · £24,500

FreshField Labs is a UKAS-accredited contract laboratory testing food and environmental samples for producers across East Anglia.

The role
- Receive, log and prepare food and environmental swab samples.
- Perform routine microbiological tests such as TVC, Enterobacteriaceae, E. coli, Listeria and Salmonella detection.
- Prepare culture media and carry out plate counts.
- Work to ISO 17025 and our UKAS-accredited methods, with full traceability.
- Record results in LIMS and flag out-of-specification results.
- Carry out equipment checks on autoclaves, incubators and pipettes.
- Follow aseptic technique and good laboratory practice at all times.

About you
- A degree or HND in microbiology, food science or biology.
- Previous experience in a food or clinical microbiology laboratory is preferred.
- Understanding of HACCP and food safety principles.
- Careful, methodical and able to work to turnaround times.`,
		keyTerms: [
			'food microbiology|microbiology|microbiological testing|microbiological tests',
			'sample preparation|sample receipt|samples',
			'environmental swabs|environmental samples|swab samples|swabs',
			'TVC|total viable count',
			'Enterobacteriaceae',
			'E. coli',
			'Listeria',
			'Salmonella',
			'culture media|media preparation',
			'plate counts|plate counting',
			'ISO 17025|ISO/IEC 17025',
			'UKAS|UKAS accreditation',
			'traceability',
			'LIMS',
			'out-of-specification|OOS|out-of-specification results',
			'equipment checks|equipment calibration',
			'autoclaves|autoclave',
			'aseptic technique',
			'good laboratory practice|GLP',
			'food science',
			'HACCP',
			'food safety'
		]
	},
	{
		name: 'fresh: mortgage adviser (financial services)',
		text: `Mortgage Adviser – Whole of Market

Glasgow or home-based in Scotland · OTE £55,000

Clearpath Mortgages is a directly authorised broker; we have helped more than 20,000 first-time buyers since 2009.

What you'll do
- Advise clients on residential, buy-to-let and remortgage products from the whole of market.
- Carry out fact finds and affordability assessments, and recommend suitable products.
- Advise on protection products, including life cover, critical illness and income protection.
- Package cases and submit applications to lenders through sourcing systems such as Mortgage Brain and Twenty7tec.
- Keep compliant suitability reports and client files in line with FCA rules and Consumer Duty.
- Manage your own pipeline from agreement in principle to completion.

Requirements
- CeMAP (or an equivalent Level 3 mortgage qualification) — essential.
- At least 2 years as a mortgage adviser, ideally with CeRER or CeMAP 3 for equity release.
- A track record of meeting lead conversion targets.
- Excellent customer service and rapport-building skills.`,
		keyTerms: [
			'mortgage advice|mortgages|mortgage adviser|mortgage advising',
			'whole of market',
			'residential mortgages|residential',
			'buy-to-let|BTL',
			'remortgage|remortgages|remortgaging',
			'fact finds|fact find|fact-finding',
			'affordability assessments|affordability',
			'protection products|protection|protection advice',
			'life cover|life insurance',
			'critical illness|critical illness cover',
			'income protection',
			'package cases|case packaging|packaging',
			'sourcing systems|sourcing system',
			'Mortgage Brain',
			'Twenty7tec',
			'suitability reports|suitability report',
			'FCA|FCA rules',
			'Consumer Duty',
			'pipeline|pipeline management',
			'agreement in principle|AIP|decision in principle|DIP',
			'CeMAP',
			'CeRER',
			'equity release',
			'lead conversion|conversion|conversion targets',
			'customer service',
			'rapport-building|rapport building|rapport'
		]
	},
	{
		name: 'fresh: assistant curator, prose (museums)',
		text: `Assistant Curator, Social History

The Northgate Museum holds over 150,000 objects telling the story of working life in the Tyne valley, from lead mining to shipbuilding. We are looking for an Assistant Curator to join our collections team on a two-year fixed-term contract, based at our Hexham store and galleries.

You will help to research, interpret and care for the social history collection, working closely with the Senior Curator. Much of your time will be spent on documentation: cataloguing new acquisitions and existing objects on our collections management system (Axiell Collections), writing object records to the SPECTRUM standard, and checking locations during our inventory project. You will research objects and write interpretation for a new permanent gallery opening in 2027, including label text, panel copy and digital content, and you will help to select objects for loans in and out, preparing condition reports with our conservator and handling objects safely in store and on display.

We also want our collections to be used by more people. You will answer public enquiries, give talks and object handling sessions, and work with community groups on co-curated displays and oral history recordings. Some evening and weekend work will be needed.

The successful candidate will have a degree in history, museum studies or a related subject, or equivalent experience, and will have worked with museum collections in a paid or voluntary role. You will know how to handle and pack objects and understand the principles of preventive conservation. Experience of exhibition development and of writing for a general audience is essential, and knowledge of the Museum Accreditation Scheme would be helpful. A postgraduate qualification in museum studies is desirable but not required.`,
		keyTerms: [
			'social history',
			'museum collections|collections|collections care',
			'documentation|collections documentation',
			'cataloguing|catalogue|cataloging',
			'acquisitions',
			'collections management system|collections management|CMS',
			'Axiell Collections|Axiell',
			'SPECTRUM|SPECTRUM standard',
			'object records',
			'inventory',
			'research|object research',
			'interpretation',
			'label text|panel copy|labels',
			'digital content',
			'loans|loans in and out',
			'condition reports|condition reporting|condition checking',
			'object handling|handling objects|handling|packing',
			'public enquiries|enquiries',
			'community groups|community engagement|co-curated displays|co-curation',
			'oral history',
			'history',
			'museum studies',
			'preventive conservation|conservation',
			'exhibition development|exhibitions|exhibition',
			'writing for a general audience',
			'Museum Accreditation Scheme|Accreditation Scheme|Museum Accreditation'
		]
	},
	{
		name: 'fresh: registered manager, care home (social care)',
		text: `Registered Manager – Residential Care Home (Dementia)

Harrogate · 48 beds · £55,000 + bonus

Rosewood Care Group runs 14 family-owned care homes across Yorkshire, each rated Good or Outstanding.

As Registered Manager you will
- Lead the home day to day and register with the CQC as Registered Manager.
- Ensure compliance with the Health and Social Care Act 2008 regulations and the CQC fundamental standards, and prepare for inspections against the key lines of enquiry.
- Oversee person-centred care planning, risk assessments and medication management using our electronic care planning system (Nourish).
- Recruit, supervise and appraise a team of 60 staff and manage rotas within agency spend targets.
- Manage occupancy, pre-admission assessments and relationships with local authority commissioners.
- Lead safeguarding investigations and make statutory notifications.
- Apply the Mental Capacity Act and Deprivation of Liberty Safeguards (DoLS).

You will have
- The Level 5 Diploma in Leadership for Health and Social Care (or be willing to work towards it).
- At least 2 years' management experience in a residential or nursing home, ideally with dementia care.
- A strong record of CQC inspections.
- Budget management and financial reporting experience.
- Registered nurse (RGN/RMN) status would be an advantage.`,
		keyTerms: [
			'Registered Manager',
			'CQC|Care Quality Commission',
			'Health and Social Care Act|Health and Social Care Act 2008',
			'fundamental standards|CQC fundamental standards',
			'CQC inspections|inspections',
			'key lines of enquiry|KLOEs|KLOE',
			'person-centred care|person-centred',
			'care planning|care plans',
			'risk assessments|risk assessment',
			'medication management|medication|medicines management',
			'Nourish|electronic care planning',
			'recruitment|recruiting',
			'supervision|supervisions',
			'appraisals|appraisal',
			'rotas|rota management|rostering',
			'agency spend',
			'occupancy',
			'pre-admission assessments|pre-admission assessment|admissions',
			'commissioners|local authority commissioners',
			'safeguarding|safeguarding investigations',
			'statutory notifications|notifications',
			'Mental Capacity Act|MCA',
			'Deprivation of Liberty Safeguards|DoLS',
			'Level 5 Diploma|Level 5 Diploma in Leadership for Health and Social Care|Level 5',
			'dementia care|dementia',
			'residential care|care home|nursing home',
			'budget management|budgets|budgeting',
			'financial reporting',
			'RGN|RMN|registered nurse'
		]
	},
	{
		name: 'fresh: medical billing and coding specialist, US (healthcare admin)',
		text: `Medical Billing and Coding Specialist

Location: Columbus, OH (Hybrid) | Pay: $22–$26/hr | Full-Time, Benefits-Eligible

Buckeye Family Health is a multi-specialty physician group with 12 clinics across central Ohio. We're growing our revenue cycle team!

Job Summary:
The Medical Billing and Coding Specialist assigns accurate codes to outpatient encounters and makes sure claims go out clean and get paid.

Essential Duties:
• Review provider documentation and assign ICD-10-CM, CPT and HCPCS codes, including modifiers.
• Submit claims to Medicare, Medicaid and commercial payers through our clearinghouse.
• Work denials and rejections, file appeals and follow up on aging A/R.
• Post payments and adjustments from EOBs and ERAs.
• Verify patient eligibility and obtain prior authorizations.
• Query providers when documentation does not support the level of service (E/M coding).
• Maintain HIPAA compliance at all times.

Qualifications:
• High school diploma or GED required; associate degree preferred.
• CPC, CCS or CCA certification required (AAPC or AHIMA).
• 2+ years of medical billing experience in a physician practice.
• Hands-on experience with Epic (Resolute preferred) or athenahealth.
• Strong knowledge of medical terminology and anatomy.
• 10-key proficiency and Excel skills.

We offer medical, dental and vision insurance, a 401(k) with match, and PTO.`,
		keyTerms: [
			'medical billing|billing',
			'medical coding|coding',
			'revenue cycle|revenue cycle management|RCM',
			'outpatient|outpatient coding',
			'ICD-10-CM|ICD-10',
			'CPT',
			'HCPCS',
			'modifiers',
			'claims|claims submission|claim submission',
			'Medicare',
			'Medicaid',
			'commercial payers|payers',
			'clearinghouse',
			'denials|denial management',
			'appeals',
			'A/R|accounts receivable|aging A/R|AR follow-up',
			'payment posting|posting',
			'EOB|EOBs',
			'ERA|ERAs',
			'eligibility verification|eligibility|patient eligibility',
			'prior authorizations|prior authorization|prior auth',
			'E/M coding|E/M',
			'HIPAA',
			'CPC',
			'CCS',
			'CCA',
			'AAPC',
			'AHIMA',
			'Epic',
			'Resolute|Epic Resolute',
			'athenahealth',
			'medical terminology',
			'anatomy',
			'10-key',
			'Excel'
		]
	},
	{
		name: 'fresh: disability support worker, Australia (disability care)',
		text: `Disability Support Worker – Casual

Western Sydney (Parramatta, Blacktown and surrounds) | Casual, $34.50 p/h + penalty rates | SCHADS Award Level 2

Bright Futures Support is a registered NDIS provider helping people with disability live the life they choose.

About the role
You'll support participants in their homes and the community with daily living and social participation, in line with their NDIS plans and support plans.

Key responsibilities
- Assist with personal care, including showering, toileting and manual handling using hoists.
- Support participants to attend appointments, go shopping and take part in community activities.
- Administer medication according to support plans and our medication policy.
- Apply positive behaviour support strategies and complete incident reports.
- Write accurate shift notes in our app (ShiftCare).
- Help with meal preparation and household tasks.

Essential requirements
- Certificate III or IV in Individual Support (Disability) or Certificate IV in Disability.
- NDIS Worker Screening Check and a current Working with Children Check.
- Current First Aid and CPR certificates.
- Full Australian driver's licence and a comprehensive-insured vehicle.
- Right to work in Australia.

Experience with complex needs or high intensity supports (PEG feeding, epilepsy management) is highly regarded.`,
		keyTerms: [
			'disability support|disability support work|disability',
			'NDIS|National Disability Insurance Scheme',
			'support plans|NDIS plans|support plan',
			'daily living|activities of daily living',
			'personal care',
			'manual handling',
			'hoists|hoist|hoist transfers',
			'community activities|community access|community participation|social participation',
			'medication administration|medication|administer medication',
			'positive behaviour support|PBS',
			'incident reports|incident reporting',
			'shift notes|progress notes',
			'ShiftCare',
			'meal preparation',
			'Certificate III in Individual Support|Certificate III|Cert III|Individual Support',
			'Certificate IV in Disability|Certificate IV|Cert IV',
			'NDIS Worker Screening Check|Worker Screening Check|NDIS Worker Screening',
			'Working with Children Check|WWCC',
			'First Aid|first aid certificate',
			'CPR',
			"driver's licence|driver licence|Australian driver's licence",
			'complex needs',
			'high intensity supports|high intensity',
			'PEG feeding|PEG',
			'epilepsy management|epilepsy'
		]
	},
	{
		name: 'fresh: senior accounts executive, India (accounting)',
		text: `Urgent Opening: Senior Accounts Executive (GST & TDS) – Pune

Company: Sahyadri Auto Components Pvt. Ltd.
Experience: 3-5 Yrs | CTC: 4.5–6 LPA | Notice period: Immediate to 30 days
Qualification: B.Com / M.Com / CA Inter

Job Description:
1. Handling day-to-day accounting entries in Tally Prime (sales, purchase, journal, payment and receipt vouchers).
2. Preparation and filing of GST returns (GSTR-1, GSTR-3B) and reconciliation with GSTR-2B.
3. TDS deduction, payment and quarterly TDS returns (24Q, 26Q); issuing Form 16/16A.
4. Bank reconciliation, vendor ledger scrutiny and debtors follow-up.
5. Assisting in statutory audit and tax audit; coordination with CA firm.
6. Preparation of MIS reports for management on monthly basis.
7. Knowledge of e-invoicing and e-way bill generation.

Desired Candidate Profile:
- Good knowledge of Indian Accounting Standards and Income Tax Act.
- Proficient in MS Excel (VLOOKUP, Pivot Table).
- Candidates from manufacturing industry preferred.
- Good communication in English, Hindi and Marathi.

Interested candidates share CV on WhatsApp.`,
		keyTerms: [
			'accounting|accounts|accounting entries|bookkeeping',
			'Tally Prime|Tally|Tally ERP',
			'vouchers|voucher entry',
			'GST|GST returns|Goods and Services Tax',
			'GSTR-1',
			'GSTR-3B',
			'GSTR-2B|GST reconciliation',
			'TDS|tax deducted at source',
			'TDS returns|quarterly TDS returns',
			'24Q|26Q',
			'Form 16|Form 16A|Form 16/16A',
			'bank reconciliation|BRS',
			'vendor ledger scrutiny|ledger scrutiny|vendor ledger|ledgers',
			'debtors follow-up|debtors|receivables',
			'statutory audit',
			'tax audit',
			'MIS reports|MIS|MIS reporting',
			'e-invoicing|e-invoice',
			'e-way bill|e-way bills|e-way bill generation',
			'Indian Accounting Standards|Ind AS',
			'Income Tax Act|income tax',
			'Excel|MS Excel',
			'VLOOKUP',
			'Pivot Table|pivot tables|Pivot Tables',
			'B.Com|BCom',
			'M.Com|MCom',
			'CA Inter|CA Intermediate',
			'manufacturing|manufacturing industry',
			'English',
			'Hindi',
			'Marathi'
		]
	},
	{
		name: 'fresh: tree surgeon, prose (arboriculture)',
		text: `Tree Surgeon / Climber wanted

We're a small, family-run tree care business in Surrey and we're busy all year round, so we're after an experienced climber to join our team of four. Most of our work is domestic, with some council and estate contracts, and we pride ourselves on doing a tidy, safe job.

Day to day you'll be climbing and rigging to carry out crown reductions, crown lifts, deadwooding and sectional dismantles, often over roofs and conservatories, so you need to be confident with rigging techniques and able to plan the job with the rest of the crew. You'll also be felling smaller trees, grinding stumps and running the chipper, and helping with hedge work in the quieter months. We use SRT and DdRT systems and the kit is well maintained — you'll be expected to do your pre-use checks and keep your LOLER paperwork in order.

You'll need your NPTC/Lantra tickets: CS30 and CS31 for chainsaw maintenance and felling, CS38 for tree climbing and aerial rescue, and CS39 for using a chainsaw from a rope and harness. CS41 for aerial rigging would be a big plus. A basic knowledge of tree identification and BS 3998 is expected, and an emergency first aid at work (+F) certificate is a must. A full driving licence is essential; a B+E to tow the chipper would be ideal.

Pay is £150–£180 a day depending on experience, with work booked four weeks ahead.`,
		keyTerms: [
			'tree surgery|tree surgeon|arboriculture|tree work',
			'climbing|tree climbing',
			'rigging|rigging techniques|aerial rigging',
			'crown reductions|crown reduction',
			'crown lifts|crown lifting',
			'deadwooding',
			'sectional dismantles|sectional dismantling|dismantling',
			'felling|tree felling',
			'stump grinding|grinding stumps',
			'chipper|woodchipper',
			'hedge work|hedge cutting',
			'SRT|single rope technique',
			'DdRT|doubled rope technique',
			'pre-use checks',
			'LOLER',
			'NPTC|Lantra|NPTC/Lantra',
			'CS30',
			'CS31',
			'CS38',
			'aerial rescue',
			'CS39',
			'CS41',
			'chainsaw|chainsaw maintenance',
			'tree identification',
			'BS 3998',
			'emergency first aid at work|EFAW|first aid',
			'driving licence|full driving licence',
			'B+E|B+E licence'
		]
	}
];
