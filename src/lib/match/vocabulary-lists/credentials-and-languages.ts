import type { VocabularyList } from '../vocabulary';

/** Degrees, licences and certificates asked for across fields, and degree fields. */
export const CROSS_FIELD_CREDENTIALS: VocabularyList = {
	qualifications: `
Bachelor's degree|bachelor's|bachelor|bachelors|=BSc|B.Sc.|=BA|B.A.|=BS|B.S.|undergraduate degree|Bachelor of Science|Bachelor of Arts|=BEng|B.Eng.|Bachelor of Engineering|=BBA
Master's degree|master's|masters|=MSc|M.Sc.|M.A.|Master of Science|Master of Arts|graduate degree|=MEng|M.Eng.|Master of Engineering|Dipl.-Ing.
=MBA|Master of Business Administration
PhD|Ph.D.|doctorate|doctoral degree
Registered Nurse|=RN|registered nurses
RN license|RN licence|nursing license|nursing licence
=BSN|Bachelor of Science in Nursing
=MSN|Master of Science in Nursing
=LPN|licensed practical nurse
nurse practitioner
forklift license|forklift licence|forklift certification|forklift certificate
driving license|driving licence|driver's license|driver’s license
security clearance|=SC clearance|=DV clearance|=BPSS
`,
	certifications: `
=BLS|Basic Life Support
=ACLS|Advanced Cardiovascular Life Support|Advanced Cardiac Life Support
=PALS|Pediatric Advanced Life Support
=CCRN
=TNCC
=CEN
=CPR
=CFA|Chartered Financial Analyst
=CPA|Certified Public Accountant
=ACCA
=CIMA
=FRM
=PMP|Project Management Professional
PRINCE2
=CSM|Certified ScrumMaster|Certified Scrum Master
=CSPO|Certified Scrum Product Owner
=PSM|Professional Scrum Master
=PSPO|Professional Scrum Product Owner
SAFe Agilist
=ITIL
=CISSP
=CISM
=CISA
CompTIA Security+|Security+
=CCNA
=CCNP
Certified Kubernetes Administrator|=CKA
Certified Kubernetes Application Developer|=CKAD
AWS Certified Solutions Architect|AWS Solutions Architect
AWS Certified Data Engineer
AWS Certified Developer
AWS Certified Cloud Practitioner
Azure Administrator Associate|=AZ-104
Azure Fundamentals|=AZ-900
Google Professional Data Engineer|Google Cloud Professional Data Engineer|GCP Professional Data Engineer
Google Professional Cloud Architect|Google Cloud Professional Cloud Architect
SnowPro Core|SnowPro
dbt Analytics Engineering Certification
Databricks Certified Data Engineer
=TOGAF
Six Sigma Green Belt|Lean Six Sigma Green Belt|Green Belt
Six Sigma Black Belt|Lean Six Sigma Black Belt|Black Belt
=NEBOSH
=IOSH
Google Ads certification
Google Analytics certification|=GAIQ
HubSpot certification
`,
	degreeFields: `
computer science
mathematics|maths|math
economics
finance
business administration|business studies
engineering
electrical engineering
mechanical engineering
physics
information systems|information technology
marketing
nursing
operations research
`
};

/** Spoken and signed languages: they count only in a language requirement. */
export const LANGUAGES = `
English
German
French
Spanish
Italian
Dutch
Portuguese
Polish
Mandarin|Chinese
Japanese
Korean
Arabic
Russian
Swedish
Danish
Norwegian
Finnish
Turkish
Hindi
Czech
Swiss German
Cantonese
Ukrainian
Romanian
Hungarian
Greek
Hebrew
Vietnamese
Thai
Indonesian|Bahasa Indonesia
Malay|Bahasa Malaysia
Tagalog|Filipino
Bengali
Urdu
Punjabi
Tamil
Persian|Farsi
Swahili
Catalan
Croatian
Serbian
Slovak
Slovenian
Bulgarian
Lithuanian
Latvian
Estonian
Icelandic
Luxembourgish
Afrikaans
British Sign Language|=BSL
American Sign Language|=ASL
`;
