import { PROFESSION_LISTS } from './vocabulary-lists';

/**
 * The curated vocabulary of skills, tools and qualifications that job ads ask for. The lists in
 * this file are the first, cross-field ones (software, data, product, marketing, finance,
 * nursing, operations); vocabulary-lists/ adds one list per profession (sales, support, HR,
 * legal, education, healthcare, accounting and audit, supply chain, engineering, security,
 * DevOps, design, …), each written from what that profession's CVs and ads contain in general.
 * Written as a broad list of what recruiters screen for, not fitted to any set of ads: the
 * product meets ads nobody here has seen.
 *
 * Each line is `canonical|alias|alias…`. An alias starting with "=" matches only in that exact
 * case: it is also an everyday word or a short code ("Go", "Excel", "R", "Spark", "Lean").
 * Matching already tolerates case, plurals, UK/US spelling (-ise/-ize, modelling/modeling,
 * labour/labor, centre/center) and space/hyphen variants, so aliases list only real synonyms
 * and abbreviations.
 */
export const TERM_KINDS = ['tool', 'skill', 'qualification', 'certification'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * Where an entry counts when it is read from a job ad. Fields of study ("finance", "marketing")
 * are everyday words outside a degree requirement; spoken languages are nationalities or
 * company facts outside a language requirement.
 */
export type TermContext = 'anywhere' | 'degree' | 'language';

export interface VocabularyAlias {
	text: string;
	caseSensitive: boolean;
}

/**
 * One field's entries (vocabulary-lists/), a block per kind in the line format above. Degree
 * fields count only in a degree requirement; everything else counts anywhere.
 */
export interface VocabularyList {
	tools?: string;
	skills?: string;
	qualifications?: string;
	certifications?: string;
	degreeFields?: string;
}

export interface VocabularyEntry {
	canonical: string;
	kind: TermKind;
	context: TermContext;
	aliases: VocabularyAlias[];
}

const TOOLS = `
Python
Java
JavaScript|=JS|ECMAScript
TypeScript|=TS
Node.js|=Node|NodeJS|Node JS
React|=React|React.js|ReactJS
React Native
=Angular|AngularJS
Vue.js|=Vue|VueJS
Svelte|SvelteKit
Next.js|NextJS
Nuxt|Nuxt.js
Redux
HTML|HTML5
CSS|CSS3
Sass|SCSS
Tailwind CSS|Tailwind
jQuery
=Go|Golang
=Rust
=C
C++|cpp
C#|C sharp
.NET|dotnet|.NET Core|.NET Framework
ASP.NET|ASP.NET Core
F#
=Ruby
Ruby on Rails|=Rails
PHP
Laravel
Symfony
Perl
Scala
Kotlin
=Swift|SwiftUI
Objective-C
=Dart
Flutter
Elixir
Erlang
Haskell
Clojure
=Julia
MATLAB
Simulink
=SAS
SPSS
Stata
=R
Bash|shell scripting|=Shell
PowerShell
VBA
SQL
T-SQL|Transact-SQL
PL/SQL
NoSQL
GraphQL
gRPC
=SOAP
WebSockets
Spring Boot|=Spring|Spring Framework
Hibernate
Django
=Flask
FastAPI
Express.js|=Express|ExpressJS
NestJS
Kafka|Apache Kafka|Amazon MSK|=MSK
Kafka Streams
RabbitMQ
ActiveMQ
Amazon SQS|=SQS
Amazon SNS|=SNS
Amazon Kinesis|Kinesis
Apache Pulsar|=Pulsar
Apache Flink|Flink
Apache Spark|=Spark|Spark SQL|Spark Streaming
PySpark
Hadoop|HDFS
Apache Hive|=Hive
Presto
Trino
Apache Airflow|Airflow|Amazon MWAA
Dagster
=Prefect
=Luigi
dbt|data build tool|dbt Core|dbt Cloud
Great Expectations
Fivetran
Airbyte
Informatica
Talend
SSIS|SQL Server Integration Services
SSRS|SQL Server Reporting Services
SSAS|SQL Server Analysis Services
Azure Data Factory
AWS Glue|=Glue
Databricks
=Snowflake
BigQuery|Google BigQuery
Amazon Redshift|Redshift
Azure Synapse|Synapse Analytics
Teradata
Oracle Database|=Oracle
SQL Server|Microsoft SQL Server|MS SQL|MSSQL
PostgreSQL|Postgres|psql
MySQL
MariaDB
SQLite
MongoDB|=Mongo
Cassandra|Apache Cassandra
DynamoDB|Amazon DynamoDB
Redis
Elasticsearch|Elastic Search|=ELK
OpenSearch
Neo4j
ClickHouse
DuckDB
CockroachDB
Delta Lake
Apache Iceberg|=Iceberg
Parquet
Apache Avro|Avro
Protocol Buffers|Protobuf
Jinja|Jinja2
pandas
NumPy
SciPy
scikit-learn|sklearn|scikit learn
TensorFlow
PyTorch
Keras
XGBoost
LightGBM
CatBoost
Hugging Face|HuggingFace
LangChain
spaCy
NLTK
OpenCV
Tesseract
MLflow
Kubeflow
Amazon SageMaker|SageMaker
Vertex AI
Jupyter|Jupyter Notebook
Matplotlib
Plotly
Seaborn
Streamlit
Grafana
Prometheus
Datadog
New Relic
Splunk
=Sentry
PagerDuty
OpenTelemetry|=OTel
Jaeger
Kibana
Logstash
Docker|Docker Compose
Kubernetes|k8s
Amazon EKS|=EKS
Amazon ECS|=ECS
Google Kubernetes Engine|=GKE
Azure Kubernetes Service|=AKS
Helm
OpenShift
Terraform
Pulumi
AWS CloudFormation|CloudFormation
Ansible
=Puppet
=Chef
Jenkins
GitHub Actions
GitLab CI|GitLab CI/CD
CircleCI
Travis CI
Argo CD|ArgoCD
Git
GitHub
GitLab
Bitbucket
Linux
Unix
Windows Server
Nginx
AWS|Amazon Web Services
Microsoft Azure|Azure
Google Cloud|GCP|Google Cloud Platform
Amazon EC2|=EC2
Amazon S3|=S3
AWS Lambda|=Lambda
Azure Functions
Cloud Run
Heroku
Vercel
Netlify
Cloudflare
Firebase
Supabase
Istio
HashiCorp Vault
Selenium
Cypress
Playwright
Jest
Vitest
JUnit
pytest
Postman
Storybook
Webpack
=Vite
Maven
Gradle
SonarQube
Okta
Auth0
Keycloak
=Unity|Unity3D
Unreal Engine
Blender
AutoCAD
SolidWorks
Revit
ArcGIS
QGIS
iOS
Android
Microsoft Excel|=Excel|MS Excel
Microsoft PowerPoint|PowerPoint
Microsoft Word|MS Word
Microsoft Office|MS Office|Office 365|Microsoft 365
Microsoft Teams
=Outlook
Google Workspace|G Suite
Google Sheets
SharePoint
Power Automate
Power Apps|PowerApps
Microsoft Visio|Visio
Microsoft Project|MS Project
Primavera P6|=Primavera
Salesforce|SFDC|Salesforce CRM
HubSpot
Marketo
Pardot
Mailchimp
Klaviyo
Braze
Iterable
Hootsuite
Sprout Social
Semrush|SEMrush
Ahrefs
Screaming Frog
Google Search Console
Google Tag Manager
Google Analytics|GA4|Google Analytics 4|Universal Analytics
Looker Studio|Google Data Studio|Data Studio
=Looker
Tableau
Power BI|PowerBI
Qlik|QlikView|Qlik Sense
Metabase
Amplitude
Mixpanel
Hotjar
FullStory
Optimizely
=VWO
Zendesk
=Intercom
Freshdesk
ServiceNow
Jira|JIRA Software
Confluence
Trello
Asana
Monday.com
=Notion
Miro
Figma
=Sketch
Adobe XD
Adobe Photoshop|Photoshop
Adobe Illustrator|=Illustrator
Adobe InDesign|InDesign
Adobe Creative Cloud|Adobe Creative Suite
Adobe Premiere Pro|Premiere Pro
Adobe After Effects|After Effects
Canva
Webflow
WordPress
Shopify
Magento|Adobe Commerce
WooCommerce
Contentful
Google Ads|Google AdWords|AdWords
Meta Ads|Facebook Ads|Meta Business Manager|Meta Ads Manager|Facebook Ads Manager|Meta Business Suite|=Meta
TikTok Ads|=TikTok|TikTok Ads Manager
LinkedIn Ads|LinkedIn Campaign Manager
Microsoft Advertising|Bing Ads
Amazon Ads|Amazon Advertising
Criteo
Display & Video 360|DV360
Campaign Manager 360
SAP|SAP ERP
SAP S/4HANA|S/4HANA|S4HANA|SAP S4
SAP BW|SAP BW/4HANA|SAP Business Warehouse
SAP EWM|SAP Extended Warehouse Management
SAP FICO|SAP FI/CO|SAP FI
SAP SuccessFactors|SuccessFactors
Oracle NetSuite|NetSuite
Oracle ERP|Oracle Fusion
Workday
Microsoft Dynamics|Dynamics 365
QuickBooks
Xero
Oracle Hyperion|Hyperion
Anaplan
Adaptive Insights|Workday Adaptive Planning
Bloomberg Terminal
Alteryx
Manhattan SCALE|Manhattan WMS|Manhattan Active WM
Blue Yonder|JDA
Kinaxis
=Epic|Epic EHR|Epic Systems
Cerner|Oracle Health
MEDITECH
Allscripts
Pyxis
Omnicell
BambooHR
Greenhouse ATS
UiPath
Zapier
Airtable
Smartsheet
`;

const SKILLS = `
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
`;

const QUALIFICATIONS = `
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
`;

const CERTIFICATIONS = `
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
`;

const DEGREE_FIELDS = `
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
`;

const LANGUAGES = `
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

function parseEntries(block: string, kind: TermKind, context: TermContext): VocabularyEntry[] {
	return block
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const aliases = line.split('|').map((alias) => ({
				text: alias.replace(/^=/, ''),
				caseSensitive: alias.startsWith('=')
			}));
			const canonical = aliases[0]?.text ?? line;
			return { canonical, kind, context, aliases };
		});
}

function parseList(list: VocabularyList): VocabularyEntry[] {
	return [
		...parseEntries(list.tools ?? '', 'tool', 'anywhere'),
		...parseEntries(list.skills ?? '', 'skill', 'anywhere'),
		...parseEntries(list.qualifications ?? '', 'qualification', 'anywhere'),
		...parseEntries(list.certifications ?? '', 'certification', 'anywhere'),
		...parseEntries(list.degreeFields ?? '', 'qualification', 'degree')
	];
}

export const VOCABULARY: readonly VocabularyEntry[] = [
	...parseList({
		tools: TOOLS,
		skills: SKILLS,
		qualifications: QUALIFICATIONS,
		certifications: CERTIFICATIONS,
		degreeFields: DEGREE_FIELDS
	}),
	...PROFESSION_LISTS.flatMap(parseList),
	...parseEntries(LANGUAGES, 'qualification', 'language')
];

const BY_CANONICAL = new Map(VOCABULARY.map((entry) => [entry.canonical.toLowerCase(), entry]));

/** The vocabulary entry a canonical name belongs to, if it is one of ours. */
export function vocabularyEntry(canonical: string): VocabularyEntry | undefined {
	return BY_CANONICAL.get(canonical.toLowerCase());
}
