import type { MarkedJobAd } from './job-ads';

/**
 * The blind held-out set (issue 17, independent examiner): seventeen ads from professions and ad
 * styles in no other set (solar PV installing, immigration law, secondary science teaching,
 * dental hygiene, actuarial reserving, garment merchandising, clinical trial monitoring,
 * materials testing, aircraft line maintenance, speech and language therapy, construction health
 * and safety, credit control, social housing, hairdressing, heavy equipment repair, funeral
 * arranging, pastry). Styles vary on purpose: an Australian, a US, an Indian and a Canadian ad
 * with their local terms, an ad in long prose without bullets, a terse bulleted one, duties in
 * plain lowercase, and a company blurb full of capitalised product names that are not
 * requirements.
 *
 * Written and marked by hand on 2026-12-01, BEFORE the extractor was run on any of them, by a
 * helper who had not read the extractor, its vocabulary lists or its general-English list (only
 * the MarkedJobAd format and the names of the other sets' ads). The marks must not be edited
 * after the extractor has seen them; a mark found wrong later is reported, not changed.
 *
 * Marks follow job-ads.ts: what a recruiter would screen a CV for (skills, duties written as
 * skills, tools, methods, standards, qualifications, certifications, licences, spoken languages
 * the ad asks for), with equivalent spellings after "|". Not marked: employer facts (its
 * accreditations, awards, brands it stocks, its regulator), benefits, salary, years, job titles.
 * Traps a recruiter would not fall for are left unmarked on purpose: an "English department" and
 * "Danish" pastries are not languages; Welsh that "is not a requirement" is not one; brands a
 * salon stocks and products a company makes are not skills (Wella is marked only because the
 * requirements ask for Wella colour education); "LOA", "DOE", "PPO", "EC3" and "LS11"
 * are pay, practice and postcode words; a course the employer pays for after probation is a
 * benefit. Other words are marked in their own field's sense only: patients' "recruitment" is a
 * trial skill, not hiring; "SMS" is the sponsorship system in one ad and a garment sample in
 * another; "FEES", "CAT", "CRS", "IPC", "MEL", "GSM" and "SCR" mean what their ad means.
 */
export const HELD_OUT_BLIND_ADS: MarkedJobAd[] = [
	{
		name: 'blind: solar PV and battery installer, Australia (trades)',
		text: `Solar PV & Battery Installer – Electrician
Sunshine Coast, QLD | $45–$52 per hour + super + company ute

BrightRoof Energy has installed more than 6,000 residential systems across South-East Queensland since 2012. We are a CEC Approved Solar Retailer and we do all our own installs – no subbies.

The role
You'll lead a two-person crew installing rooftop solar and home battery systems, from the pre-install site check to commissioning and handover.

What you'll be doing
- Install grid-connected PV systems (6.6–13 kW) on tin and tile roofs, including racking, DC cabling and string inverters.
- Install and commission battery storage, including backup circuits.
- Carry out switchboard upgrades, AC isolation and earthing.
- Test and commission systems, including insulation resistance and polarity tests, and complete the certificate of testing and compliance.
- Set up working at heights controls: edge protection, harnesses and static lines.
- Upload photos and paperwork through our install app.
- Explain the monitoring app to customers at handover.

You will need
- Unrestricted QLD electrical licence.
- SAA/CEC accreditation for grid-connect PV design and install, with battery endorsement (or willing to complete it within 6 months).
- Working knowledge of AS/NZS 5033, AS/NZS 4777 and AS/NZS 3000 (Wiring Rules).
- White Card and a current Working at Heights ticket.
- Current driver licence.
- Reasonable fitness; comfortable on roofs in a Queensland summer.

Why BrightRoof
Company ute and fuel card, tools supplied, paid CEC CPD points, RDOs.`,
		keyTerms: [
			'solar PV|solar PV installation|PV installation|rooftop solar|grid-connected PV systems|grid-connect PV',
			'battery storage|battery systems|home battery systems|battery installation',
			'inverters|string inverters',
			'DC cabling|cabling',
			'switchboard upgrades',
			'earthing',
			'testing and commissioning|commissioning',
			'insulation resistance testing|insulation resistance',
			'working at heights|Working at Heights ticket',
			'electrical licence|unrestricted electrical licence',
			'CEC accreditation|SAA/CEC accreditation|SAA accreditation',
			'battery endorsement',
			'AS/NZS 5033',
			'AS/NZS 4777',
			'AS/NZS 3000|Wiring Rules',
			'White Card',
			"driver licence|driver's licence"
		]
	},
	{
		name: 'blind: business immigration paralegal (law)',
		text: `Immigration Paralegal – Business Immigration
Manchester (hybrid, 3 days in the office) | £28,000–£33,000

Ashworth Kerr LLP is a 60-lawyer independent firm with a growing business immigration team acting for universities, hospitals and technology employers. We are regulated by the SRA and hold Lexcel accreditation.

About the role
Working with two partners and a senior associate, you will support employers through the sponsor licence process and prepare visa applications for their staff.

Key responsibilities
- Prepare Skilled Worker, Global Talent and Health and Care Worker visa applications, including supporting documents and covering letters.
- Assist with sponsor licence applications and help clients stay compliant with their sponsor duties, including right to work checks and record keeping.
- Assign Certificates of Sponsorship through the Sponsor Management System (SMS).
- Prepare applications for indefinite leave to remain and British citizenship.
- Monitor changes to the Immigration Rules and draft short client updates.
- Keep matter files and time recording up to date in our case management system (Proclaim).
- Handle client correspondence and join client calls with the fee earners.

About you
- A law degree, or the LPC or SQE1 completed; a real interest in immigration law.
- OISC Level 1 accreditation is desirable; we will support you to Level 2.
- Experience in a legal or HR setting, ideally handling visa or right to work matters.
- Excellent written English and attention to detail.
- A second language (Spanish, Hindi or Mandarin) would be helpful for some of our clients.
- Confident with Microsoft Word, Excel and Outlook.

Benefits: 25 days' holiday, private medical insurance, and study support for the SQE.`,
		keyTerms: [
			'immigration law|business immigration|UK immigration',
			'visa applications|Skilled Worker visa|Skilled Worker|Health and Care Worker visa|Global Talent',
			'sponsor licence|sponsor licence applications',
			'sponsor compliance|sponsor duties',
			'right to work checks|right to work',
			'Certificates of Sponsorship|Certificate of Sponsorship|CoS',
			'Sponsor Management System|SMS',
			'indefinite leave to remain|ILR',
			'British citizenship|citizenship applications|naturalisation',
			'Immigration Rules',
			'Proclaim|case management system',
			'law degree|LLB|law',
			'LPC|SQE1|SQE',
			'OISC Level 1|OISC|OISC accreditation|OISC Level 2',
			'English|written English',
			'attention to detail',
			'Spanish',
			'Hindi',
			'Mandarin',
			'Microsoft Word|Word',
			'Excel',
			'Outlook'
		]
	},
	{
		name: 'blind: secondary science teacher, chemistry (education)',
		text: `Teacher of Science (Chemistry specialism)
Kingsmead Academy, Bristol | Full-time, permanent, from September | MPS/UPS + TLR available

Kingsmead is an 11–18 academy of 1,300 students and part of the Severn Learning Trust, rated Good by Ofsted. Our science faculty has 14 teachers and three technicians, with eight refurbished labs.

We are looking for a chemistry specialist to teach science across Key Stages 3 and 4 and chemistry to A level. The post suits an experienced teacher or an ECT; ECTs receive a full induction programme and a reduced timetable.

You will:
- plan and teach engaging lessons that follow the AQA GCSE Combined Science and AQA A-level Chemistry specifications
- run required practicals safely, following CLEAPSS guidance and our risk assessments
- assess students' progress, mark mock exams and use data from Arbor to plan interventions
- adapt teaching for students with SEND and for those learning English as an additional language (EAL)
- work with the English department on our whole-school literacy strategy, including disciplinary reading in science
- contribute to the KS3 curriculum review and lead a STEM club or trip
- keep behaviour expectations consistent, using our behaviour policy

You will have:
- Qualified Teacher Status (QTS), or be due to complete your training by July
- a degree in chemistry or a closely related subject
- strong subject knowledge and a secure understanding of how students learn
- a commitment to safeguarding; this post requires an enhanced DBS check

We offer the Teachers' Pension Scheme, a cycle-to-work scheme, and CPD through the Trust's own programme.`,
		keyTerms: [
			'chemistry|A-level Chemistry|degree in chemistry',
			'science|science teaching|GCSE Combined Science',
			'Key Stage 3|KS3|Key Stages 3 and 4|Key Stage 4|KS4',
			'A level|A-level',
			'GCSE|AQA|AQA GCSE',
			'lesson planning|planning lessons',
			'required practicals|practical work|practicals',
			'CLEAPSS',
			'risk assessments|risk assessment',
			'assessment|marking|assessing progress',
			'Arbor',
			'SEND',
			'EAL|English as an additional language',
			'literacy|disciplinary reading',
			'curriculum development|curriculum review|curriculum',
			'behaviour management|behaviour policy',
			'QTS|Qualified Teacher Status',
			'safeguarding',
			'enhanced DBS check|DBS check|DBS'
		]
	},
	{
		name: 'blind: registered dental hygienist, US (dental)',
		text: `Registered Dental Hygienist (RDH) – Full Time
Bright Smiles Family Dentistry – Plano, TX | $48–$56/hour, DOE

Bright Smiles is a four-doctor, fee-for-service and PPO practice that has served Collin County families for 25 years. We just moved into a new 12-operatory office with digital X-rays and intraoral cameras in every room.

What you'll do
- Provide prophylaxis, scaling and root planing (SRP) and periodontal maintenance for adult and pediatric patients.
- Take and update full-mouth periodontal charting and record findings in Dentrix.
- Expose and evaluate digital radiographs (bitewings, FMX, panoramic).
- Apply sealants and fluoride varnish; administer local anesthetic where permitted.
- Deliver oral hygiene instruction and help patients understand the treatment plans the doctor recommends.
- Follow OSHA and CDC infection control guidelines and keep sterilization logs.
- Keep a steady schedule of about 8 patients a day.

Requirements
- Graduate of a CODA-accredited dental hygiene program (Associate or Bachelor's).
- Active Texas RDH license in good standing.
- Current CPR/BLS certification.
- Local anesthesia permit preferred.
- Experience with Dentrix or Eaglesoft; familiarity with Cavitron ultrasonic scalers.
- Bilingual English/Spanish a plus.

Benefits
401(k) with match, health and dental insurance, paid CE, scrubs allowance, PTO.`,
		keyTerms: [
			'dental hygiene|dental hygiene program',
			'prophylaxis|prophy',
			'scaling and root planing|SRP',
			'periodontal maintenance|perio maintenance',
			'periodontal charting|perio charting',
			'Dentrix',
			'Eaglesoft',
			'digital radiographs|radiographs|dental radiography|X-rays|bitewings',
			'sealants',
			'fluoride varnish|fluoride',
			'local anesthesia|local anesthetic|local anesthesia permit',
			'oral hygiene instruction|patient education',
			'infection control',
			'OSHA',
			'sterilization',
			'RDH license|RDH|Registered Dental Hygienist',
			'CPR|BLS|CPR/BLS',
			'Cavitron|ultrasonic scalers|ultrasonic scaling',
			'Spanish|bilingual English/Spanish|bilingual'
		]
	},
	{
		name: 'blind: actuarial analyst, reserving (insurance)',
		text: `Actuarial Analyst – Reserving (Non-Life)
London EC3 / hybrid | £40,000–£50,000 + study support + bonus

Harbourline Insurance is a specialty insurer at Lloyd's writing marine, energy and property business through 40 brokers worldwide.

The team
Our reserving team of eight sets the technical provisions for the whole portfolio each quarter and reports to the Chief Actuary.

What you'll do
- Run the quarterly reserving process: data reconciliation, claims triangles, chain ladder and Bornhuetter-Ferguson projections in ResQ.
- Calculate Solvency II technical provisions and support the IFRS 17 liability for incurred claims.
- Analyse actual versus expected claims and explain movements to underwriting and finance.
- Build and improve tools in R and Python; query claims and premium data with SQL.
- Support the Lloyd's returns and the SCR calculation with the capital team.
- Prepare clear exhibits and papers for the Reserving Committee.

What we're looking for
- A 2:1 or above in mathematics, actuarial science, statistics or another numerate subject.
- Progress through the IFoA exams (at least CS1 and CM1 passed) or the equivalent with the CAS.
- Strong Excel, including VBA; working knowledge of R or Python and SQL.
- General insurance or reserving experience is a plus.
- Clear written communication: you will explain numbers to people who are not actuaries.

We give 30 study days a year, pay exam fees, and offer a bonus of up to 15%.`,
		keyTerms: [
			'reserving|non-life reserving|loss reserving',
			'data reconciliation|reconciliation',
			'claims triangles|triangles',
			'chain ladder',
			'Bornhuetter-Ferguson',
			'ResQ',
			'Solvency II',
			'technical provisions',
			'IFRS 17',
			'actual versus expected|actual vs expected|AvE',
			'R',
			'Python',
			'SQL',
			'Excel',
			'VBA',
			'SCR|solvency capital requirement',
			"Lloyd's returns",
			'mathematics',
			'actuarial science',
			'statistics',
			'IFoA exams|IFoA|CS1|CM1|actuarial exams|CAS',
			'general insurance',
			'written communication|communication'
		]
	},
	{
		name: 'blind: senior merchandiser, knit garments, India (apparel)',
		text: `Senior Merchandiser – Knits (Export House)
Tiruppur, Tamil Nadu | CTC ₹6–9 LPA | 5–8 yrs | Immediate joiners preferred

Company Profile:
SriVel Knit Exports Pvt. Ltd. is a 100% export-oriented unit making knitted garments for European and Australian brands, with 1,800 machines across knitting, dyeing, printing and stitching. WRAP and GOTS certified.

Job Description:
- Handle buyer communication from enquiry to shipment for 3–4 key accounts.
- Prepare garment costing and negotiate FOB prices with buyers.
- Read and follow tech packs; coordinate proto, fit, SMS and PP samples.
- Raise fabric and trims orders, follow up yarn booking and lab dip approvals.
- Prepare and track the TNA calendar and update buyers weekly.
- Coordinate with production, quality and the CAD team to meet ex-factory dates.
- Arrange third-party inspections and follow AQL 2.5 for final inspection.
- Maintain order details in ERP (knowledge of Fastreact is an advantage).

Desired Candidate Profile:
- Graduate/Post-graduate in Textile Technology, Fashion Technology or Apparel Management.
- Strong knowledge of knit fabrics, GSM, shrinkage and dyeing processes.
- Good communication in English; Tamil and Hindi will be an added advantage.
- Proficiency in MS Excel and email communication.

Perks and Benefits: PF, ESI, annual bonus, company accommodation for outstation candidates.`,
		keyTerms: [
			'merchandising|garment merchandising|apparel merchandising',
			'buyer communication|buyer handling',
			'garment costing|costing',
			'FOB|FOB pricing|price negotiation',
			'tech packs|tech pack',
			'sampling|PP samples|proto samples|fit samples|SMS samples',
			'fabric and trims|trims|fabric sourcing',
			'lab dips|lab dip approvals|lab dip',
			'TNA|TNA calendar|time and action calendar',
			'AQL|AQL inspection|final inspection|third-party inspections',
			'ERP',
			'Fastreact',
			'textile technology',
			'fashion technology',
			'apparel management',
			'knit fabrics|knits|knitwear',
			'GSM',
			'shrinkage',
			'dyeing|dyeing processes',
			'English',
			'Tamil',
			'Hindi',
			'Excel|MS Excel'
		]
	},
	{
		name: 'blind: clinical research associate, oncology (clinical trials)',
		text: `Clinical Research Associate II – Oncology
Home-based, Netherlands/Belgium | Full-time, permanent | up to 60% travel

Veridia Clinical is a mid-sized CRO running Phase I–III trials for biotech sponsors in oncology and rare diseases.

Your role
As a CRA II you will be the main contact for 6–8 investigator sites in oncology trials and make sure each one runs to protocol, ICH-GCP and local regulations.

Responsibilities
- Conduct site qualification, initiation, routine monitoring and close-out visits, on site and remotely.
- Perform source data verification (SDV) and source data review against the eCRF in Medidata Rave.
- Track patient recruitment and retention at each site and agree recruitment plans with investigators when enrolment falls behind.
- Review informed consent, drug accountability and the investigator site file (ISF); reconcile the ISF with the eTMF in Veeva Vault.
- Escalate protocol deviations and make sure SAEs are reported within timelines.
- Write monitoring visit reports and follow-up letters in the CTMS within five working days.

Requirements
- A degree in life sciences, nursing or pharmacy.
- At least 2 years of independent monitoring experience, ideally in oncology.
- Thorough knowledge of ICH-GCP (E6) and the EU Clinical Trials Regulation (536/2014).
- Fluent Dutch and English; French is an asset for our Belgian sites.
- A valid driving licence and willingness to travel.

What we offer: a lease car, a home-office allowance and a structured path to Senior CRA.`,
		keyTerms: [
			'clinical monitoring|site monitoring|monitoring visits|monitoring|routine monitoring',
			'site initiation|site initiation visits|site qualification|close-out visits',
			'source data verification|SDV',
			'source data review|SDR',
			'eCRF',
			'Medidata Rave|Rave|Medidata',
			'patient recruitment|recruitment and retention|patient retention|enrolment',
			'informed consent',
			'drug accountability',
			'investigator site file|ISF',
			'eTMF|TMF|trial master file',
			'Veeva Vault|Veeva',
			'protocol deviations',
			'SAE reporting|SAEs|serious adverse events',
			'monitoring visit reports|visit reports',
			'CTMS',
			'ICH-GCP|GCP|ICH GCP|E6',
			'EU Clinical Trials Regulation|Clinical Trials Regulation|EU CTR|536/2014',
			'oncology',
			'life sciences',
			'nursing',
			'pharmacy',
			'Dutch',
			'English',
			'French',
			'driving licence'
		]
	},
	{
		name: 'blind: materials testing laboratory technician, product-name blurb (materials)',
		text: `Laboratory Technician – Materials Testing
Derby, UK | Days, Monday to Friday | £27,500–£31,000

Forgewell Composites designs and builds lightweight structures for aerospace and motorsport. Our TitanWeave thermoplastic tapes, AeroCore honeycomb panels, the FlexSpar wing-rib system and our new HeliLite rotor-blade skins fly on aircraft from three major OEMs, and our Raptor GT chassis tub has won its class at Le Mans. Our Derby lab supports all of them, and VortexLab, our in-house test rig software, was written by our own engineers.

The job
You will prepare and test specimens of composites and metals for qualification programmes and production batch release.

Day to day
- cut, machine and condition test specimens from panels and forgings
- run tensile, compression and interlaminar shear tests on Instron universal testing machines
- carry out hardness testing (Vickers and Rockwell) and impact testing (Charpy)
- prepare metallographic samples by mounting, grinding, polishing and etching, then examine them by optical microscopy
- operate the SEM for fractography and support XRD and DSC analysis with the senior scientists
- record results in our LIMS and write clear test reports
- calibrate and maintain lab equipment and keep the lab audit-ready for ISO/IEC 17025 and Nadcap

What we need
- an HNC/HND or degree in materials science, mechanical engineering or a related subject
- hands-on experience of mechanical testing in an accredited lab
- careful, methodical record keeping and good IT skills (Excel)
- a good understanding of COSHH and lab safety

Benefits: 9% pension, paid overtime, annual bonus.`,
		keyTerms: [
			'specimen preparation|test specimens|sample preparation',
			'composites',
			'mechanical testing',
			'tensile testing|tensile tests',
			'compression testing|compression tests',
			'interlaminar shear|interlaminar shear tests|ILSS',
			'Instron|universal testing machines',
			'hardness testing|Vickers|Rockwell',
			'impact testing|Charpy',
			'metallography|metallographic samples|metallographic preparation',
			'optical microscopy',
			'SEM|scanning electron microscopy',
			'fractography',
			'XRD|X-ray diffraction',
			'DSC|differential scanning calorimetry',
			'LIMS',
			'test reports',
			'calibration',
			'ISO/IEC 17025|ISO 17025',
			'Nadcap',
			'HNC|HND|HNC/HND',
			'materials science',
			'mechanical engineering',
			'Excel',
			'COSHH',
			'lab safety|laboratory safety'
		]
	},
	{
		name: 'blind: B1 licensed aircraft engineer, line maintenance (aviation)',
		text: `Licensed Aircraft Engineer (B1) – A320 family, line maintenance
Dublin Airport | 4 on / 4 off shift pattern | €62,000–€70,000 + shift allowance

SkyBridge Technics is an EASA Part-145 approved maintenance organisation providing line maintenance to seven airlines at Dublin and Shannon.

Role summary
You will carry out and certify scheduled and unscheduled line maintenance on A320 family aircraft (CFM56 and LEAP-1A), turning aircraft around safely and on time.

Responsibilities
- Perform transit, daily and weekly checks and rectify defects within the limits of the MEL.
- Troubleshoot mechanical, hydraulic and powerplant defects using the AMM, IPC and TSM.
- Issue the Certificate of Release to Service (CRS) within the scope of your company authorisation.
- Record work accurately in AMOS and the aircraft technical log.
- Carry out engine borescope inspections when qualified.
- Supervise and sign for the work of support staff and mechanics.
- Follow human factors principles and report occurrences through our safety management system.

Requirements
- EASA Part-66 B1.1 licence with an A320 family type rating (CFM56 and/or LEAP-1A).
- Recent line maintenance experience on type with certifying privileges.
- Human factors and EWIS training current (or willing to complete).
- Fluent English (ICAO level 4 or higher).
- Able to work nights, weekends and outdoors in all weather.
- An airside driving permit is an advantage.`,
		keyTerms: [
			'line maintenance',
			'A320|A320 family|A320 family type rating|type rating',
			'CFM56',
			'LEAP-1A',
			'defect rectification|rectify defects|rectification',
			'troubleshooting|troubleshoot',
			'MEL|minimum equipment list',
			'AMM|aircraft maintenance manual',
			'IPC|illustrated parts catalogue',
			'TSM|troubleshooting manual',
			'Certificate of Release to Service|CRS|certifying',
			'AMOS',
			'technical log|aircraft technical log|tech log',
			'borescope inspections|borescope',
			'human factors',
			'EASA Part-66|Part-66|B1.1 licence|B1 licence|B1.1|B1',
			'EWIS',
			'English|ICAO level 4',
			'airside driving permit'
		]
	},
	{
		name: 'blind: speech and language therapist, adult acute (allied health)',
		text: `Speech and Language Therapist – Adult Acute and Stroke (Band 6)
Glan Taf University Health Board, Cardiff | £37,338–£44,962 a year | 37.5 hours

Join a friendly team of 11 SLTs and two assistants covering the acute wards, the hyper-acute stroke unit and outpatient voice clinics.

Main duties
- Assess and manage adults with dysphagia on the acute wards, including bedside swallow assessments and recommendations using IDDSI descriptors.
- Carry out and report videofluoroscopy (VFS) with the radiology team, and support FEES clinics.
- Assess and treat aphasia, dysarthria and apraxia of speech after stroke, using standardised assessments such as the CAT.
- Set up low- and high-tech AAC for patients who cannot speak.
- Train nurses and healthcare assistants in dysphagia screening and mealtime support.
- Keep records in SystmOne in line with RCSLT and HCPC standards.
- Supervise Band 4 assistants and student placements.

Person specification
- BSc or MSc in Speech and Language Therapy (or equivalent).
- HCPC registration as a speech and language therapist.
- RCSLT membership.
- Post-registration dysphagia competencies with adults.
- Experience in acute or stroke care; tracheostomy experience is desirable.
- Good IT skills and a full driving licence.
- Welsh speakers are welcome to apply, but the ability to speak Welsh is not a requirement for this post.

We offer the NHS pension, 27 days' annual leave rising with service, and a funded FEES course after probation.`,
		keyTerms: [
			'dysphagia|dysphagia management|swallowing',
			'swallow assessments|bedside swallow assessments',
			'IDDSI',
			'videofluoroscopy|VFS',
			'FEES',
			'aphasia',
			'dysarthria',
			'apraxia of speech|apraxia',
			'standardised assessments|CAT|Comprehensive Aphasia Test',
			'AAC|augmentative and alternative communication',
			'dysphagia screening|staff training|training',
			'SystmOne',
			'HCPC registration|HCPC',
			'RCSLT|RCSLT membership',
			'speech and language therapy',
			'stroke|stroke care',
			'tracheostomy',
			'supervision|student placements',
			'driving licence|full driving licence'
		]
	},
	{
		name: 'blind: health and safety advisor, construction (safety)',
		text: `Health & Safety Advisor – Construction
South Wales & West (site-based, travelling) | £42k–£48k + car allowance

Tillbrook Build is a regional contractor delivering schools, healthcare and social housing projects between £5m and £40m.

Purpose of the role
Support our site teams to plan work safely and keep every project compliant with CDM 2015 and our ISO 45001 management system.

Key accountabilities
- Carry out site inspections and audits, and close out actions with site managers.
- Review RAMS from subcontractors and challenge them where controls are weak.
- Advise on temporary works, lifting operations, working at height, excavations and confined spaces.
- Investigate accidents and near misses, find root causes and report under RIDDOR.
- Deliver toolbox talks and site inductions; run IOSH Managing Safely courses.
- Maintain COSHH assessments and fire risk assessments for our yard and offices.
- Report monthly KPIs (AFR, near-miss reporting) to the board.

About you
- NEBOSH Construction Certificate as a minimum; the NEBOSH National Diploma is desirable.
- Tech IOSH membership, working towards CMIOSH.
- CSCS card (health and safety black card) and SMSTS.
- Sound knowledge of CDM 2015 and HSE guidance.
- Full UK driving licence.`,
		keyTerms: [
			'health and safety',
			'CDM 2015|CDM Regulations|CDM',
			'ISO 45001',
			'site inspections|safety inspections|safety audits|audits',
			'RAMS|risk assessments and method statements|method statements',
			'temporary works',
			'lifting operations',
			'working at height',
			'excavations',
			'confined spaces',
			'accident investigation|incident investigation|investigate accidents',
			'root cause analysis|root causes',
			'RIDDOR',
			'toolbox talks',
			'site inductions|inductions',
			'IOSH Managing Safely',
			'COSHH|COSHH assessments',
			'fire risk assessments|fire risk assessment',
			'NEBOSH Construction Certificate|NEBOSH',
			'NEBOSH National Diploma',
			'Tech IOSH|IOSH membership',
			'CMIOSH',
			'CSCS card|CSCS',
			'SMSTS',
			'driving licence|UK driving licence'
		]
	},
	{
		name: 'blind: credit controller, lowercase duties (finance)',
		text: `Credit Controller
Leeds LS11 | Full-time, office-based | £26,000–£29,000

Hartfield Wholesale supplies catering equipment and consumables to 4,000 restaurants, schools and care homes across the North of England.

What the job involves
- chasing overdue invoices by phone and email across a ledger of around 900 trade accounts
- agreeing payment plans and putting accounts on stop when terms are broken
- allocating cash and reconciling customer accounts
- resolving invoice queries and disputes with sales and the warehouse
- running credit checks through Creditsafe and setting credit limits for new accounts
- preparing the weekly aged debt report and DSO figures for the finance manager
- raising credit notes, and passing accounts to our collections agency or the small claims court when needed

What you need
- previous credit control or accounts receivable experience
- Sage 200 (or similar) and good Excel, including VLOOKUPs and pivot tables
- a confident, polite telephone manner and good negotiation skills
- AAT Level 2 or above would be useful but is not essential

Perks: 25 days' holiday plus bank holidays, free parking, and an early finish on Fridays.`,
		keyTerms: [
			'credit control',
			'accounts receivable',
			'debt collection|chasing overdue invoices|collections|debt chasing',
			'payment plans',
			'cash allocation|allocating cash',
			'account reconciliation|reconciling customer accounts|reconciliation',
			'query resolution|invoice queries|dispute resolution|disputes',
			'credit checks',
			'Creditsafe',
			'credit limits',
			'aged debt report|aged debt|aged debtors',
			'DSO|days sales outstanding',
			'credit notes',
			'small claims court|small claims',
			'Sage 200|Sage',
			'Excel',
			'VLOOKUP|VLOOKUPs',
			'pivot tables',
			'negotiation|negotiation skills',
			'telephone manner|telephone skills',
			'AAT|AAT Level 2'
		]
	},
	{
		name: 'blind: housing officer, tenancy management (social housing)',
		text: `Housing Officer (Tenancy Management)
Riverside Homes Group – Nottingham | £31,500 | 35 hours a week, hybrid

We own and manage 9,000 homes across the East Midlands, from city-centre flats to village bungalows, and we reinvest every surplus in our homes and neighbourhoods.

The role
You will manage a patch of about 450 general needs homes, getting to know tenants and working with them to keep tenancies successful and neighbourhoods safe.

What you'll do
- Carry out new tenancy sign-ups and settling-in visits, and regular tenancy audits.
- Manage rent arrears from the first missed payment through to court, working with our income team and with tenants on Universal Credit.
- Tackle anti-social behaviour (ASB): interview witnesses, agree acceptable behaviour contracts and apply for injunctions where needed.
- Prepare cases for the county court and give evidence at hearings.
- Deal with tenancy breaches, abandoned properties, successions and mutual exchanges.
- Spot safeguarding concerns and refer adults and children to the local authority.
- Record everything accurately on our housing management system (Civica Cx).

What we need
- Knowledge of housing law, including the Housing Act 1988 and the Anti-social Behaviour, Crime and Policing Act 2014.
- Experience in a housing, advice or enforcement role.
- A CIH Level 3 Certificate in Housing Practice, or willingness to work towards it.
- Good report writing and the confidence to handle difficult conversations.
- A full driving licence and access to a car for work.`,
		keyTerms: [
			'tenancy management',
			'tenancy sign-ups|sign-ups',
			'tenancy audits',
			'rent arrears|arrears management|income management',
			'Universal Credit',
			'anti-social behaviour|ASB',
			'acceptable behaviour contracts',
			'injunctions',
			'court proceedings|county court|giving evidence',
			'tenancy breaches|tenancy enforcement',
			'successions',
			'mutual exchanges',
			'safeguarding',
			'Civica Cx|Civica|housing management system',
			'housing law',
			'Housing Act 1988|Housing Act',
			'Anti-social Behaviour, Crime and Policing Act 2014',
			'CIH Level 3|CIH Level 3 Certificate in Housing Practice|CIH',
			'report writing',
			'driving licence|full driving licence'
		]
	},
	{
		name: 'blind: senior hairdresser, brands in the blurb (hair and beauty)',
		text: `Senior Stylist – Town-Centre Salon
Harrogate | Full-time or 4 days | £26,000 basic + 10% commission on services and retail

Nova & Bloom is an independent salon with ten stylists, two colour technicians and its own training academy, stocking Wella, Olaplex and Kevin.Murphy. We were named Best Salon in Yorkshire at the 2024 Regional Hair Awards.

About the role
We need a confident senior stylist with a loyal following who loves colour as much as cutting.

You will
- consult with every client on hair history, lifestyle and budget, and agree a plan
- cut and style women's and men's hair, including precision bobs, layering and clipper work
- carry out full and partial foils, balayage, toners and colour corrections
- always carry out skin tests 48 hours before colour and record them on the client card
- blow-dry, curl and put hair up for weddings and events
- recommend and sell aftercare products
- help train our apprentices on the salon floor

You need
- NVQ Level 3 in Hairdressing (or equivalent)
- at least three years as a stylist with your own column
- strong colour knowledge, including colour correction
- experience with salon software (we use Phorest)
- Wella or L'Oréal colour education is a bonus

We offer paid education days, a staff discount and your birthday off.`,
		keyTerms: [
			'client consultation|consultations|consultation',
			'cutting|haircutting|precision cutting',
			'styling|cut and style',
			'clipper work|barbering',
			'foils|highlights',
			'balayage',
			'toners|toning',
			'colour correction|colour corrections',
			'hair colouring|colouring|colour',
			'skin tests|patch tests',
			'blow-dry|blow-drying',
			'bridal hair|hair up|wedding hair',
			'retail|retail sales|product sales',
			'training apprentices|apprentice training|training',
			'NVQ Level 3|NVQ Level 3 in Hairdressing|hairdressing',
			'Phorest|salon software',
			'Wella|Wella colour education',
			"L'Oréal|L'Oreal"
		]
	},
	{
		name: 'blind: heavy equipment technician, Canada (trades)',
		text: `Heavy Duty Equipment Technician (Journeyperson) – Mining Fleet
Fort McMurray, AB | 14 days on / 14 days off, camp provided | $52–$58/hr + LOA

Northern Ridge Contracting runs a fleet of 240 haul trucks, dozers and excavators for oil sands mine operators in northern Alberta.

Responsibilities
- Diagnose and repair diesel engines, powertrains, hydraulics and electrical systems on Cat 793, Komatsu 930E and Cat D11 equipment.
- Perform PM services and inspections to OEM schedules; complete CVIP inspections on light and medium trucks.
- Use laptop diagnostic tools (Cat ET, Komatsu KOMTRAX) to read fault codes and download data.
- Rebuild components such as final drives, cylinders and transmissions in the shop.
- Do field repairs safely: lock-out/tag-out, hoisting and rigging, and confined space entry.
- Enter work orders, parts and hours in SAP PM.
- Take part in daily field level hazard assessments (FLHA) and toolbox meetings.

Qualifications
- Alberta Journeyperson Heavy Equipment Technician certificate or Red Seal (Interprovincial) endorsement.
- CVIP Inspector licence an asset.
- Class 5 driver's licence with a clean abstract; Class 3 with air brake (Q) endorsement preferred.
- H2S Alive, Standard First Aid and CSTS-2020 (or able to obtain before start).
- Own tools up to 1".
- Must be legally entitled to work in Canada and pass pre-access drug and alcohol testing.`,
		keyTerms: [
			'heavy equipment|heavy duty equipment|heavy equipment repair',
			'diesel engines|diesel',
			'powertrains|powertrain',
			'hydraulics|hydraulic systems',
			'electrical systems',
			'diagnostics|diagnose|troubleshooting|fault codes',
			'preventive maintenance|PM services|PM',
			'CVIP|CVIP inspections|CVIP Inspector licence',
			'Caterpillar|Cat|Cat 793|Cat D11',
			'Komatsu|Komatsu 930E',
			'Cat ET',
			'KOMTRAX',
			'component rebuilds|rebuild components|final drives|transmissions',
			'lock-out/tag-out|lockout/tagout|LOTO',
			'hoisting and rigging|rigging',
			'confined space entry',
			'SAP PM|SAP',
			'FLHA|field level hazard assessments|hazard assessments',
			'Journeyperson certificate|Journeyperson|Heavy Equipment Technician certificate',
			'Red Seal',
			"Class 5 driver's licence|Class 5|driver's licence",
			'Class 3|air brake endorsement|Q endorsement',
			'H2S Alive',
			'Standard First Aid|first aid',
			'CSTS-2020|CSTS'
		]
	},
	{
		name: 'blind: funeral arranger, prose (funeral service)',
		text: `Funeral Arranger, Halstead & Sons Funeral Directors, Ipswich. Full time, £24,500 to £27,000 a year, with an on-call allowance.

Halstead & Sons has cared for families in Ipswich and the surrounding villages since 1893, and we are still a family-owned, independent firm with three branches and a private chapel of rest. We are looking for a funeral arranger to join our Norwich Road branch: someone who can sit with a family on the worst day of their lives and leave them feeling that everything is in safe hands.

Most of your day will be spent meeting bereaved families, at the branch or in their homes, and taking them through every choice they need to make: burial or cremation, the type of service, the coffin, flowers, music, newspaper notices and the order of service. You will take the first call when someone has died, arrange the transfer of the deceased from hospitals, care homes and private homes, and make sure that all the statutory paperwork is in order, from the certificate for burial or cremation (the green form) to the cremation forms and the medical examiner's documents. You will book services with crematoria, cemeteries, churches and celebrants, and liaise with clergy, florists, monumental masons and the coroner's office. Afterwards you will prepare the funeral account, explain costs clearly in line with the CMA's price transparency rules, and take payments. On funeral days you may also be asked to act as a bearer, and you will share the out-of-hours on-call rota with our other arrangers.

We would love to hear from people who have worked in funeral service before, but we care just as much about people who have done caring, hospitality or customer service work and know how to listen. You will need a full UK driving licence, good spelling and the IT skills to use our Funeral Manager software. After probation we will put you through the NAFD Diploma in Funeral Arranging and Administration at our cost. Please note that this role involves working with the deceased.`,
		keyTerms: [
			'funeral arranging|funeral arrangements|arranging funerals|funeral service',
			'bereaved families|bereavement|bereavement support',
			'first call|first calls',
			'transfer of the deceased|transfers|removals',
			'statutory paperwork|cremation forms|cremation paperwork|green form',
			'crematoria|cemeteries|booking services',
			"coroner|coroner's office",
			'funeral account|funeral accounts',
			'price transparency',
			'bearer|bearing',
			'on-call|out-of-hours on-call',
			'customer service',
			'driving licence|UK driving licence|full UK driving licence',
			'Funeral Manager'
		]
	},
	{
		name: 'blind: pastry chef de partie, terse (kitchens)',
		text: `PASTRY CHEF DE PARTIE
The Gilded Pheasant, Cotswolds – 2 AA Rosettes
£32k + tronc | 4-day week | live-in available

18-bedroom country house hotel. 48-cover fine dining restaurant + afternoon tea for 60.

THE JOB
- Run the pastry section solo on your shifts
- Laminated doughs: croissant, pain au chocolat, Danish
- Sourdough + enriched breads, daily
- Plated desserts, petits fours
- Chocolate tempering, sugar work
- Ice creams + sorbets (Pacojet)
- Allergen matrix + labelling (Natasha's Law)
- Ordering, stock rotation, waste log
- HACCP records, temp checks

KIT
- Rational combis, Thermomix, blast chiller

YOU
- Level 2 Food Hygiene min; Level 3 preferred
- 2 yrs pastry in a quality kitchen
- Rosette or Michelin background a plus
- Own transport (we're rural)

No split shifts. Meals on duty. Uniform laundered.`,
		keyTerms: [
			'pastry|pastry section',
			'laminated doughs|lamination|viennoiserie|croissant',
			'sourdough|enriched breads|bread|breadmaking',
			'plated desserts|desserts',
			'petits fours',
			'chocolate tempering|tempering|chocolate work',
			'sugar work',
			'ice cream|ice creams|sorbets',
			'Pacojet',
			'allergen matrix|allergen management|allergens',
			"labelling|food labelling|Natasha's Law",
			'stock rotation|stock control|ordering',
			'HACCP',
			'Level 2 Food Hygiene|food hygiene|Level 3 Food Hygiene|Food Hygiene Level 2',
			'fine dining',
			'Rational|combi ovens|Rational combis',
			'Thermomix',
			'Rosette|Michelin|AA Rosette',
			'own transport|driving licence'
		]
	}
];
