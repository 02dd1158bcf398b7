import type { MarkedJobAd } from './job-ads';

/**
 * The second held-out set (issue 8 follow-up): twelve job ads from professions that neither the
 * main fixtures nor the first held-out set touch, written and marked by hand, and committed
 * BEFORE the vocabulary was broadened or the extractor changed. They measure how the extractor
 * does on ads of a kind nobody tuned it on; the vocabulary was then broadened per profession from
 * general knowledge, never by copying phrases from these ads.
 *
 * Marks follow job-ads.ts: what a recruiter screening CVs would look for (skills, tools, methods,
 * qualifications, certifications, licences, spoken languages the ad asks for), not perks, years,
 * salary, company facts or job titles. "|" separates equivalent spellings.
 */
export const HELD_OUT_PROFESSION_ADS: MarkedJobAd[] = [
	{
		name: 'held-out 2: HR business partner (HR)',
		text: `HR Business Partner – Technology & Operations (m/f/d)

Hamburg or hybrid · Permanent · 40 h

We are a family-owned logistics software company with 900 employees in Germany, Poland and Spain. Our People team is growing and we are looking for an HR Business Partner to support our Technology and Operations divisions (around 350 employees).

What you'll do
- Act as trusted advisor to department heads on all people topics: organisational design, workforce planning and succession planning.
- Coach managers through performance management, difficult conversations and employee relations cases, including disciplinary and grievance procedures.
- Lead the annual salary review and work with our Compensation & Benefits team on job grading.
- Partner with Talent Acquisition on hiring plans and with L&D on leadership development programmes.
- Work constructively with the works council on company agreements.
- Use HR analytics (attrition, engagement survey results, absence rates) to recommend actions.
- Keep employee data and processes in Workday clean and compliant.

What you bring
- A degree in Human Resources, Business Psychology, Business Administration or a related field.
- 4+ years as an HRBP or HR generalist, ideally in a fast-growing tech company.
- Sound knowledge of German labour law and employment contracts.
- Experience with change management and restructuring.
- Confident working with Workday (or SAP SuccessFactors) and Excel.
- Excellent communication and consulting skills; you are comfortable challenging senior leaders.
- Fluent German and very good English; Polish or Spanish is a plus.

What we offer
30 days of holiday, a company pension scheme, a JobRad bike lease and an annual training budget of €1,500.`,
		keyTerms: [
			'organisational design|organizational design|organisation design',
			'workforce planning',
			'succession planning',
			'coaching|coach',
			'performance management',
			'employee relations',
			'disciplinary and grievance procedures|disciplinary procedures|grievance procedures|disciplinary|grievance',
			'compensation and benefits|Compensation & Benefits|salary review|reward',
			'job grading|job evaluation',
			'talent acquisition|hiring|recruitment',
			'learning and development|L&D',
			'leadership development',
			'works council|works councils',
			'HR analytics|people analytics',
			'employee engagement|engagement survey',
			'Workday',
			'human resources|human resource management',
			'business psychology',
			'business administration',
			'labour law|employment law|German labour law',
			'employment contracts',
			'change management',
			'restructuring',
			'SAP SuccessFactors|SuccessFactors',
			'Excel',
			'communication',
			'consulting skills|consulting',
			'German',
			'English',
			'Polish',
			'Spanish'
		]
	},
	{
		name: 'held-out 2: corporate paralegal (legal)',
		text: `Corporate Paralegal (Mergers & Acquisitions / Corporate Governance)

London, EC2 · Full-time · Hybrid (3 days in office)

Our corporate team advises private equity funds, listed companies and founders on mergers and acquisitions, joint ventures, equity financings and corporate reorganisations. We are hiring an experienced paralegal to support partners and associates on a busy transactional practice.

Key responsibilities
- Manage closing processes on M&A transactions: prepare signing and closing checklists, coordinate signature pages and compile completion bibles.
- Run virtual data rooms and support legal due diligence, including first-pass review of commercial contracts and drafting of due diligence reports.
- Draft board minutes, written resolutions, share transfer forms and other ancillary documents.
- Prepare and file Companies House forms (CS01, AP01, SH01) and maintain statutory registers for a portfolio of client entities.
- Carry out KYC and anti-money laundering checks on new clients and counterparties.
- Keep matter files up to date in our document management system (iManage) and record time accurately.

About you
- Degree in Law, or a paralegal qualification (CILEx or equivalent).
- At least two years' corporate or company secretarial experience in a law firm or in-house legal team.
- Solid knowledge of the Companies Act 2006 and corporate governance requirements.
- Highly organised with excellent attention to detail and the ability to handle several deadlines at once.
- Strong drafting and legal research skills; experience with Practical Law and Lexis+ is an advantage.
- Proficient in Microsoft Word, Excel and Outlook.

We offer a competitive salary, private medical insurance, 25 days' holiday and a study support scheme.`,
		keyTerms: [
			'mergers and acquisitions|M&A',
			'corporate governance',
			'closing checklists|completion bibles|transaction management',
			'virtual data rooms|data rooms|data room',
			'due diligence|legal due diligence',
			'contract review|commercial contracts',
			'board minutes|written resolutions|board resolutions',
			'Companies House|Companies House filings',
			'statutory registers|statutory books',
			'KYC',
			'anti-money laundering|AML',
			'document management|document management system',
			'iManage',
			'law|LLB',
			'CILEx',
			'company secretarial|company secretarial experience',
			'Companies Act 2006|Companies Act',
			'attention to detail',
			'organisational skills|highly organised|organised',
			'legal drafting|drafting',
			'legal research',
			'Practical Law',
			'Lexis+|LexisNexis|Lexis',
			'Microsoft Word',
			'Excel',
			'Outlook'
		]
	},
	{
		name: 'held-out 2: secondary maths teacher (education)',
		text: `Teacher of Mathematics (11–18)

Start: September · Permanent, full-time · MPS/UPS + fringe allowance

Hollins Park Academy is an oversubscribed 11–18 comprehensive school with 1,350 students and a thriving sixth form. Our Mathematics department of 11 specialists is looking for an enthusiastic teacher who can inspire students of all abilities.

The role
- Plan and teach engaging, well-sequenced lessons in Mathematics across Key Stages 3 and 4, with the opportunity to teach A level Mathematics and Further Mathematics.
- Use assessment for learning and regular low-stakes quizzing to check understanding, and give feedback that moves students on.
- Track progress with our assessment data and plan interventions for students who fall behind.
- Adapt your teaching for students with SEND and EAL, working with our SENCO and teaching assistants.
- Maintain high standards of behaviour using the school's behaviour policy.
- Act as a form tutor, supporting the pastoral care of a Year 8 group, and communicate with parents.
- Contribute to schemes of work and take part in extra-curricular activities, such as Maths Challenge clubs.

The person
- Qualified Teacher Status (QTS) or about to complete your PGCE/ITT; ECTs are warmly welcomed.
- A degree in Mathematics or a closely related subject.
- Secure subject knowledge and a good understanding of the KS3 and GCSE curricula.
- Strong classroom management and a commitment to differentiation.
- Confident using Google Classroom, Sparx Maths or similar online platforms.
- Commitment to safeguarding and promoting the welfare of children.

This post is subject to an enhanced DBS check and satisfactory references.`,
		keyTerms: [
			'lesson planning|lessons|lesson plans',
			'mathematics|maths',
			'Key Stage 3|KS3|Key Stages 3 and 4|Key Stage 4|KS4',
			'A level|A-level|A level Mathematics',
			'GCSE',
			'assessment for learning|formative assessment',
			'assessment data|progress tracking|assessment',
			'interventions|intervention',
			'SEND|special educational needs',
			'EAL|English as an additional language',
			'behaviour management|behaviour policy',
			'pastoral care|form tutor',
			'communication|communicate with parents',
			'schemes of work|curriculum planning|curriculum development',
			'QTS|Qualified Teacher Status',
			'PGCE',
			'ITT|initial teacher training',
			'classroom management',
			'differentiation',
			'Google Classroom',
			'Sparx Maths|Sparx',
			'safeguarding',
			'DBS check|enhanced DBS check|DBS'
		]
	},
	{
		name: 'held-out 2: mechanical design engineer (engineering)',
		text: `Mechanical Design Engineer – Hydraulic Systems

Location: Linz, Austria · Full-time

We design and build hydraulic power units and cylinders for agricultural and construction machinery, with 600 employees and customers in 40 countries. For our engineering department we are looking for a Mechanical Design Engineer.

Your responsibilities
• Design components and assemblies from concept to series production using Siemens NX and Teamcenter (PLM).
• Create 3D models and 2D production drawings with correct GD&T according to ISO standards.
• Carry out strength calculations and FEA simulations (ANSYS) and select materials and standard parts.
• Run DFMEA workshops and support design reviews, prototype builds and validation testing.
• Work closely with production, purchasing and suppliers on design for manufacturing and cost reduction.
• Manage engineering change requests and keep bills of materials up to date in SAP.
• Support root cause analysis of field failures using 8D methodology.

Your profile
• Completed degree (Bachelor's or Master's) in Mechanical Engineering, Mechatronics or a comparable field.
• 3+ years of experience in machine design, ideally with hydraulics or fluid power.
• Confident with a 3D CAD system (Siemens NX preferred; SolidWorks or CATIA also welcome).
• Knowledge of tolerance stack-up analysis, welded and machined parts, and relevant norms such as the Machinery Directive.
• Hands-on, structured way of working and good problem-solving skills.
• Very good German and good English.

The minimum salary under the collective agreement is EUR 3,900 gross per month; we pay more depending on qualifications and experience.`,
		keyTerms: [
			'mechanical design|machine design',
			'hydraulics|hydraulic systems|fluid power',
			'Siemens NX|NX',
			'Teamcenter',
			'PLM|product lifecycle management',
			'CAD|3D CAD|3D modelling|3D models',
			'technical drawings|production drawings|2D drawings|drawings',
			'GD&T|geometric dimensioning and tolerancing',
			'strength calculations|structural calculations',
			'FEA|finite element analysis',
			'ANSYS',
			'material selection|select materials',
			'DFMEA|FMEA',
			'design reviews|design review',
			'prototyping|prototype builds|prototypes',
			'validation testing|design validation',
			'design for manufacturing|DFM',
			'cost reduction',
			'engineering change management|engineering change requests|ECR',
			'bills of materials|bill of materials|BOM',
			'SAP',
			'root cause analysis',
			'8D|8D methodology|8D problem solving',
			"Bachelor's degree",
			"Master's degree",
			'mechanical engineering',
			'mechatronics',
			'SolidWorks',
			'CATIA',
			'tolerance stack-up analysis|tolerance analysis|tolerance stack-up',
			'welding|welded parts|machining|machined parts',
			'Machinery Directive',
			'problem solving',
			'German',
			'English'
		]
	},
	{
		name: 'held-out 2: customer support team lead (support)',
		text: `Customer Support Team Lead (EMEA)

Remote within Europe · Full-time

We make scheduling software for 20,000 clinics, salons and studios. Our support team answers customers in chat, email and phone in five languages, and we are looking for a Team Lead to run our EMEA shift.

What you'll do
- Lead, coach and schedule a team of 10 support agents; run weekly 1:1s and quarterly performance reviews.
- Own the team's service levels: first response time, resolution time, CSAT and quality scores.
- Handle escalations from unhappy customers and complex technical tickets, and be the link to our product and engineering teams for bugs.
- Build and maintain our help centre articles and macros in Zendesk; improve workflows and automations.
- Review conversations for quality assurance and run calibration sessions.
- Spot trends in ticket data and turn them into reports and improvement ideas.
- Help hire and onboard new agents.

What you bring
- 2+ years of experience in customer support or customer service, including at least one year leading a team.
- Hands-on experience with Zendesk, Intercom or Freshdesk; knowledge of Jira is a plus.
- Comfortable with SLAs, workforce management and queue planning.
- Strong written and spoken English; a second language (French, Italian or Spanish) is a big plus.
- Calm under pressure with excellent problem-solving and conflict resolution skills.
- Basic troubleshooting of web apps (browser console, APIs) is an advantage.
- ITIL Foundation certification is nice to have.

Perks: home-office budget, 28 days of annual leave, and a yearly team retreat.`,
		keyTerms: [
			'team leadership|leading a team|lead a team|leadership',
			'coaching|coach',
			'performance management|performance reviews',
			'SLAs|SLA|service levels|service level agreements',
			'first response time|resolution time',
			'CSAT|customer satisfaction',
			'escalation management|escalations',
			'technical support|technical tickets',
			'knowledge base|help centre|help center|help centre articles',
			'Zendesk',
			'quality assurance|QA',
			'reporting|reports',
			'hiring|hire',
			'onboarding|onboard',
			'customer support|customer service',
			'Intercom',
			'Freshdesk',
			'Jira',
			'workforce management|WFM',
			'queue management|queue planning',
			'English',
			'French',
			'Italian',
			'Spanish',
			'problem solving',
			'conflict resolution',
			'troubleshooting',
			'APIs|API',
			'ITIL|ITIL Foundation'
		]
	},
	{
		name: 'held-out 2: audit senior (audit)',
		text: `Audit Senior – Financial Services Assurance

Zurich · Full-time · We support part-time from 80%

Join the assurance practice of a Big Four firm and lead statutory and regulatory audits of banks, asset managers and insurance companies.

Your role
- Plan and execute financial statement audits under Swiss GAAP FER, IFRS and US GAAP, from risk assessment to the audit opinion.
- Lead audit teams of two to five assistants on site, review their working papers and coach them.
- Test internal controls (ICS) and IT general controls together with our IT audit colleagues.
- Perform substantive testing and analytical procedures on key areas such as revenue, loans, provisions and financial instruments.
- Prepare audit reports and present findings and recommendations to CFOs and audit committees.
- Support regulatory audits under FINMA requirements.
- Use data analytics tools (Alteryx, IDEA) to analyse full populations of transactions.

Your profile
- Bachelor's or Master's degree in Business Administration, Accounting, Finance or Economics.
- 3+ years of external audit experience, ideally with financial services clients.
- Working towards or holding the Swiss Certified Public Accountant (dipl. Wirtschaftsprüfer), ACCA, or CPA qualification.
- Sound knowledge of IFRS and ISA (International Standards on Auditing); knowledge of IFRS 9 is an advantage.
- Strong analytical skills, a sense of responsibility and a pragmatic approach.
- Excellent German and English, both written and spoken.`,
		keyTerms: [
			'external audit|statutory audit|statutory audits|financial statement audit|financial statement audits|audit',
			'regulatory audits|regulatory audit',
			'Swiss GAAP FER',
			'IFRS',
			'US GAAP',
			'risk assessment',
			'team leadership|leadership|lead audit teams',
			'working papers|audit documentation',
			'coaching|coach',
			'internal controls|internal control|ICS|internal control system',
			'IT general controls|ITGC',
			'substantive testing',
			'analytical procedures',
			'audit reports|audit reporting',
			'presentation skills|presenting|present findings',
			'FINMA',
			'data analytics|data analysis',
			'Alteryx',
			'IDEA|CaseWare IDEA',
			"Bachelor's degree",
			"Master's degree",
			'business administration',
			'accounting',
			'finance',
			'economics',
			'Swiss Certified Public Accountant|Wirtschaftsprüfer|dipl. Wirtschaftsprüfer',
			'ACCA',
			'CPA|Certified Public Accountant',
			'ISA|International Standards on Auditing',
			'IFRS 9',
			'analytical skills',
			'German',
			'English'
		]
	},
	{
		name: 'held-out 2: strategic buyer (procurement)',
		text: `Strategic Buyer – Electronic Components

Eindhoven, Netherlands · Hybrid · Full-time

We develop and manufacture medical imaging equipment. Our procurement team of 25 buys €300M a year of components, modules and services from suppliers in Europe and Asia.

Your job
- Develop and execute sourcing strategies for electronic components (PCBAs, cables, power supplies) together with engineering and quality.
- Run RFQs and tenders, evaluate offers with total cost of ownership models and negotiate prices, payment terms and supply agreements.
- Select and qualify new suppliers, including supplier audits with our quality engineers.
- Monitor supplier performance (OTD, quality, cost) and lead quarterly business reviews.
- Identify supply risks such as single sources, allocation and obsolescence, and set up mitigation plans.
- Drive savings projects and report them in our procurement KPIs.
- Work with planners on forecasts, safety stock and lead times in SAP MM.

Your profile
- Bachelor's degree in Supply Chain Management, Business Economics or a technical field.
- 5+ years of experience in strategic purchasing or category management, preferably for electronics.
- Strong negotiation skills and commercial awareness.
- Knowledge of Incoterms, contract law basics and ISO 13485 or similar quality systems.
- Experience with SAP (MM) and Excel; Coupa or Ariba is an advantage.
- CIPS qualification or NEVI certification is a plus.
- Fluent English; Dutch is a plus.`,
		keyTerms: [
			'strategic sourcing|sourcing strategies|sourcing strategy|sourcing',
			'electronic components|electronics|PCBAs|PCBA',
			'RFQ|RFQs|request for quotation',
			'tenders|tendering|tender',
			'total cost of ownership|TCO',
			'negotiation',
			'supply agreements|contract management',
			'supplier qualification|supplier selection',
			'supplier audits|supplier audit',
			'supplier performance management|supplier performance|supplier management',
			'OTD|on-time delivery',
			'quarterly business reviews|business reviews',
			'supply risk management|risk management|supply risks',
			'obsolescence management|obsolescence',
			'cost savings|savings',
			'KPIs|procurement KPIs',
			'forecasting|forecasts',
			'safety stock|inventory management',
			'SAP MM|SAP',
			"Bachelor's degree",
			'supply chain management',
			'business economics|economics',
			'strategic purchasing|purchasing|procurement',
			'category management',
			'commercial awareness',
			'Incoterms',
			'contract law',
			'ISO 13485',
			'quality management systems|quality management system|quality systems',
			'Excel',
			'Coupa',
			'SAP Ariba|Ariba',
			'CIPS',
			'NEVI',
			'English',
			'Dutch'
		]
	},
	{
		name: 'held-out 2: community pharmacist (pharmacy)',
		text: `Pharmacist – Community Pharmacy (Full-time or 4 days)

Leeds city centre · Monday to Friday, no Sundays

Our independent pharmacy group runs 14 community pharmacies across West Yorkshire. We are looking for a Pharmacist Manager / Responsible Pharmacist for a busy high-street branch dispensing around 9,000 items a month.

What you'll be doing
- Take responsibility as Responsible Pharmacist for safe and effective running of the pharmacy, in line with GPhC standards.
- Clinically check and accurately dispense prescriptions, including controlled drugs, and keep the CD register up to date.
- Deliver NHS services such as the New Medicine Service, Pharmacy First, blood pressure checks and flu vaccinations.
- Give patients advice on medicines, minor ailments and healthy living, and carry out structured medication reviews.
- Supervise and train a team of dispensers and pharmacy technicians.
- Manage stock, ordering and SOPs, and support audits and clinical governance.
- Work with local GP practices and care homes.

What we are looking for
- MPharm degree and registration with the General Pharmaceutical Council (GPhC).
- Independent prescriber (IP) qualification is an advantage, or willingness to train.
- Accredited or willing to complete training for vaccination services (injection technique, anaphylaxis).
- Good knowledge of PMR systems (e.g. ProScript, PharmOutcomes).
- Excellent communication and patient care; a friendly, calm manner.
- Strong organisational skills and attention to detail.

Benefits include a sign-on bonus, paid GPhC fees and CPPE training time.`,
		keyTerms: [
			'Responsible Pharmacist',
			'GPhC|GPhC registration|General Pharmaceutical Council',
			'clinical checking|clinically check|clinical check',
			'dispensing|dispense|prescriptions|dispense prescriptions',
			'controlled drugs|CD register',
			'New Medicine Service|NMS',
			'Pharmacy First',
			'blood pressure checks|blood pressure monitoring|blood pressure',
			'vaccinations|flu vaccinations|vaccination|vaccination services|injection technique|anaphylaxis',
			'patient counselling|medicines advice|advice on medicines',
			'minor ailments',
			'medication reviews|structured medication reviews|medication review',
			'supervision|supervise|staff training|training',
			'stock management|inventory management|stock control|inventory|stock',
			'SOPs|standard operating procedures|SOP',
			'clinical audit|audits|audit',
			'clinical governance',
			'MPharm',
			'independent prescriber|IP|independent prescribing',
			'PMR|PMR systems|patient medication record',
			'ProScript',
			'PharmOutcomes',
			'communication',
			'patient care',
			'organisational skills',
			'attention to detail'
		]
	},
	{
		name: 'held-out 2: SOC analyst (security)',
		text: `Security Operations (SOC) Analyst – Level 2

Madrid or remote (Spain) · 24/7 shift rotation with allowance

We are a managed security services provider protecting 150 customers in banking, retail and the public sector. Our Security Operations Center is hiring an L2 analyst to investigate and respond to the incidents our L1 team escalates.

Responsibilities
- Monitor, triage and investigate alerts in our SIEM (Microsoft Sentinel and Splunk) and EDR platforms (CrowdStrike Falcon, Microsoft Defender for Endpoint).
- Perform incident response: containment, eradication and recovery, and write clear incident reports for customers.
- Hunt for threats using KQL and SPL queries and map findings to MITRE ATT&CK.
- Analyse phishing emails, malware samples (static and dynamic analysis in a sandbox) and network traffic (Wireshark, Zeek).
- Tune detection rules and playbooks in our SOAR platform to reduce false positives.
- Contribute to vulnerability management with Tenable and track remediation with customers.
- Mentor L1 analysts and document procedures in our knowledge base.

Requirements
- 2+ years in a SOC, CSIRT or similar security operations role.
- Solid understanding of networking (TCP/IP, DNS, HTTP), Windows and Linux internals and Active Directory.
- Scripting in Python or PowerShell to automate investigations.
- Knowledge of common attack techniques and frameworks (MITRE ATT&CK, Cyber Kill Chain).
- Certifications such as CompTIA Security+, CySA+, GCIH or BTL1 are valued; OSCP is a plus.
- Fluent Spanish and professional English.`,
		keyTerms: [
			'security operations|SOC|CSIRT|Security Operations Center',
			'alert triage|triage',
			'SIEM',
			'Microsoft Sentinel|Sentinel|Azure Sentinel',
			'Splunk',
			'EDR|endpoint detection and response',
			'CrowdStrike Falcon|CrowdStrike',
			'Microsoft Defender for Endpoint|Defender for Endpoint|Microsoft Defender',
			'incident response',
			'threat hunting|hunt for threats',
			'KQL|Kusto Query Language',
			'SPL',
			'MITRE ATT&CK|ATT&CK',
			'phishing analysis|phishing',
			'malware analysis|malware samples|malware',
			'network traffic analysis|network traffic',
			'Wireshark',
			'Zeek',
			'detection engineering|detection rules',
			'SOAR',
			'vulnerability management',
			'Tenable|Nessus',
			'mentoring|mentor',
			'documentation|document procedures',
			'networking|TCP/IP|DNS|HTTP',
			'Windows|Windows internals',
			'Linux',
			'Active Directory',
			'scripting',
			'Python',
			'PowerShell',
			'Cyber Kill Chain',
			'CompTIA Security+|Security+',
			'CySA+|CompTIA CySA+',
			'GCIH',
			'BTL1',
			'OSCP',
			'Spanish',
			'English'
		]
	},
	{
		name: 'held-out 2: site reliability engineer (SRE)',
		text: `Site Reliability Engineer

Berlin · Hybrid or remote (CET ±2) · Full-time

Our marketplace connects 4 million buyers with independent sellers. The Platform team (7 engineers) keeps it fast and available: 99.95% uptime, deploys 60 times a day.

What you'll work on
- Run and evolve our production platform on Google Cloud: GKE clusters, Cloud SQL, Pub/Sub and a global load-balancing setup.
- Define SLOs and error budgets with product teams, and build the monitoring, alerting and dashboards that back them (Prometheus, Grafana, Loki).
- Manage all infrastructure as code with Terraform and deliver changes through GitOps with Argo CD.
- Improve our CI pipelines in GitLab CI and make deployments safer with canary releases and feature flags.
- Take part in a fair on-call rotation (one week in six) and lead blameless post-mortems.
- Do capacity planning and cost optimisation for our cloud spend.
- Automate toil with Go and Python tooling.

What you bring
- Several years of experience in SRE, DevOps or platform engineering for a high-traffic web product.
- Deep knowledge of Kubernetes, containers and Linux systems; Helm and Kustomize.
- Experience with a public cloud (GCP preferred; AWS or Azure are fine).
- Programming skills in Go or Python.
- Understanding of networking (DNS, TLS, HTTP/2, CDNs) and distributed systems.
- Familiarity with PostgreSQL operations (replication, backups) is a plus.
- CKA certification is a bonus.
- Good English; German is not required.`,
		keyTerms: [
			'Google Cloud|GCP',
			'GKE|Google Kubernetes Engine',
			'Cloud SQL',
			'Pub/Sub|Google Pub/Sub',
			'load balancing|load-balancing',
			'SLOs|SLO|service level objectives',
			'error budgets',
			'monitoring and alerting|monitoring|alerting|observability',
			'dashboards',
			'Prometheus',
			'Grafana',
			'Loki|Grafana Loki',
			'infrastructure as code|IaC',
			'Terraform',
			'GitOps',
			'Argo CD',
			'CI/CD|CI pipelines|CI',
			'GitLab CI',
			'canary releases|canary deployments|canary',
			'feature flags',
			'on-call',
			'post-mortems|incident management|blameless post-mortems',
			'capacity planning',
			'cost optimisation|cloud cost optimisation|FinOps',
			'automation|toil automation',
			'Go',
			'Python',
			'site reliability engineering|SRE',
			'DevOps',
			'platform engineering',
			'Kubernetes',
			'containers|containerization',
			'Linux',
			'Helm',
			'Kustomize',
			'AWS',
			'Azure',
			'networking|DNS|TLS|HTTP/2',
			'CDN|CDNs',
			'distributed systems',
			'PostgreSQL',
			'replication|backups|database replication',
			'CKA|Certified Kubernetes Administrator',
			'English'
		]
	},
	{
		name: 'held-out 2: civil/structural engineer (engineering)',
		text: `Civil / Structural Engineer – Bridges and Infrastructure

Manchester · Full-time · Hybrid

We are a 200-person engineering consultancy working on highways, rail and flood defence schemes across the North of England. Our bridges team is growing and we would like to hear from a Civil/Structural Engineer looking for their next step towards chartership.

What you'll do
- Carry out structural analysis and design of reinforced concrete and steel bridges, culverts and retaining walls to Eurocodes and DMRB standards.
- Build and check analysis models in Midas Civil or LUSAS, and prepare design calculations and reports.
- Produce and coordinate drawings with our BIM technicians in Revit and AutoCAD Civil 3D.
- Carry out principal inspections and structural assessments of existing structures.
- Prepare Approval in Principle (AIP) documents and take part in technical approval with clients such as National Highways and Network Rail.
- Attend site visits and support contractors during construction, including temporary works queries.
- Contribute to CDM designer's risk assessments.

What you'll need
- An accredited degree (BEng/MEng) in Civil or Structural Engineering.
- Working towards Chartered Engineer (CEng) status with the ICE or IStructE.
- 2–5 years of experience in bridge design or highway structures.
- Good knowledge of Eurocodes; experience with DMRB and CS 454 assessments is desirable.
- A full UK driving licence.
- Clear report writing and good teamwork.`,
		keyTerms: [
			'structural analysis',
			'bridge design|structural design|highway structures|bridges',
			'reinforced concrete|concrete design|concrete',
			'steel design|steel structures|steel',
			'Eurocodes|Eurocode',
			'DMRB',
			'Midas Civil|MIDAS',
			'LUSAS',
			'design calculations|calculations',
			'report writing|technical reports|reports',
			'BIM|building information modelling',
			'Revit',
			'AutoCAD Civil 3D|Civil 3D|AutoCAD',
			'principal inspections|bridge inspections|inspections',
			'structural assessments|structural assessment',
			'Approval in Principle|AIP|technical approval',
			'temporary works',
			'CDM|CDM regulations',
			'risk assessments|risk assessment',
			"BEng|MEng|Bachelor's degree|Master's degree",
			'civil engineering',
			'structural engineering',
			'Chartered Engineer|CEng|chartership|ICE|IStructE',
			'CS 454',
			'driving licence|UK driving licence',
			'teamwork',
			'drawings|technical drawings'
		]
	},
	{
		name: 'held-out 2: graphic designer (design)',
		text: `Graphic Designer (Brand & Print)

Copenhagen · Full-time · On-site 4 days a week

We are an independent Danish furniture brand sold in 30 countries. Our in-house creative team of six handles everything from catalogues and packaging to social media and trade-fair stands.

Your tasks
- Create brand-consistent designs for print and digital: catalogues, brochures, packaging, posters, newsletters and social media content.
- Develop layouts and typography for our yearly 120-page catalogue and prepare print-ready files with printers (colour management, CMYK, Pantone, bleed and proofs).
- Take briefs from marketing and product teams, present concepts and handle rounds of feedback.
- Help evolve and guard our brand guidelines and visual identity.
- Retouch product photography and create simple motion graphics and animated banners for campaigns.
- Manage your own workload across several projects and deadlines.

Your profile
- Degree in Graphic Design, Visual Communication or similar.
- 3+ years in an agency or in-house design team; a strong portfolio is a must.
- Expert in Adobe Creative Cloud: InDesign, Illustrator and Photoshop; After Effects is a plus.
- Excellent eye for typography, layout and colour, and a good understanding of print production.
- Figma experience for web and social assets is an advantage.
- Fluent English; Danish or another Scandinavian language is a plus.`,
		keyTerms: [
			'graphic design',
			'print design|print',
			'catalogue design|catalogues|editorial design',
			'packaging design|packaging',
			'social media content|social media',
			'layout|layouts|layout design',
			'typography',
			'print production|print-ready files|prepress',
			'colour management|color management',
			'CMYK',
			'Pantone',
			'creative briefs|briefs',
			'presentation skills|presenting|present concepts',
			'brand guidelines',
			'visual identity|brand identity|branding',
			'photo retouching|retouching|retouch',
			'motion graphics|animated banners|animation',
			'time management',
			'visual communication',
			'portfolio',
			'Adobe Creative Cloud',
			'InDesign',
			'Illustrator',
			'Photoshop',
			'After Effects',
			'Figma',
			'English',
			'Danish'
		]
	}
];
