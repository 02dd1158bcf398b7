/**
 * Realistic job ads from varied fields with the key terms a recruiter would screen a CV for,
 * marked by hand before the extractor or its vocabulary were written (see the report of
 * issue 8): skills, tools and qualifications the ad asks for, not years of experience, salary,
 * perks or company facts. A mark may list equivalent spellings separated by "|"; any of them
 * counts as a hit. The benchmark scores each ad on its own.
 */
export interface MarkedJobAd {
	name: string;
	text: string;
	keyTerms: string[];
}

export const MARKED_JOB_ADS: MarkedJobAd[] = [
	{
		name: 'backend engineer (software)',
		text: `Senior Backend Engineer – Payments Platform

About the team
We move money for 40,000 small businesses across Europe. Our payments platform team owns the services that authorise, settle and reconcile card and bank transfers.

What you'll do
- Design, build and operate microservices in Go and Java that handle 2,000 requests per second.
- Own REST and gRPC APIs used by our mobile apps and partners.
- Run your services on Kubernetes (EKS) on AWS; we deploy with Terraform and GitHub Actions.
- Take part in code reviews, on-call rotation and incident post-mortems.
- Mentor mid-level engineers and help shape our engineering standards.

What you bring
- 5+ years of backend development experience.
- Strong knowledge of Go or Java; Kotlin is a plus.
- Experience with relational databases (PostgreSQL) and caching (Redis).
- Event-driven architecture with Kafka or RabbitMQ.
- Solid understanding of CI/CD, automated testing and observability (Prometheus, Grafana, OpenTelemetry).
- Familiarity with PCI DSS or other payment compliance standards is a strong plus.
- Bachelor's degree in Computer Science or equivalent experience.
- Fluent English.`,
		keyTerms: [
			'Go',
			'Java',
			'Kotlin',
			'microservices',
			'REST APIs|REST',
			'gRPC',
			'Kubernetes',
			'EKS|Amazon EKS',
			'AWS',
			'Terraform',
			'GitHub Actions',
			'code review',
			'on-call',
			'incident management|post-mortems',
			'mentoring',
			'backend development',
			'PostgreSQL',
			'Redis',
			'event-driven architecture',
			'Kafka',
			'RabbitMQ',
			'CI/CD',
			'automated testing',
			'observability',
			'Prometheus',
			'Grafana',
			'OpenTelemetry',
			'PCI DSS',
			"Bachelor's degree|computer science",
			'English',
			'payments'
		]
	},
	{
		name: 'data scientist (data)',
		text: `Data Scientist, Pricing & Demand Forecasting

We are a fast-growing online grocery retailer. You will join the Pricing Analytics squad and build the models that decide what our customers pay every day.

Responsibilities
• Build demand forecasting and price elasticity models with Python (pandas, scikit-learn, XGBoost).
• Design and analyse A/B tests together with product managers; communicate results to non-technical stakeholders.
• Write production-quality SQL on Snowflake and build features with dbt.
• Deploy models with MLflow and Docker in collaboration with our ML engineers.
• Create dashboards in Tableau for the commercial team.

Requirements
• MSc or PhD in Statistics, Mathematics, Economics, Computer Science or a related quantitative field.
• 3+ years of experience applying machine learning and statistical modelling to business problems.
• Strong Python and SQL; R is a plus.
• Experience with time series forecasting and experimental design.
• Excellent communication skills and the ability to explain complex results simply.
• Experience with Spark or Databricks is nice to have.`,
		keyTerms: [
			'demand forecasting|forecasting',
			'price elasticity',
			'Python',
			'pandas',
			'scikit-learn',
			'XGBoost',
			'A/B testing|A/B tests',
			'SQL',
			'Snowflake',
			'dbt',
			'MLflow',
			'Docker',
			'Tableau',
			'dashboards',
			"Master's degree|MSc",
			'PhD',
			'statistics',
			'mathematics',
			'economics',
			'computer science',
			'machine learning',
			'statistical modelling',
			'R',
			'time series',
			'experimental design',
			'communication',
			'stakeholder management|stakeholders',
			'Spark',
			'Databricks',
			'pricing'
		]
	},
	{
		name: 'product manager',
		text: `Product Manager – B2B SaaS (Workforce Scheduling)

You will own the scheduling product used by 3,500 hospitals, retailers and logistics companies.

In this role you will
- Own the product roadmap and prioritise the backlog with engineering and design.
- Run discovery: customer interviews, usability testing, and analysis of product analytics (Amplitude, Mixpanel).
- Write clear user stories and acceptance criteria; work in Scrum with two cross-functional squads.
- Define and track OKRs and KPIs; run A/B experiments to validate ideas.
- Work closely with Sales, Customer Success and Marketing on go-to-market for new features.
- Communicate with stakeholders at all levels, including executives.

About you
- 4+ years of product management experience in B2B SaaS.
- Proven track record of shipping products from discovery to launch.
- Comfortable with data: you can write basic SQL and build your own reports.
- Familiar with Jira, Confluence and Figma.
- Strong stakeholder management and written communication.
- Certified Scrum Product Owner (CSPO) or similar is a plus.`,
		keyTerms: [
			'product management',
			'B2B SaaS|SaaS',
			'product roadmap|roadmap',
			'backlog prioritisation|backlog',
			'product discovery|discovery',
			'customer interviews',
			'usability testing',
			'product analytics',
			'Amplitude',
			'Mixpanel',
			'user stories',
			'acceptance criteria',
			'Scrum',
			'cross-functional teams|cross-functional',
			'OKRs',
			'KPIs',
			'A/B testing',
			'go-to-market',
			'stakeholder management',
			'SQL',
			'Jira',
			'Confluence',
			'Figma',
			'communication',
			'CSPO|Certified Scrum Product Owner',
			'product launch|launch'
		]
	},
	{
		name: 'digital marketing manager (marketing)',
		text: `Digital Marketing Manager (m/f/d)

Our outdoor clothing brand sells in 12 countries through our own web shop and marketplaces. We are looking for a Digital Marketing Manager to grow our online revenue.

Your tasks
- Plan and run paid campaigns on Google Ads, Meta Ads and TikTok, managing a yearly budget of €2 million.
- Own SEO and content marketing together with our copywriters.
- Build email marketing and CRM journeys in Klaviyo or HubSpot.
- Analyse performance in Google Analytics 4 and Looker Studio and report on ROAS, CAC and conversion rate.
- Plan A/B tests on landing pages and manage our agencies.
- Lead a team of two marketing specialists.

Your profile
- Degree in Marketing, Business Administration or similar.
- 5 years of experience in performance marketing, ideally e-commerce.
- Hands-on with Google Ads, Meta Business Manager and GA4.
- Data-driven mindset; advanced Excel skills.
- Budget management and agency management experience.
- Fluent German and English.`,
		keyTerms: [
			'digital marketing',
			'paid campaigns|paid media|paid advertising',
			'Google Ads',
			'Meta Ads|Meta Business Manager|Facebook Ads',
			'TikTok|TikTok Ads',
			'SEO',
			'content marketing',
			'email marketing',
			'CRM',
			'Klaviyo',
			'HubSpot',
			'Google Analytics|GA4|Google Analytics 4',
			'Looker Studio',
			'ROAS',
			'CAC',
			'conversion rate|conversion rate optimisation',
			'A/B testing|A/B tests',
			'agency management',
			'team leadership|leadership',
			'marketing',
			'business administration',
			'performance marketing',
			'e-commerce',
			'Excel',
			'budget management|budgeting',
			'German',
			'English',
			'data-driven|data analysis'
		]
	},
	{
		name: 'financial analyst (finance)',
		text: `Financial Planning & Analysis (FP&A) Analyst

Join the finance team of a listed industrial group (revenue CHF 1.2 billion) at our headquarters in Basel.

Main responsibilities
- Prepare the monthly management reporting, budget and rolling forecasts for three business units.
- Build and maintain financial models in Excel; analyse variances against budget and prior year.
- Support the annual budgeting process and the long-term strategic plan.
- Automate reporting with Power BI and SAP BW; maintain master data in SAP S/4HANA.
- Support month-end close and the year-end audit together with accounting.
- Prepare business cases and investment appraisals (NPV, IRR) for capital projects.

Your profile
- Bachelor's or Master's degree in Finance, Accounting or Economics.
- 2–4 years in FP&A, controlling or audit (Big Four experience is an advantage).
- Advanced Excel and financial modelling; experience with SAP and Power BI.
- Knowledge of IFRS; CFA or ACCA (or progress toward it) is a plus.
- Strong analytical skills and attention to detail.
- Fluent in German and English; French is an advantage.`,
		keyTerms: [
			'FP&A|financial planning and analysis',
			'management reporting',
			'budgeting|budget',
			'forecasting|rolling forecasts',
			'financial modelling',
			'Excel',
			'variance analysis',
			'strategic planning|strategic plan',
			'Power BI',
			'SAP BW',
			'SAP S/4HANA|SAP',
			'month-end close',
			'audit',
			'accounting',
			'business cases',
			'investment appraisal|NPV|IRR',
			"Bachelor's degree",
			"Master's degree",
			'finance',
			'economics',
			'controlling',
			'IFRS',
			'CFA',
			'ACCA',
			'analytical skills',
			'attention to detail',
			'German',
			'English',
			'French',
			'master data'
		]
	},
	{
		name: 'ICU registered nurse (nursing)',
		text: `Registered Nurse – Intensive Care Unit (Full-time, Nights)

St. Mary's Regional Medical Center is hiring an experienced Registered Nurse for our 24-bed adult ICU.

Duties
- Provide direct patient care to critically ill adults, including ventilated patients.
- Assess, plan, implement and evaluate nursing care plans.
- Administer medications and IV therapy; titrate vasoactive drips according to protocol.
- Monitor hemodynamics and respond to rapid response and code blue events.
- Document care accurately in Epic.
- Educate patients and families; collaborate with physicians, respiratory therapists and pharmacists.
- Precept new graduate nurses.

Qualifications
- Current RN license in the state of Ohio.
- BSN required; MSN is a plus.
- BLS and ACLS certification required; CCRN preferred.
- Minimum 2 years of ICU or critical care experience.
- Experience with CRRT and arterial lines preferred.
- Excellent communication and teamwork skills.`,
		keyTerms: [
			'Registered Nurse|RN',
			'RN license',
			'intensive care|ICU|critical care',
			'patient care',
			'ventilator management|ventilated patients',
			'care planning|nursing care plans',
			'medication administration|administer medications',
			'IV therapy',
			'hemodynamic monitoring|hemodynamics',
			'rapid response',
			'Epic',
			'patient education',
			'precepting|precept',
			'BSN',
			'MSN',
			'BLS',
			'ACLS',
			'CCRN',
			'CRRT',
			'arterial lines',
			'communication',
			'teamwork',
			'documentation'
		]
	},
	{
		name: 'warehouse operations manager (operations)',
		text: `Operations Manager – Distribution Centre

We run a 40,000 m² distribution centre shipping 60,000 orders a day for fashion and electronics retailers.

Key responsibilities
- Lead inbound, outbound and inventory operations across three shifts (120 associates, 6 team leads).
- Own KPIs for safety, productivity, accuracy and on-time dispatch; report weekly to the site director.
- Drive continuous improvement with Lean and Six Sigma methods (5S, Kaizen, root cause analysis).
- Plan labour and capacity for peak season; manage the operating budget.
- Work with the WMS team to improve processes in Manhattan SCALE and SAP EWM.
- Ensure health and safety compliance and lead incident investigations.

What we are looking for
- Proven experience as an operations or warehouse manager in logistics or 3PL.
- People management and coaching skills; experience with works councils is a plus.
- Lean Six Sigma Green Belt (Black Belt preferred).
- Strong Excel; SQL or Power BI knowledge is an advantage.
- Forklift licence is a plus.
- Fluent English; German or Dutch is a plus.`,
		keyTerms: [
			'warehouse operations|operations management',
			'inventory management|inventory',
			'team leadership|leadership',
			'KPIs',
			'health and safety|safety',
			'continuous improvement',
			'Lean',
			'Six Sigma',
			'5S',
			'Kaizen',
			'root cause analysis',
			'labour planning|capacity planning',
			'budget management|operating budget|budgeting',
			'WMS|warehouse management system',
			'Manhattan SCALE',
			'SAP EWM|SAP',
			'logistics',
			'3PL',
			'people management',
			'coaching',
			'Lean Six Sigma Green Belt|Green Belt',
			'Black Belt',
			'Excel',
			'SQL',
			'Power BI',
			'forklift licence',
			'English',
			'German',
			'Dutch',
			'process improvement'
		]
	}
];
