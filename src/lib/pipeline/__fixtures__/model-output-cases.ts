/**
 * What each captured model answer in ./model-outputs must read as. `json` cases check the raw
 * JSON extraction; `step` cases check the item content a step makes of the answer (after
 * post-processing), read the way named in `via`.
 */
import type { ItemContent, ItemKind } from '$lib/domain';

export type ModelOutputCase =
	| { file: string; json: unknown }
	| { file: string; jsonError: RegExp }
	| { file: string; step: ItemKind; via: 'json' | 'text'; content: ItemContent }
	| { file: string; step: ItemKind; via: 'json' | 'text'; error: RegExp };

export const MODEL_OUTPUT_CASES: ModelOutputCase[] = [
	{
		file: '01-think-then-json.txt',
		step: 'key_qualifications',
		via: 'json',
		content: {
			text: '',
			bullets: [
				'Streaming pipelines with Kafka and Spark',
				'Airflow orchestration on AWS',
				'Data quality testing with dbt and Great Expectations',
				'Mentoring data engineers'
			]
		}
	},
	{
		file: '02-fenced-json-with-prose.txt',
		step: 'role',
		via: 'json',
		content: {
			text: 'Led the data platform team behind logistics planning and finance reporting.',
			bullets: [
				'Migrated 140 nightly batch jobs from cron to Airflow on AWS, cutting failed runs from about 12 a week to 1.',
				'Designed the Kafka shipment event stream feeding near-real-time ETA predictions for 3,000 trucks.'
			]
		}
	},
	{
		file: '03-json-inside-prose.txt',
		json: {
			bullets: [
				'Built an open dataset and Grafana dashboard of Zürich tram delays from the real-time feed, refreshed every 5 minutes.',
				'Streamed the feed through Kafka into DuckDB.'
			]
		}
	},
	{ file: '04-truncated-json.txt', jsonError: /cut off/ },
	{ file: '04-truncated-json.txt', step: 'role', via: 'json', error: /cut off/ },
	{ file: '05-only-reasoning.txt', jsonError: /empty/ },
	{ file: '05-only-reasoning.txt', step: 'executive_summary', via: 'text', error: /no summary/ },
	{
		file: '06-numbered-list-with-preamble.txt',
		step: 'key_qualifications',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Batch and streaming pipelines (Spark, Kafka)',
				'Airflow orchestration on AWS',
				'Data modelling with dbt',
				'Data quality testing (Great Expectations)',
				'Mentoring and leading engineers'
			]
		}
	},
	{
		file: '07-mixed-bullet-markers.txt',
		step: 'role',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Migrated 140 nightly batch jobs to Airflow, cutting failed runs from about 12 a week to 1',
				'Introduced dbt tests and documentation; month-end close went from 4 days to 1',
				'Mentored two junior engineers, both promoted within 18 months',
				'Designed the Kafka shipment event stream for 3,000 trucks'
			]
		}
	},
	{
		file: '08-headings-and-commentary.txt',
		step: 'key_qualifications',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Python and SQL pipelines',
				'Kafka streaming',
				'Mentoring junior engineers',
				'Explaining trade-offs to stakeholders'
			]
		}
	},
	{
		file: '09-role-text-with-summary.txt',
		step: 'role',
		via: 'text',
		content: {
			text: 'Built and ran the warehouse for a 220-store grocery chain.',
			bullets: [
				'Rebuilt sales ingestion in PySpark: 60 million receipts a day in under 40 minutes.',
				'Moved the warehouse from PostgreSQL to Amazon Redshift with zero downtime.',
				'Added Great Expectations checks that caught a pricing bug before it reached 220 stores.'
			]
		}
	},
	{
		file: '10-wrapped-bullets.txt',
		step: 'project',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Automated 35 regulatory reports with SSIS and T-SQL, saving the team two days a month.',
				'Built Power BI dashboards used weekly by 40 branch managers.'
			]
		}
	},
	{ file: '11-unclosed-think.txt', jsonError: /empty/ },
	{ file: '11-unclosed-think.txt', step: 'role', via: 'text', error: /no bullets/ },
	{
		file: '12-pipe-separated.txt',
		step: 'key_qualifications',
		via: 'text',
		content: { text: '', bullets: ['Python', 'SQL', 'Kafka', 'Airflow', 'dbt'] }
	},
	{
		file: '13-summary-heading-quotes-count.txt',
		step: 'executive_summary',
		via: 'text',
		content: {
			text: 'Senior data engineer with ten years of turning messy operational data into pipelines people trust. Leads a four-person platform team on AWS with Kafka, Spark and Airflow, and mentors engineers who get promoted.',
			bullets: []
		}
	},
	{
		file: '14-harmony-channels.txt',
		step: 'executive_summary',
		via: 'json',
		content: {
			text: 'Data engineer who builds trusted batch and streaming pipelines on AWS and mentors the people who run them.',
			bullets: []
		}
	},
	{
		file: '15-braces-in-prose-then-json.txt',
		step: 'project',
		via: 'json',
		content: {
			text: '',
			bullets: [
				'Published a dbt package of Polish and Swiss public holiday calendars used by a few dozen teams.'
			]
		}
	},
	{
		file: '16-plain-lines-no-markers.txt',
		step: 'key_qualifications',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Streaming data pipelines',
				'Cloud data platforms on AWS',
				'Data quality and testing',
				'Mentoring and documentation'
			]
		}
	},
	{
		file: '17-fenced-bare-array.txt',
		step: 'key_qualifications',
		via: 'json',
		content: { text: '', bullets: ['Kafka', 'Spark', 'Airflow'] }
	},
	{
		file: '18-summary-preamble-and-note.txt',
		step: 'executive_summary',
		via: 'text',
		content: {
			text: 'Data engineer who turns messy operational data into pipelines people trust, from batch jobs on Airflow to Kafka event streams.',
			bullets: []
		}
	},
	{
		file: '19-think-then-fenced-list.txt',
		step: 'project',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Read grocery receipts with Tesseract OCR',
				'Classified receipt items into categories with scikit-learn'
			]
		}
	},
	{
		file: '20-duplicates-and-overlong.txt',
		step: 'role',
		via: 'text',
		content: {
			text: '',
			bullets: [
				'Migrated 140 nightly batch jobs from cron scripts to Airflow on AWS, cutting failed runs from about 12 a week to 1, which freed the on-call rotation',
				'Mentored two junior engineers'
			]
		}
	},
	{ file: '21-refusal.txt', step: 'role', via: 'text', error: /no bullets/ }
];
