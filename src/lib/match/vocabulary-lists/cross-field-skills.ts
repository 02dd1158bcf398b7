import type { VocabularyList } from '../vocabulary';

/** The first cross-field skills, in the line format of vocabulary.ts. */
export const CROSS_FIELD_SKILLS: VocabularyList = {
	skills: `
machine learning|=ML
deep learning
artificial intelligence|=AI
natural language processing|=NLP
computer vision
large language models|=LLM|=LLMs
generative AI|GenAI
MLOps
data science
data analysis|data analytics|data-driven
data engineering
data modeling|data models
dimensional modeling|star schema|Kimball
data warehousing|data warehouse|data lakehouse|lakehouse
ETL|ELT|ETL/ELT|extract, transform, load
data pipelines|data pipeline
stream processing|streaming pipelines|streaming data|real-time data|event streaming
batch processing|batch pipelines
data quality
data governance
data contracts
master data|master data management|=MDM
data visualization|data visualisation
dashboards|dashboarding
business intelligence|=BI
statistics|statistical analysis
statistical modeling|statistical models
time series|time-series analysis|time series forecasting
forecasting|forecasts|rolling forecasts
demand forecasting
A/B testing|A/B tests|A/B test|AB testing|split testing|A/B experiments|experimentation
experimental design|design of experiments
causal inference
price elasticity
pricing|pricing strategy
recommendation systems|recommender systems
optimization|mathematical optimization
feature engineering
software engineering|software development
backend development|back-end development|backend engineering|back-end engineering
frontend development|front-end development|frontend engineering
full-stack development|full stack development|full-stack engineering
mobile development|mobile app development
web development
microservices|microservice architecture
distributed systems
system design
software architecture|solution architecture
event-driven architecture|event-driven|event driven systems
REST APIs|REST API|RESTful|RESTful APIs|=REST
API design|API development
object-oriented programming|=OOP|object-oriented design
functional programming
test-driven development|=TDD
unit testing|unit tests
automated testing|test automation|automated tests
integration testing|integration tests
performance testing|load testing
code review|code reviews
pair programming
CI/CD|CICD|continuous integration|continuous delivery|continuous deployment|CI pipelines|CI/CD pipelines
DevOps
site reliability engineering|=SRE
infrastructure as code|=IaC
observability|monitoring and alerting
on-call|on-call rotation|oncall
incident management|incident response|post-mortems|postmortems|incident post-mortems
cloud computing|cloud infrastructure|cloud platforms
containerization|containers
serverless
cybersecurity|information security|=InfoSec
penetration testing
identity and access management|=IAM
GDPR
HIPAA
=SOC 2|SOC2|SOC 2 Type II
ISO 27001
PCI DSS|PCI-DSS|=PCI
SOX|Sarbanes-Oxley
accessibility|=WCAG
UX design|user experience|user experience design|=UX
UI design|user interface design|=UI
user research|UX research
usability testing
prototyping
wireframing|wireframes
design systems|design system
interaction design
embedded systems
payments|payment processing|payment systems
e-commerce|ecommerce
SaaS|B2B SaaS|software as a service
=B2B
=B2C
fintech
logistics
supply chain management|supply chain
procurement|purchasing
vendor management|supplier management|supplier relationship management|=SRM|supplier performance management|supplier performance
inventory management|inventory control|inventory|stock management|stock control
warehouse operations|warehouse management|warehousing
operations management
third-party logistics|=3PL
order fulfillment|fulfilment|fulfillment
demand planning
capacity planning
workforce planning|labour planning|shift planning
continuous improvement
process improvement|process optimization
root cause analysis|=RCA
Kaizen
=5S
=Lean|lean manufacturing|lean management
Six Sigma|Lean Six Sigma
health and safety|=H&S|occupational health and safety|=EHS|=HSE|workplace safety
quality assurance|=QA
quality control
ISO 9001
KPIs|=KPI|key performance indicators
OKRs|=OKR|objectives and key results
people management|line management|managing people
coaching|coach
mentoring|mentor|mentorship|mentored
leadership|team leadership|people leadership|technical leadership|team management|lead a team|leading teams|lead teams
hiring|recruiting|recruitment|talent acquisition|hire
performance management
onboarding
change management
project management
program management|programme management
product management
product ownership
product roadmap|roadmap|roadmaps|roadmapping
backlog management|backlog|backlog prioritization|prioritization
product discovery|discovery
customer interviews|user interviews
product analytics
user stories
acceptance criteria
requirements gathering|requirements engineering|business requirements
go-to-market|go to market|=GTM
product launch|product launches
market research
competitive analysis|competitor analysis
product strategy
strategic planning|strategic plan
business development
account management|key account management
lead generation
=CRM|customer relationship management
customer success
customer service|customer support
negotiation|contract negotiation|negotiating|negotiate|negotiations|commercial negotiations
stakeholder management|stakeholders|stakeholder engagement|managing stakeholders|stakeholder communication
communication|communication skills|written communication|verbal communication|communicate
presentation skills|public speaking|presenting|presentations
teamwork|team player
problem solving|problem-solving
analytical skills|analytical thinking
attention to detail|detail-oriented|detail oriented
time management
cross-functional teams|cross-functional|cross functional collaboration
agile|agile methodologies
Scrum
Kanban
=SAFe|Scaled Agile
copywriting
content strategy
content marketing
SEO|search engine optimization
SEM|search engine marketing|=PPC|pay-per-click|paid search
paid social
paid media|paid campaigns|paid advertising|paid marketing|paid acquisition
social media marketing|social media
email marketing|email campaigns|email automation
marketing automation
performance marketing
growth marketing
digital marketing|online marketing
brand management|branding
product marketing
influencer marketing
affiliate marketing
conversion rate optimization|=CRO|conversion rate
=ROAS|return on ad spend
=CAC|customer acquisition cost
=LTV|=CLV|customer lifetime value
marketing attribution|attribution modeling
agency management|managing agencies|agency relationships
=FP&A|financial planning and analysis|financial planning & analysis
financial modeling|financial models|financial model
budgeting|budget|budgets|budget management|budget planning|operating budget
variance analysis|variances
management reporting
financial reporting
month-end close|month end|monthly close|period-end close|year-end close|financial close
audit|auditing|internal audit|external audit
accounting
bookkeeping
accounts payable
accounts receivable
general ledger
reconciliation|account reconciliation
=IFRS
US GAAP|=GAAP
taxation|tax compliance
treasury
cash flow|cash flow management|cash management
controlling|financial controlling
cost accounting|cost control
business cases|business case
investment appraisal|capital budgeting
=NPV|net present value
=IRR|internal rate of return
discounted cash flow|=DCF
valuation
mergers and acquisitions|=M&A
due diligence
risk management
credit risk
=KYC|know your customer
anti-money laundering|=AML
regulatory reporting|regulatory reports
Basel III
Solvency II
portfolio management
patient care|direct patient care|bedside care
critical care|intensive care|=ICU|intensive care unit
emergency nursing|emergency department
medication administration|medication management
IV therapy|intravenous therapy|IV insertion
wound care
triage
care planning|care plans|nursing care plans|nursing care plan
patient education|patient and family education
hemodynamic monitoring|hemodynamics
ventilator management|mechanical ventilation
arterial lines|arterial line
=CRRT|continuous renal replacement therapy
dialysis
telemetry
phlebotomy
infection control|infection prevention
rapid response|rapid response team
electronic health records|=EHR|=EMR|electronic medical records
clinical documentation
documentation
precepting|preceptor|preceptorship
charge nurse
sepsis management|sepsis
palliative care
pediatrics|paediatrics
oncology
geriatrics|gerontology
medical-surgical|med-surg
`
};
