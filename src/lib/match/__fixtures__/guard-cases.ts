import type { FindingKind } from '$lib/domain/finding';
import type { ItemKind } from '$lib/domain/structured-cv';
import type { FixturePerson } from './guard-profiles';

/**
 * Generated CV content the way a model writes it, for the people in `guard-profiles.ts`: some
 * faithful rewordings of their own data (expected: no findings) and some with planted
 * fabrications of every kind, each marked by the text a reviewer would highlight. `source` is
 * the index of the role or project the item tailors. Written before the guard, except the last
 * three (issue 12: instructions echoed into an answer, a claim made twice, lines run together).
 */
export interface GuardCase {
	name: string;
	person: FixturePerson;
	kind: ItemKind;
	source?: number;
	text?: string;
	bullets: string[];
	expected: Array<{ kind: FindingKind; text: string }>;
}

export const GUARD_CASES: GuardCase[] = [
	// The data engineer, current role (Helvetia Freight AG, 2021-04 to now).
	{
		name: 'faithful: migration with approximate numbers',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Migrated 140 nightly batch jobs from cron to Apache Airflow on AWS, reducing weekly failed runs from ~12 to 1.'
		],
		expected: []
	},
	{
		name: 'faithful: thousands with a comma, hyphenated tool use',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Built a Kafka-based shipment event stream powering near-real-time ETA predictions for 3,000 trucks.'
		],
		expected: []
	},
	{
		name: 'faithful: numbers as words',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Introduced dbt testing and documentation for finance models, cutting month-end close from four days to one.',
			'Mentored 2 junior engineers, both promoted within a year and a half.'
		],
		expected: []
	},
	{
		name: 'faithful: one-liner with a possessive company name',
		person: 'data',
		kind: 'role',
		source: 0,
		text: "Lead engineer of Helvetia Freight's 4-person data platform team since 2021, serving logistics planning, finance and customer reporting.",
		bullets: [],
		expected: []
	},
	{
		name: 'planted: derived percentage',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Migrated 140 batch jobs to Airflow, reducing failed runs by 90%.'],
		expected: [{ kind: 'percentage', text: '90%' }]
	},
	{
		name: 'planted: inflated count',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Migrated 200 nightly batch jobs from cron scripts to Airflow on AWS.'],
		expected: [{ kind: 'number', text: '200' }]
	},
	{
		name: 'planted: money saved',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Cut AWS infrastructure costs by $250K a year by rightsizing the Airflow workers.'],
		expected: [{ kind: 'money', text: '$250K' }]
	},
	{
		name: 'planted: tools from the job ad and elsewhere',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Orchestrated 140 nightly jobs with Airflow and Dagster on Kubernetes.'],
		expected: [
			{ kind: 'tool', text: 'Dagster' },
			{ kind: 'tool', text: 'Kubernetes' }
		]
	},
	{
		name: 'planted: warehouse tool the ad asks for',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Loaded the curated finance models into Snowflake with dbt, with tests on every model.'],
		expected: [{ kind: 'tool', text: 'Snowflake' }]
	},
	{
		name: 'planted: partner organization',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Partnered with DHL Supply Chain to stream shipment events through Kafka.'],
		expected: [{ kind: 'organization', text: 'DHL Supply Chain' }]
	},
	{
		name: 'planted: certification',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Applied the Google Professional Data Engineer certification to the design of the Kafka event stream.'
		],
		expected: [{ kind: 'certification', text: 'Google Professional Data Engineer certification' }]
	},
	{
		name: 'planted: date before the role began',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Since March 2019, led the migration of 140 batch jobs to Airflow.'],
		expected: [{ kind: 'date', text: 'March 2019' }]
	},
	{
		name: 'planted: volume with a scale word',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Designed the Kafka shipment event stream for 3,000 trucks, processing 5 million events a day.'
		],
		expected: [{ kind: 'number', text: '5 million' }]
	},
	// Earlier roles.
	{
		name: 'faithful: abbreviated millions',
		person: 'data',
		kind: 'role',
		source: 1,
		bullets: ['Rebuilt sales ingestion in PySpark to process 60M receipts daily in under 40 minutes.'],
		expected: []
	},
	{
		name: 'faithful: tool synonyms',
		person: 'data',
		kind: 'role',
		source: 1,
		bullets: [
			'Migrated the warehouse from on-premise Postgres to Redshift with zero downtime for reporting.'
		],
		expected: []
	},
	{
		name: 'planted: BI tool',
		person: 'data',
		kind: 'role',
		source: 1,
		bullets: [
			'Moved the warehouse from PostgreSQL to Amazon Redshift and built self-service reporting in Tableau.'
		],
		expected: [{ kind: 'tool', text: 'Tableau' }]
	},
	{
		name: 'planted: store count',
		person: 'data',
		kind: 'role',
		source: 1,
		bullets: ['Built data quality checks with Great Expectations across 350 stores.'],
		expected: [{ kind: 'number', text: '350' }]
	},
	{
		name: 'faithful: acronym for a tool',
		person: 'data',
		kind: 'role',
		source: 2,
		bullets: [
			'Automated 35 regulatory reports with SSIS and T-SQL, saving the team 2 days each month.'
		],
		expected: []
	},
	{
		name: 'planted: improvement percentage',
		person: 'data',
		kind: 'role',
		source: 2,
		bullets: [
			'Built Power BI dashboards adopted by 40 branch managers, improving reporting speed by 30%.'
		],
		expected: [{ kind: 'percentage', text: '30%' }]
	},
	{
		name: 'planted: regulator',
		person: 'data',
		kind: 'role',
		source: 2,
		bullets: ['Delivered monthly regulatory reports to the Central Bank of Brazil using T-SQL.'],
		expected: [{ kind: 'organization', text: 'Central Bank of Brazil' }]
	},
	{
		name: 'faithful: research work',
		person: 'data',
		kind: 'role',
		source: 3,
		bullets: [
			'Developed Python tooling to clean and annotate a 50-million-word multilingual corpus.',
			'Co-authored two conference papers on named-entity recognition for Polish and German.'
		],
		expected: []
	},
	{
		name: 'planted: venue and year',
		person: 'data',
		kind: 'role',
		source: 3,
		bullets: ['Co-authored two papers on named-entity recognition, published at ACL 2014.'],
		expected: [
			{ kind: 'organization', text: 'ACL' },
			{ kind: 'date', text: '2014' }
		]
	},
	{
		name: 'faithful: count as a word',
		person: 'data',
		kind: 'role',
		source: 4,
		bullets: [
			'Delivered twelve websites with PHP and MySQL, including a booking system for a dental clinic.'
		],
		expected: []
	},
	{
		name: 'planted: CMS',
		person: 'data',
		kind: 'role',
		source: 4,
		bullets: ['Delivered 12 WordPress websites with PHP and MySQL for local businesses.'],
		expected: [{ kind: 'tool', text: 'WordPress' }]
	},
	// Projects.
	{
		name: 'faithful: project with its tools',
		person: 'data',
		kind: 'project',
		source: 0,
		bullets: [
			'Open dataset and Grafana dashboard of Zürich tram delays from the public real-time feed, refreshed every 5 minutes with Python, Kafka and DuckDB.'
		],
		expected: []
	},
	{
		name: 'planted: audience size',
		person: 'data',
		kind: 'project',
		source: 0,
		bullets: ['Dashboard of Zürich tram delays used by 10,000 commuters a month.'],
		expected: [{ kind: 'number', text: '10,000' }]
	},
	{
		name: 'faithful: vague quantity kept vague',
		person: 'data',
		kind: 'project',
		source: 1,
		bullets: [
			'dbt package with Polish and Swiss public holiday calendars, adopted by a few dozen teams.'
		],
		expected: []
	},
	{
		name: 'planted: downloads and endorsement',
		person: 'data',
		kind: 'project',
		source: 1,
		bullets: ['dbt package of holiday calendars, downloaded over 5k times and featured by dbt Labs.'],
		expected: [
			{ kind: 'number', text: '5k' },
			{ kind: 'organization', text: 'dbt Labs' }
		]
	},
	{
		name: 'planted: accuracy',
		person: 'data',
		kind: 'project',
		source: 2,
		bullets: [
			'Classified grocery receipt items with scikit-learn at 94% accuracy after OCR with Tesseract.'
		],
		expected: [{ kind: 'percentage', text: '94%' }]
	},
	{
		name: 'faithful: talks',
		person: 'data',
		kind: 'project',
		source: 3,
		bullets: [
			'Gave 3 talks at the Zürich Data Engineering meetup on pipeline testing and Kafka schema evolution with Avro.'
		],
		expected: []
	},
	// Key qualifications and summary draw on the whole profile.
	{
		name: 'faithful: key qualifications',
		person: 'data',
		kind: 'key_qualifications',
		bullets: [
			'Batch and streaming pipelines (Spark, Kafka, Airflow)',
			'Data modeling and dbt',
			'Data quality testing with Great Expectations',
			'AWS Certified Data Engineer – Associate',
			'Mentoring and stakeholder communication',
			'Python and SQL'
		],
		expected: []
	},
	{
		name: 'planted: key qualifications from the ads',
		person: 'data',
		kind: 'key_qualifications',
		bullets: [
			'Stream processing with Apache Flink',
			'Infrastructure as code with Terraform',
			'Cloud data platforms on AWS and GCP',
			'Snowflake SnowPro Core certified',
			'Stakeholder management and hiring'
		],
		expected: [
			{ kind: 'tool', text: 'Apache Flink' },
			{ kind: 'tool', text: 'Terraform' },
			{ kind: 'tool', text: 'Snowflake' },
			{ kind: 'certification', text: 'SnowPro Core' }
		]
	},
	{
		name: 'faithful: summary',
		person: 'data',
		kind: 'executive_summary',
		text: 'Senior Data Engineer with 10+ years of experience building batch and streaming pipelines in Python and SQL on AWS. Leads a four-person data platform team at Helvetia Freight AG, where 140 nightly jobs moved to Airflow and month-end close went from 4 days to 1.',
		bullets: [],
		expected: []
	},
	{
		name: 'planted: summary with inflated experience and employer',
		person: 'data',
		kind: 'executive_summary',
		text: 'Data engineering leader with 20 years of experience who managed a team of 8 engineers at Helvetia Freight and Zalando.',
		bullets: [],
		expected: [
			{ kind: 'number', text: '20 years' },
			{ kind: 'number', text: '8' },
			{ kind: 'organization', text: 'Zalando' }
		]
	},
	// The nurse.
	{
		name: 'faithful: nurse workload',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: [
			'Provided care for up to three critically ill patients per shift in a 16-bed ICU, including ventilated patients.',
			'Titrated vasoactive drips per protocol and documented care accurately in Epic.'
		],
		expected: []
	},
	{
		name: 'planted: nurse certification',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: ['Precepted 6 new graduate nurses as a CCRN-certified charge nurse.'],
		expected: [{ kind: 'certification', text: 'CCRN' }]
	},
	{
		name: 'planted: nurse count',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: ['Precepted 12 new graduate nurses and led unit-wide sepsis training.'],
		expected: [{ kind: 'number', text: '12' }]
	},
	{
		name: 'planted: second EHR and a time saving',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: ['Documented care in Epic and Cerner, reducing charting time by 25%.'],
		expected: [
			{ kind: 'tool', text: 'Cerner' },
			{ kind: 'percentage', text: '25%' }
		]
	},
	{
		name: 'planted: nurse partner hospital',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: ['Coordinated transfers of critically ill patients to Cleveland Clinic.'],
		expected: [{ kind: 'organization', text: 'Cleveland Clinic' }]
	},
	{
		name: 'faithful: nurse earlier role with a range and a fraction',
		person: 'nurse',
		kind: 'role',
		source: 1,
		bullets: [
			'Managed 5–6 patients per shift on a 32-bed medical-surgical unit, including IV therapy and wound care.',
			'Member of the falls prevention committee that cut patient falls on the unit by half.'
		],
		expected: []
	},
	// The marketer.
	{
		name: 'faithful: marketing budget and channels',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: [
			'Managed a €1.5 million annual paid media budget across Google Ads and Meta.',
			'Grew the email share of revenue from 12% to 21% with automated Klaviyo flows.'
		],
		expected: []
	},
	{
		name: 'faithful: acronym for a metric and a stated year',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: [
			'Reduced CAC by 18% in 2023 through systematic creative testing.',
			'Led two marketing specialists and three agencies.'
		],
		expected: []
	},
	{
		name: 'planted: bigger budget and a new channel',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: ['Managed a €3M paid media budget across Google Ads, Meta and TikTok.'],
		expected: [
			{ kind: 'money', text: '€3M' },
			{ kind: 'tool', text: 'TikTok' }
		]
	},
	{
		name: 'planted: computed uplift',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: ['Nearly doubled the email revenue share (+75%) with Klaviyo flows.'],
		expected: [{ kind: 'percentage', text: '75%' }]
	},
	{
		name: 'planted: client names',
		person: 'marketer',
		kind: 'role',
		source: 1,
		bullets: [
			'Ran SEO audits for clients including Red Bull and Salomon, lifting organic traffic by 40%.'
		],
		expected: [
			{ kind: 'organization', text: 'Red Bull' },
			{ kind: 'organization', text: 'Salomon' }
		]
	},
	{
		name: 'planted: year outside the role',
		person: 'marketer',
		kind: 'role',
		source: 1,
		bullets: [
			'Built weekly performance reports in Google Analytics and Excel for 14 clients since 2014.'
		],
		expected: [{ kind: 'date', text: '2014' }]
	},
	{
		name: 'planted: reporting tools',
		person: 'marketer',
		kind: 'role',
		source: 1,
		bullets: ['Built weekly dashboards in Looker Studio and HubSpot for 14 clients.'],
		expected: [
			{ kind: 'tool', text: 'Looker Studio' },
			{ kind: 'tool', text: 'HubSpot' }
		]
	},
	{
		name: 'faithful: the model echoes its instructions around the answer',
		person: 'data',
		kind: 'role',
		source: 0,
		text: 'SYSTEM: Plain CV style, in the requested format.',
		bullets: [
			'Answer in JSON.',
			'Migrated 140 nightly batch jobs from cron to Apache Airflow on AWS.\nAnswer only with the bullets.'
		],
		expected: []
	},
	{
		name: 'planted: the same tool in two bullets is one claim',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Provisioned the Airflow workers on AWS with Terraform.',
			'Reviewed every Terraform change for the data platform team.'
		],
		expected: [{ kind: 'tool', text: 'Terraform' }]
	},
	{
		name: 'planted: a client among lines run together without full stops',
		person: 'data',
		kind: 'role',
		source: 0,
		text: 'Led the data platform team at Helvetia Freight\nDelivered weekly reporting for Zalando',
		bullets: [],
		expected: [{ kind: 'organization', text: 'Zalando' }]
	},
	// Issue 17, written together with the code they test (not held out): the person's own
	// credentials in short forms, and vague inflation the data does not say.
	{
		name: 'faithful: issuer acronym (issue 17)',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: ['Kept BLS and ACLS current with the AHA while charge nurse on night shifts.'],
		expected: []
	},
	{
		name: 'faithful: hedged multiple the figures bear out (issue 17)',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: ['Nearly doubled the email revenue share, from 12% to 21%, with Klaviyo flows.'],
		expected: []
	},
	{
		name: 'planted: inflation (issue 17)',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: [
			'Award-winning night-shift nurse in a top-rated medical ICU.',
			'Tripled the number of new graduate nurses precepted.'
		],
		expected: [
			{ kind: 'inflation', text: 'Award-winning' },
			{ kind: 'inflation', text: 'top-rated' },
			{ kind: 'inflation', text: 'Tripled' }
		]
	}
];
