import type { VocabularyList } from '../vocabulary';

/** Teaching in schools and colleges: planning, assessment, inclusion, safeguarding, curricula. */
export const EDUCATION: VocabularyList = {
	tools: `
Google Classroom
=Moodle
Canvas LMS|Instructure Canvas
Blackboard|Blackboard Learn
Schoology
=SIMS|Capita SIMS
Arbor MIS
ClassDojo
Kahoot|Kahoot!
Nearpod
Sparx Maths|=Sparx
Dr Frost Maths|DrFrostMaths
HegartyMaths|Hegarty Maths
MyMaths
Desmos
GeoGebra
Accelerated Reader
Bromcom
=CPOMS
MyConcern
PowerSchool
Satchel One|Show My Homework
Promethean|ActivInspire
SMART Board|SMART Notebook|interactive whiteboards|interactive whiteboard
`,
	skills: `
lesson planning|lesson plans|lesson preparation|planning lessons|lesson plan
classroom management
behaviour management|positive behaviour management|behaviour support
differentiation|differentiated instruction|differentiated teaching|differentiated learning
assessment for learning|=AfL|formative assessment
summative assessment
curriculum development|curriculum design|curriculum planning|schemes of work|scheme of work|curriculum mapping
safeguarding|child protection|safeguarding children
pastoral care|pastoral support|form tutor|form tutoring
special educational needs|=SEN|=SEND|special education|=SPED|inclusive education
English as an additional language|=EAL|=ESL|English as a second language|=ELL|English language learners
individualised education programmes|individualized education programs|=IEP|=IEPs|individual education plans
parent communication|parent engagement|parent-teacher conferences|parents' evenings|parents evenings
progress monitoring|progress tracking|tracking pupil progress|tracking student progress
intervention strategies|targeted interventions|academic interventions
e-learning|eLearning|online learning
blended learning
online teaching|remote teaching|virtual teaching
instructional design
educational technology|=EdTech
=STEM|STEM education
phonics
early years|=EYFS|Early Years Foundation Stage
Key Stage 1|=KS1|Key Stages 1
Key Stage 2|=KS2|Key Stages 2
Key Stage 3|=KS3|Key Stages 3
Key Stage 4|=KS4|Key Stages 4
Key Stage 5|=KS5|Key Stages 5
=GCSE|=GCSEs
=A level|=A levels|=A-level|=A-levels|=A Level|=A Levels|=A-Level|=A-Levels
International Baccalaureate|=IB|=IBDP|=IB Diploma|=MYP|=PYP
Common Core
exam preparation|exam board specifications
tutoring
coursework moderation|moderation
`,
	qualifications: `
Qualified Teacher Status|=QTS
=PGCE|Postgraduate Certificate in Education|=PGDE
initial teacher training|=ITT|teacher training
=QTLS
teaching certificate|teaching license|teaching licence|teaching credential|teacher certification|teaching certification|state teaching certificate
=NPQH|=NPQSL|=NPQML|=NPQLT
=B.Ed|=BEd|Bachelor of Education
Master of Education|=M.Ed|=MEd
DBS check|enhanced DBS check|=DBS|DBS certificate|=PVG|enhanced DBS
`,
	certifications: `
=TEFL
=TESOL
=CELTA
=DELTA
`
};
