import { emptyStructuredCv } from './structured-cv';
import { SESSION_SCHEMA_VERSION, SessionSchema, type Session } from './session';
import { newId } from './ids';
import type { Job } from './job';
import type { Profile } from './profile';

/**
 * A realistic profile (5 roles, 4 side projects) and job (main ad plus 3 similar ones) that a
 * new user can load with one click to see what the app does, and that benchmarks run through.
 */
export function exampleProfile(): Profile {
	return {
		header: {
			name: 'Zoë Łukasiewicz-Müller',
			headline: 'Senior Data Engineer',
			email: 'zoe.lukasiewicz@example.com',
			phone: '+41 44 555 01 23',
			location: 'Zürich, Switzerland',
			countryCode: 'CH',
			links: [
				{
					label: 'LinkedIn',
					url: 'https://www.linkedin.com/in/zoe-lukasiewicz-example',
					username: 'zoe-lukasiewicz-example'
				},
				{ label: 'GitHub', url: 'https://github.com/zoe-lm-example', username: 'zoe-lm-example' }
			]
		},
		talents:
			'I turn messy operational data into pipelines people trust. Strong in Python and SQL, batch and streaming (Spark, Kafka), and cloud data platforms (AWS, some GCP). I like data modelling, testing data (dbt tests, Great Expectations) and making on-call quiet. I mentor juniors and write the documentation nobody else wants to write. I explain trade-offs to non-technical stakeholders in plain words.',
		roles: [
			{
				id: newId(),
				organization: 'Helvetia Freight AG',
				title: 'Senior Data Engineer',
				location: 'Zürich, Switzerland',
				start: '2021-04',
				end: '',
				current: true,
				description:
					'Lead engineer of a four-person data platform team serving logistics planning, finance and customer reporting.',
				accomplishments: [
					'Migrated 140 nightly batch jobs from cron scripts to Airflow on AWS, cutting failed runs from about 12 a week to 1.',
					'Designed the shipment event stream on Kafka that feeds near-real-time ETA predictions for 3,000 trucks.',
					'Introduced dbt with tests and documentation for the finance models; month-end close reports went from 4 days to 1.',
					'Mentored two junior engineers, both promoted within 18 months.'
				]
			},
			{
				id: newId(),
				organization: 'Łódź Retail Analytics Sp. z o.o.',
				title: 'Data Engineer',
				location: 'Łódź, Poland',
				start: '2018-02',
				end: '2021-03',
				current: false,
				description:
					'Built and ran the data warehouse for a chain of 220 grocery stores: sales, stock and loyalty-card data.',
				accomplishments: [
					'Rebuilt the sales ingestion in PySpark, processing 60 million receipts a day in under 40 minutes.',
					'Moved the warehouse from on-premise PostgreSQL to Amazon Redshift with zero downtime for the reporting team.',
					'Wrote data quality checks with Great Expectations that caught a pricing bug before it reached 220 stores.'
				]
			},
			{
				id: newId(),
				organization: 'Banco Paulista de Investimentos',
				title: 'Business Intelligence Developer',
				location: 'São Paulo, Brazil',
				start: '2015-09',
				end: '2018-01',
				current: false,
				description: 'Reporting and ETL for the retail banking division.',
				accomplishments: [
					'Automated 35 regulatory reports with SQL Server Integration Services and T-SQL, saving the team two days a month.',
					'Built Power BI dashboards used weekly by 40 branch managers.'
				]
			},
			{
				id: newId(),
				organization: 'Universität Zürich',
				title: 'Research Assistant',
				location: 'Zürich, Switzerland',
				start: '2013-09',
				end: '2015-08',
				current: false,
				description: 'Data processing for a computational linguistics research group.',
				accomplishments: [
					'Wrote Python tooling to clean and annotate a 50-million-word multilingual corpus.',
					'Co-authored two conference papers on named-entity recognition for Polish and German.'
				]
			},
			{
				id: newId(),
				organization: 'Freelance',
				title: 'Web Developer',
				location: 'Remote',
				start: '2011-06',
				end: '2013-08',
				current: false,
				description: 'Small websites and databases for local businesses while studying.',
				accomplishments: [
					'Delivered 12 websites with PHP and MySQL, including a booking system for a dental clinic.'
				]
			}
		],
		projects: [
			{
				id: newId(),
				name: 'tram-delays',
				description:
					'Open dataset and dashboard of Zürich tram delays, built from the public real-time feed; updated every 5 minutes.',
				tools: ['Python', 'Kafka', 'DuckDB', 'Grafana'],
				link: 'https://github.com/zoe-lm-example/tram-delays'
			},
			{
				id: newId(),
				name: 'dbt-polish-holidays',
				description:
					'A dbt package with Polish and Swiss public holiday calendars, used by a few dozen teams.',
				tools: ['dbt', 'SQL', 'Jinja'],
				link: 'https://github.com/zoe-lm-example/dbt-polish-holidays'
			},
			{
				id: newId(),
				name: 'Receipt OCR experiment',
				description:
					'Weekend project reading grocery receipts with Tesseract and classifying items into categories.',
				tools: ['Python', 'Tesseract', 'scikit-learn'],
				link: ''
			},
			{
				id: newId(),
				name: 'Data engineering meetup talks',
				description:
					'Gave three talks at the Zürich Data Engineering meetup on testing pipelines and on Kafka schema evolution.',
				tools: ['Kafka', 'Avro', 'Great Expectations'],
				link: ''
			}
		],
		education: [
			{
				id: newId(),
				institution: 'Universität Zürich',
				degree: 'MSc',
				field: 'Computational Linguistics',
				location: 'Zürich, Switzerland',
				start: '2013-09',
				end: '2015-08',
				details: ''
			},
			{
				id: newId(),
				institution: 'Politechnika Łódzka',
				degree: 'BSc',
				field: 'Computer Science',
				location: 'Łódź, Poland',
				start: '2009-10',
				end: '2013-06',
				details: ''
			}
		],
		certifications: [
			{
				id: newId(),
				name: 'AWS Certified Data Engineer – Associate',
				issuer: 'Amazon Web Services',
				date: '2024-05',
				url: ''
			},
			{
				id: newId(),
				name: 'dbt Analytics Engineering Certification',
				issuer: 'dbt Labs',
				date: '2023-02',
				url: ''
			}
		],
		languages: [
			{ id: newId(), language: 'Polish', fluency: 'Native' },
			{ id: newId(), language: 'German', fluency: 'Fluent (C1)' },
			{ id: newId(), language: 'English', fluency: 'Fluent (C2)' },
			{ id: newId(), language: 'Portuguese', fluency: 'Intermediate (B1)' }
		],
		// In the person's own order; the CV puts the ones a job asks for first.
		skills: [
			{ id: newId(), name: 'Python', level: 'Expert', keywords: ['PySpark', 'scikit-learn'] },
			{
				id: newId(),
				name: 'SQL',
				level: 'Expert',
				keywords: ['PostgreSQL', 'Amazon Redshift', 'T-SQL']
			},
			{
				id: newId(),
				name: 'Data pipelines',
				level: 'Advanced',
				keywords: ['Kafka', 'Airflow', 'dbt', 'Great Expectations']
			},
			{ id: newId(), name: 'Cloud', level: 'Advanced', keywords: ['AWS', 'GCP'] }
		]
	};
}

export function exampleJob(): Job {
	return {
		company: 'Acme Mobility',
		title: 'Lead Data Engineer',
		description: `Acme Mobility runs ride-sharing and scooter rental in 14 European cities. We are looking for a Lead Data Engineer to lead our data platform team (5 engineers).

What you will do
- Own the architecture of our data platform: batch and streaming pipelines on AWS (Kafka/MSK, Spark, Airflow, Snowflake).
- Lead, mentor and hire data engineers; set standards for code review, testing and on-call.
- Work with product, finance and operations to turn raw trip and vehicle telemetry into trusted data products.
- Drive data quality: contracts, tests (dbt, Great Expectations), monitoring and incident response.
- Keep cloud costs under control.

What you bring
- 6+ years building production data pipelines in Python and SQL.
- Hands-on experience with Kafka and Spark, and an orchestrator such as Airflow or Dagster.
- Data modelling for analytics (dimensional modelling, dbt).
- Experience leading or mentoring engineers.
- Clear communication in English; German is a plus.`,
		similarDescriptions: [
			`Senior Data Engineer, logistics scale-up (Berlin). Build streaming pipelines with Kafka and Flink, batch jobs in Spark, orchestrated with Airflow. Strong Python and SQL. dbt and Snowflake experience welcome. You will mentor mid-level engineers and own data quality for the operations team.`,
			`Staff Data Engineer, fintech (Zürich). Design the lakehouse on AWS (S3, Glue, Redshift), lead migration from legacy ETL, establish data contracts and testing. Experience with regulated reporting is a plus. Python, SQL, Terraform. German or English.`,
			`Data Platform Lead, e-commerce (remote, EU). Lead a team of 4, run Airflow and dbt on GCP/BigQuery, streaming with Kafka. Hiring, mentoring, roadmap, stakeholder management. Cost optimisation of the cloud data stack.`
		]
	};
}

export function exampleSession(now: number): Session {
	return SessionSchema.parse({
		schemaVersion: SESSION_SCHEMA_VERSION,
		id: newId(),
		name: 'Lead Data Engineer – Acme Mobility',
		createdAt: now,
		updatedAt: now,
		profile: exampleProfile(),
		job: exampleJob(),
		cv: emptyStructuredCv()
	});
}
