import type { MarkedJobAd } from './job-ads';

/**
 * The fourth held-out set (issue 17): twelve ads from professions absent from every other set
 * (clinical research, electrical and plumbing trades, litigation, primary teaching, hotel front
 * office, payroll, transport planning, dental nursing, laboratory research, social work,
 * veterinary nursing). Written and marked by hand BEFORE the phrase extractor of issue 17 was
 * written or run on them; the marks are not to be edited after the extractor has seen them.
 * Some ads hold traps a recruiter would not fall for: a London postcode that spells a cloud
 * product, patients' recruitment, a school subject that is also a language. Marks follow
 * job-ads.ts: what a recruiter would screen a CV for, with equivalent spellings after "|".
 */
export const HELD_OUT_ISSUE17_ADS: MarkedJobAd[] = [
	{
		name: 'issue 17: clinical research coordinator (research)',
		text: `Clinical Research Coordinator – Oncology Trials Unit

Manchester · Full-time · Band 6

The Oncology Trials Unit runs more than 40 phase I–III studies for adults with solid tumours.

What you will do
- Coordinate the day-to-day running of clinical trials from set-up to close-out.
- Support patient recruitment and screening, and obtain informed consent under supervision.
- Collect and enter study data into case report forms and the EDC system (Medidata Rave).
- Report adverse events and serious adverse events within the required timelines.
- Maintain the investigator site file and prepare for monitoring visits and audits.
- Process and ship blood samples according to the laboratory manual.

What we are looking for
- A degree in life sciences, nursing or a related field.
- Up-to-date Good Clinical Practice (GCP) training.
- Knowledge of ICH guidelines and UK clinical trial regulations.
- Experience of phlebotomy is desirable.
- Excellent attention to detail and organisational skills.

Benefits: 27 days' annual leave, NHS pension, cycle-to-work scheme.`,
		keyTerms: [
			'clinical trials|clinical research|trials',
			'oncology',
			'patient recruitment|recruitment|screening',
			'informed consent|consent',
			'case report forms|CRF|CRFs',
			'EDC|electronic data capture|EDC system',
			'Medidata Rave|Medidata|Rave',
			'adverse events|serious adverse events|SAE|AE reporting',
			'investigator site file|ISF',
			'monitoring visits|monitoring',
			'audits|audit',
			'sample processing|blood samples|samples',
			'life sciences',
			'nursing',
			'Good Clinical Practice|GCP',
			'ICH guidelines|ICH|ICH GCP',
			'clinical trial regulations|regulations',
			'phlebotomy',
			'attention to detail',
			'organisational skills|organizational skills',
			'data entry|study data'
		]
	},
	{
		name: 'issue 17: approved electrician (trades)',
		text: `Approved Electrician – Commercial Maintenance

Bristol and surrounding area · Permanent · Company van and fuel card

Brightline Facilities Ltd maintains offices, schools and retail units across the South West.

The job
- Carry out installation, fault finding and repair on commercial electrical systems.
- Complete periodic inspection and testing and issue EICRs and electrical installation certificates.
- Install and maintain emergency lighting and fire alarm systems.
- Read drawings and schematics, and work safely on three-phase distribution boards.
- Complete job sheets and risk assessments on our mobile app.

Requirements
- NVQ Level 3 in Electrotechnical Services or equivalent, and an ECS/JIB gold card.
- 18th Edition (BS 7671) wiring regulations.
- City & Guilds 2391 inspection and testing qualification.
- Full UK driving licence.
- IPAF or PASMA is an advantage.`,
		keyTerms: [
			'electrical installation|installation|installations',
			'fault finding|fault-finding|troubleshooting',
			'repair|repairs|maintenance',
			'inspection and testing|periodic inspection|testing',
			'EICR|EICRs|electrical installation condition report',
			'electrical installation certificates|certification',
			'emergency lighting',
			'fire alarm systems|fire alarms',
			'drawings|schematics|technical drawings',
			'three-phase|three phase|3-phase',
			'distribution boards',
			'risk assessments|risk assessment',
			'NVQ Level 3|NVQ|Electrotechnical Services',
			'ECS card|JIB gold card|ECS|JIB',
			'18th Edition|BS 7671|wiring regulations',
			'City & Guilds 2391|2391|City & Guilds',
			'driving licence|UK driving licence',
			'IPAF',
			'PASMA',
			'commercial electrical systems|electrical systems'
		]
	},
	{
		name: 'issue 17: plumbing and heating engineer (trades)',
		text: `Plumbing & Heating Engineer

Leeds · Full-time · £38,000–£44,000 + overtime

We are a family-run heating company serving domestic customers in West Yorkshire for 30 years.

Day to day you will
- Service, repair and install gas boilers, mainly Worcester Bosch and Vaillant combi and system boilers.
- Diagnose faults on central heating systems, controls and unvented hot water cylinders.
- Carry out power flushing and install radiators, pipework and thermostatic valves.
- Complete Gas Safe paperwork and benchmark certificates.
- Give customers clear advice and keep the van stocked and tidy.

You will need
- Gas Safe registration with CCN1, CENWAT, CKR1 and HTR1.
- G3 unvented hot water qualification.
- NVQ Level 3 in Plumbing and Heating.
- Good customer service skills and a full driving licence.`,
		keyTerms: [
			'boiler servicing|servicing|service',
			'boiler installation|install|installation',
			'repair|repairs',
			'gas boilers|boilers|combi boilers|system boilers',
			'Worcester Bosch',
			'Vaillant',
			'fault finding|diagnose faults|fault diagnosis|diagnostics',
			'central heating|central heating systems|heating systems',
			'heating controls|controls',
			'unvented hot water|unvented hot water cylinders|unvented cylinders|G3',
			'power flushing',
			'radiators',
			'pipework',
			'Gas Safe|Gas Safe registration',
			'CCN1',
			'CENWAT',
			'CKR1',
			'HTR1',
			'NVQ Level 3|NVQ|Plumbing and Heating',
			'customer service',
			'driving licence|full driving licence'
		]
	},
	{
		name: 'issue 17: commercial litigation associate (law)',
		text: `Commercial Litigation Associate (2–5 PQE)

London EC2 · Hybrid (3 days in the office)

Harcourt Penn LLP is an independent City firm acting for banks, insurers and technology companies.

The role
- Run a caseload of High Court commercial disputes, including contract and shareholder claims.
- Draft pleadings, witness statements and applications, and instruct counsel.
- Manage disclosure using our e-disclosure platform (Relativity).
- Attend hearings, mediations and settlement meetings.
- Advise clients on litigation strategy, costs and risk.
- Supervise trainees and paralegals.

About you
- Qualified solicitor in England and Wales with 2–5 years' PQE in commercial litigation.
- Strong knowledge of the Civil Procedure Rules.
- Experience of costs budgeting and Precedent H.
- Excellent drafting and client care skills.
- Arbitration experience (LCIA or ICC) is a bonus.`,
		keyTerms: [
			'commercial litigation|litigation',
			'commercial disputes|disputes|dispute resolution',
			'High Court',
			'contract claims|contract disputes|contract',
			'shareholder claims|shareholder disputes',
			'pleadings',
			'witness statements',
			'applications',
			'instructing counsel|instruct counsel|counsel',
			'disclosure|e-disclosure|eDisclosure',
			'Relativity',
			'hearings',
			'mediation|mediations',
			'settlement|settlement meetings|negotiation',
			'litigation strategy|advising clients|advise clients',
			'supervision|supervise trainees',
			'qualified solicitor|solicitor',
			'Civil Procedure Rules|CPR',
			'costs budgeting|costs budgets|costs',
			'Precedent H',
			'drafting',
			'client care|client relationships',
			'arbitration',
			'LCIA',
			'ICC'
		]
	},
	{
		name: 'issue 17: primary school teacher (education)',
		text: `Year 4 Class Teacher – Maternity Cover

St Aidan's Primary School, Sheffield · Full-time · From January

We are a friendly two-form-entry primary school rated Good by Ofsted.

Responsibilities
- Plan and teach engaging lessons across the primary curriculum for a class of 30 pupils.
- Deliver phonics and guided reading sessions using Read Write Inc.
- Assess pupils' progress and keep accurate records on Target Tracker.
- Adapt teaching for pupils with SEND, working with the SENCo and teaching assistants.
- Manage behaviour positively in line with the school's policy.
- Communicate with parents through termly meetings and Class Dojo.
- Lead a subject area such as French, music or PE (experience welcome, not essential).

Requirements
- Qualified Teacher Status (QTS).
- Experience teaching in Key Stage 2.
- Commitment to safeguarding; an enhanced DBS check is required.`,
		keyTerms: [
			'lesson planning|plan and teach|lessons|teaching',
			'primary curriculum|National Curriculum|curriculum',
			'phonics',
			'guided reading|reading',
			'Read Write Inc|RWI',
			'assessment|assess pupils|pupil progress|progress tracking',
			'record keeping|records',
			'Target Tracker',
			'SEND|special educational needs',
			'differentiation|adapt teaching|adaptive teaching',
			'teaching assistants|working with teaching assistants',
			'behaviour management|manage behaviour',
			'parent communication|parents|communicate with parents',
			'Class Dojo|ClassDojo',
			'subject leadership|lead a subject',
			'Qualified Teacher Status|QTS',
			'Key Stage 2|KS2',
			'safeguarding',
			'DBS|enhanced DBS|DBS check'
		]
	},
	{
		name: 'issue 17: hotel front office manager (hospitality)',
		text: `Front Office Manager

The Harbour Hotel, Brighton · Full-time · 5 over 7 days

A 210-bedroom four-star hotel on the seafront with a spa, two restaurants and conference space for 400.

Key responsibilities
- Lead the reception, concierge and reservations teams (18 staff), including rotas and training.
- Oversee check-in and check-out and make every arrival feel welcome.
- Work with the revenue manager on room rates, upselling and overbooking.
- Resolve guest complaints and respond to TripAdvisor and Booking.com reviews.
- Run night audit, cash handling and end-of-day reports in Opera PMS.
- Keep front office procedures in line with GDPR and fire safety rules.

About you
- At least 2 years as a front office or reception manager in a 4* or 5* hotel.
- Confident with Opera PMS; experience of a channel manager such as SiteMinder.
- Excellent guest service and people management skills.
- A second European language would be an asset.`,
		keyTerms: [
			'front office|front office management|reception',
			'concierge',
			'reservations',
			'team leadership|lead teams|people management|staff management',
			'rotas|rota planning|scheduling',
			'staff training|training',
			'check-in|check-out|check-in and check-out',
			'revenue management|room rates|rate management',
			'upselling',
			'overbooking',
			'complaint handling|guest complaints|complaints',
			'online reviews|reviews|TripAdvisor|Booking.com',
			'night audit',
			'cash handling',
			'reporting|end-of-day reports',
			'Opera PMS|Opera|PMS',
			'GDPR',
			'fire safety',
			'channel manager|SiteMinder',
			'guest service|customer service|guest experience',
			'European language|languages'
		]
	},
	{
		name: 'issue 17: payroll specialist (finance)',
		text: `Payroll Specialist

Birmingham · Hybrid · 12-month fixed term

We are a national care provider with 3,500 employees paid weekly and monthly.

The role
- Process end-to-end weekly and monthly payrolls in Sage 200 and reconcile them.
- Calculate statutory payments: SSP, SMP, holiday pay and overtime.
- Run RTI submissions to HMRC and handle P45s, P60s and P11Ds.
- Administer auto-enrolment pension contributions and salary sacrifice schemes.
- Process starters, leavers and changes from the HR system.
- Answer payroll queries from employees and managers by phone and email.
- Prepare payroll journals and reconciliations for the finance team.

Requirements
- 3+ years in a high-volume payroll role.
- CIPP Payroll Technician certificate or working towards it.
- Strong Excel skills (VLOOKUP, pivot tables).
- Up-to-date knowledge of UK payroll legislation.`,
		keyTerms: [
			'payroll|payroll processing|end-to-end payroll',
			'Sage 200|Sage',
			'reconciliation|reconciliations|reconcile',
			'statutory payments|SSP|SMP|statutory sick pay|statutory maternity pay',
			'holiday pay',
			'overtime',
			'RTI|real time information|RTI submissions',
			'HMRC',
			'P45|P60|P11D|P11Ds|P45s|P60s',
			'auto-enrolment|pensions|pension contributions',
			'salary sacrifice',
			'starters and leavers|starters|leavers',
			'HR system',
			'payroll queries|queries',
			'payroll journals|journals',
			'CIPP|Payroll Technician',
			'Excel|Microsoft Excel',
			'VLOOKUP',
			'pivot tables',
			'payroll legislation|legislation'
		]
	},
	{
		name: 'issue 17: transport planner (logistics)',
		text: `Transport Planner – Night Shift

Daventry (DIRFT) · Sunday to Thursday nights · £34,000 + shift allowance

We deliver chilled and ambient food to supermarkets across the Midlands with a fleet of 120 HGVs.

What you will do
- Plan daily routes and loads for trunking and store deliveries using Paragon routing software.
- Allocate drivers and vehicles while keeping to drivers' hours and working time rules.
- Monitor vehicles live on the telematics system and react to delays and breakdowns.
- Check tachograph infringements and follow them up with the transport manager.
- Keep delivery windows and OTIF above target, and report KPIs each morning.
- Liaise with warehouse shift managers and customers' goods-in teams.

What you need
- Experience planning HGV operations in a multi-drop or trunking environment.
- Good knowledge of EU and GB drivers' hours regulations and the Working Time Directive.
- Confident with Excel and route planning systems.
- Transport Manager CPC would be an advantage.`,
		keyTerms: [
			'transport planning|route planning|load planning|routes|planning',
			'trunking',
			'store deliveries|multi-drop|deliveries',
			'Paragon|routing software',
			'driver allocation|allocate drivers|fleet allocation',
			"drivers' hours|drivers hours",
			'Working Time Directive|working time',
			'telematics',
			'tachograph|tachographs|tachograph infringements',
			'delivery windows',
			'OTIF',
			'KPIs|KPI reporting',
			'HGV|HGV operations',
			'Excel',
			'Transport Manager CPC|CPC',
			'chilled|ambient|temperature-controlled',
			'stakeholder liaison|liaise with warehouse'
		]
	},
	{
		name: 'issue 17: dental nurse (healthcare)',
		text: `Qualified Dental Nurse

Smile Studio Dental Practice, Cardiff · 4 days a week

A busy mixed NHS and private practice with five surgeries and a hygienist.

Your role
- Chairside assistance to dentists during examinations, fillings, extractions and root canal treatment.
- Decontaminate and sterilise instruments in line with HTM 01-05.
- Prepare and mix dental materials and keep surgeries stocked.
- Take and process digital radiographs under the dentist's supervision.
- Record clinical notes and book appointments in Dentally.
- Reassure nervous patients and give oral hygiene advice.

Requirements
- GDC registration as a dental nurse.
- NEBDN National Diploma in Dental Nursing or equivalent.
- Hepatitis B immunisation and basic life support training.
- Experience with implants or orthodontics is a plus.`,
		keyTerms: [
			'chairside assistance|chairside',
			'dental procedures|fillings|extractions|examinations',
			'root canal treatment|endodontics',
			'decontamination|sterilisation|sterilise instruments|infection control',
			'HTM 01-05',
			'dental materials',
			'radiography|radiographs|dental radiography|X-rays',
			'clinical notes|record keeping',
			'appointment booking|book appointments|appointments',
			'Dentally',
			'patient care|nervous patients|patient reassurance',
			'oral hygiene advice|oral health',
			'GDC registration|GDC',
			'NEBDN|National Diploma in Dental Nursing|dental nursing',
			'Hepatitis B',
			'basic life support|BLS',
			'implants',
			'orthodontics',
			'NHS'
		]
	},
	{
		name: 'issue 17: postdoctoral researcher, molecular biology (research)',
		text: `Postdoctoral Research Associate – Molecular Biology

Institute of Cell Biology, Edinburgh · 3-year fixed term · Grade 7

The Fraser lab studies how bacteria sense and survive antibiotic stress, funded by a Wellcome Trust grant.

Main duties
- Design and carry out experiments on gene regulation in E. coli and Pseudomonas.
- Build mutant strains with CRISPR and standard cloning techniques.
- Run qPCR, western blotting and fluorescence microscopy.
- Prepare RNA-seq libraries and analyse the data in R.
- Write papers for peer-reviewed journals and present at conferences.
- Help supervise PhD and undergraduate students in the lab.

Essential criteria
- A PhD in molecular biology, microbiology or a related discipline.
- Hands-on experience of bacterial genetics and molecular cloning.
- A strong publication record.
- Experience of bioinformatics or Python is desirable.`,
		keyTerms: [
			'molecular biology',
			'experimental design|design experiments|experiments',
			'gene regulation',
			'E. coli|Escherichia coli',
			'Pseudomonas',
			'mutant strains|strain construction',
			'CRISPR',
			'cloning|molecular cloning|cloning techniques',
			'qPCR',
			'western blotting|western blot',
			'fluorescence microscopy|microscopy',
			'RNA-seq',
			'R',
			'data analysis|analyse the data',
			'scientific writing|papers|publications|publication record',
			'presenting|conferences|presentations',
			'student supervision|supervise students|supervision',
			'PhD',
			'microbiology',
			'bacterial genetics',
			'bioinformatics',
			'Python'
		]
	},
	{
		name: 'issue 17: children and families social worker (social care)',
		text: `Social Worker – Children and Families Assessment Team

Nottinghamshire County Council · Full-time · Hybrid with visits across the county

Our assessment team responds to referrals from schools, police and health partners.

What you will do
- Carry out Child and Family Assessments and Section 47 child protection enquiries.
- Hold a caseload of children in need and children subject to child protection plans.
- Undertake home visits and direct work with children and their families.
- Write clear reports for child protection conferences and court.
- Work in partnership with schools, health visitors and the police.
- Record case notes accurately and on time in Mosaic.

What you bring
- Social Work degree (BA, MA or equivalent) and Social Work England registration.
- Sound knowledge of the Children Act 1989 and Working Together to Safeguard Children.
- Experience in statutory children's social care, including newly qualified social workers on ASYE.
- A full driving licence and access to a car.`,
		keyTerms: [
			'Child and Family Assessments|assessments|assessment',
			'Section 47|S47|child protection enquiries',
			'child protection|child protection plans',
			'children in need',
			'caseload management|caseload',
			'home visits',
			'direct work',
			'report writing|reports|court reports',
			'child protection conferences',
			'multi-agency working|partnership working|work in partnership',
			'case recording|case notes|record keeping',
			'Mosaic',
			'Social Work degree|social work',
			'Social Work England|SWE registration|registration',
			'Children Act 1989|Children Act',
			'Working Together to Safeguard Children|Working Together',
			'safeguarding',
			"statutory children's social care|statutory social care",
			'ASYE',
			'driving licence|full driving licence'
		]
	},
	{
		name: 'issue 17: registered veterinary nurse (veterinary)',
		text: `Registered Veterinary Nurse

Oakfield Vets, Norwich · Full-time · 4-day week with one weekend in four

A small-animal practice with two branches and an out-of-hours service.

The role
- Monitor anaesthesia and assist the vets in theatre and with dental procedures.
- Care for hospitalised patients: fluid therapy, medication, wound care and bandaging.
- Run nurse clinics for vaccinations, weight checks and post-op checks.
- Place IV catheters, take blood samples and run in-house lab tests.
- Take radiographs and keep the controlled drugs register.
- Give clients advice on preventive care and pet insurance.

About you
- RVN, listed on the RCVS register.
- Confident with anaesthetic monitoring and triage.
- Calm, caring and good with clients.
- Experience of RoboVet or VetIT practice software is an advantage.`,
		keyTerms: [
			'anaesthesia|anaesthetic monitoring|monitor anaesthesia|anesthesia',
			'theatre|surgical assistance|assist the vets in theatre',
			'dental procedures|dentals',
			'inpatient care|hospitalised patients|patient care',
			'fluid therapy',
			'medication|medication administration',
			'wound care|bandaging',
			'nurse clinics',
			'vaccinations',
			'IV catheters|IV catheter placement|catheters',
			'blood samples|blood sampling',
			'laboratory tests|lab tests|in-house lab',
			'radiography|radiographs',
			'controlled drugs|controlled drugs register',
			'client communication|client advice|clients',
			'preventive care',
			'RVN|Registered Veterinary Nurse',
			'RCVS|RCVS register',
			'triage',
			'RoboVet',
			'VetIT',
			'small animal|small-animal'
		]
	}
];
