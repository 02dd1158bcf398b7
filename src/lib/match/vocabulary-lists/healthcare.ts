import type { VocabularyList } from '../vocabulary';

/**
 * Healthcare beyond the first nursing list: pharmacy, allied health, critical care procedures,
 * professional registrations and clinical systems.
 */
export const HEALTHCARE: VocabularyList = {
	tools: `
ProScript|ProScript Connect
PharmOutcomes
Titan PMR
=EMIS|EMIS Web
SystmOne|TPP SystmOne
Cegedim Pharmacy Manager
=RxWeb
PioneerRx
ScriptPro
Summary Care Record
British National Formulary|=BNF
PMR systems|=PMR|patient medication records|patient medication record
=athenahealth|athenaOne
eClinicalWorks
NextGen Healthcare
=Lexicomp
UpToDate
`,
	skills: `
dispensing|dispensary|dispense|dispensing prescriptions|dispense prescriptions
clinical checking|clinical checks|clinically checking|clinically check|clinical screening of prescriptions
accuracy checking|accuracy checks
medicines management|medicines optimisation|medicines optimization|medicines reconciliation|medication reconciliation
medication reviews|medication review|medicines reviews|structured medication reviews|=SMR|=SMRs|medicines use reviews
controlled drugs|controlled drug|controlled substances|=CD register|controlled drugs register
patient counselling|patient counseling|medication counselling|medicines counselling|medicines advice
pharmacovigilance|drug safety|adverse event reporting|adverse drug reactions
pharmacokinetics
aseptic services|aseptic preparation|aseptic compounding|aseptic technique
compounding
clinical pharmacy|ward pharmacy
minor ailments|minor illness|minor illnesses
vaccinations|vaccination|immunisations|immunisation|vaccine administration|injection technique|flu vaccinations|flu vaccination
blood pressure monitoring|blood pressure checks|blood pressure measurement|hypertension case-finding
New Medicine Service|=NMS
Pharmacy First
Discharge Medicines Service
Community Pharmacist Consultation Service|=CPCS
Responsible Pharmacist
standard operating procedures|=SOP|=SOPs
clinical governance
clinical audit|clinical audits
physiotherapy|physical therapy
rehabilitation
occupational therapy
speech and language therapy|speech therapy
radiography|diagnostic imaging
=MRI|magnetic resonance imaging
ultrasound|sonography
=ECG|=EKG|=ECGs|electrocardiography|electrocardiogram
vital signs|vital signs monitoring|vital sign monitoring
manual handling|moving and handling|patient handling
patient assessment|clinical assessment|health assessments|nursing assessment|patient assessments
discharge planning
case management|care coordination
mental health|mental health nursing|psychiatric nursing
=ECMO|extracorporeal membrane oxygenation
=IABP|intra-aortic balloon pump
central lines|central line care|=PICC|=PICC lines
tracheostomy care
pressure ulcer prevention|pressure injury prevention|tissue viability
clinical trials|clinical research
Good Clinical Practice|ICH-GCP|ICH GCP
midwifery
anaphylaxis management
`,
	qualifications: `
GPhC registration|=GPhC|General Pharmaceutical Council|GPhC registered
=HCPC registration|=HCPC|Health and Care Professions Council
=NMC registration|=NMC|Nursing and Midwifery Council|NMC PIN
=GMC registration|=GMC
pharmacist license|pharmacist licence|pharmacy license|pharmacy licence|licensed pharmacist|registered pharmacist
=MPharm|Master of Pharmacy
=PharmD|=Pharm.D.|Doctor of Pharmacy
independent prescriber|independent prescribing|non-medical prescriber|non-medical prescribing
=NCLEX|=NCLEX-RN
=CNA|certified nursing assistant
=EMT|emergency medical technician
`,
	certifications: `
=BCPS|Board Certified Pharmacotherapy Specialist
=PTCB|=CPhT|Certified Pharmacy Technician
first aid|first aid certificate|First Aid at Work|first aid certification
`,
	degreeFields: `
pharmacy|pharmaceutical sciences
pharmacology
biology|biomedical sciences|biomedical science|life sciences
chemistry
medicine
`
};
