import type { VocabularyList } from '../vocabulary';

/** HR and recruiting: people processes, employment law, reward, learning and HR systems. */
export const HUMAN_RESOURCES: VocabularyList = {
	tools: `
Personio
HiBob
SAP HCM|SAP HR
Oracle HCM|Oracle HCM Cloud
=ADP|ADP Workforce Now
=UKG|Kronos|UltiPro
Lever ATS
SmartRecruiters
iCIMS
=Taleo|Oracle Taleo
Workable
Recruitee
Teamtailor
Ashby ATS
LinkedIn Recruiter
Culture Amp
Lattice HR
15Five
Peakon|Workday Peakon
Qualtrics
SurveyMonkey
Cornerstone OnDemand|Cornerstone
=Deel
Rippling
Gusto payroll
Paychex
Sage People|Sage HR
=DATEV
Factorial HR
applicant tracking systems|applicant tracking system|=ATS
=HRIS|HR information systems|HR information system|HR systems
`,
	skills: `
employee relations|industrial relations|labour relations|employee relations cases
talent management
succession planning
organisational design|organization design|org design|organisation design
organisational development|organizational development
compensation and benefits|compensation & benefits|=C&B|total rewards|reward management|compensation management
salary benchmarking|salary review|salary reviews|pay review|pay reviews|salary surveys
benefits administration
payroll|payroll processing|payroll administration
job evaluation|job grading|job architecture|job levelling
HR analytics|people analytics|workforce analytics
employee engagement|engagement surveys|engagement survey|employee experience
learning and development|=L&D|training and development|learning & development
leadership development|leadership programmes|management development
training needs analysis
full-cycle recruiting|full-cycle recruitment|end-to-end recruitment|full life cycle recruiting|360 recruitment
candidate sourcing|talent sourcing|sourcing candidates|Boolean search
sourcing
interviewing|structured interviews|competency-based interviews|competency-based interviewing|interview techniques
employer branding|employer brand
candidate experience
offboarding|exit interviews
HR policies|HR policy|people policies|policy development
employment law|labour law|employment legislation
employment contracts|contracts of employment
disciplinary and grievance procedures|disciplinary and grievance|disciplinary procedures|grievance procedures|disciplinaries|grievances|disciplinary hearings|grievance handling
absence management|sickness absence management|attendance management
works council|works councils|=Betriebsrat|employee representative bodies
collective bargaining|collective agreements|collective labour agreements|collective agreement
trade union relations|union relations
restructuring|reorganisations|reorganisation|redundancy consultation|redundancy programmes
HR operations|HR administration|personnel administration
diversity, equity and inclusion|diversity and inclusion|=DEI|=D&I|=DE&I|=ED&I
consulting|consulting skills
mediation
`,
	certifications: `
=CIPD|CIPD Level 5|CIPD Level 7
=SHRM-CP
=SHRM-SCP
=PHR
=SPHR
=aPHR
=GPHR
Prosci|Prosci certification
`,
	degreeFields: `
human resources|human resource management|=HRM
psychology
business psychology|organisational psychology|occupational psychology|industrial-organizational psychology
`
};
