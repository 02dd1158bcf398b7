import {
	emptyStructuredCv,
	exampleSession,
	SessionSchema,
	type CvItem,
	type ItemContent,
	type ItemStatus,
	type Session
} from '../../domain';

/**
 * Sessions with tailored CV items, as the pipeline leaves them after the user reviewed them.
 * Used by the export tests, the end-to-end export spec and the export benchmark.
 */
function item(
	kind: CvItem['kind'],
	sourceId: string,
	content: Partial<ItemContent>,
	status: ItemStatus = 'accepted'
): CvItem {
	return {
		id: `${kind}-${sourceId || 'single'}`,
		kind,
		sourceId,
		status,
		content: { text: content.text ?? '', bullets: content.bullets ?? [] },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [],
		updatedAt: 0
	};
}

function withItems(session: Session, items: CvItem[]): Session {
	const cv = emptyStructuredCv();
	const sectionOf: Record<CvItem['kind'], string> = {
		key_qualifications: 'key_qualifications',
		role: 'experience',
		project: 'projects',
		executive_summary: 'executive_summary',
		cover_letter: 'cover_letter'
	};
	for (const entry of items) {
		cv.sections.find((section) => section.kind === sectionOf[entry.kind])?.items.push(entry);
	}
	return SessionSchema.parse({ ...session, cv });
}

const EXAMPLE_ROLE_BULLETS: string[][] = [
	[
		'Led a four-person data platform team; set code review, testing and on-call standards that cut failed nightly runs from about 12 a week to 1.',
		'Designed the Kafka shipment event stream behind near-real-time ETA predictions for 3,000 trucks.',
		'Moved a naïve cron-based scheduler to Airflow on AWS, saving roughly €40,000 a year in rework — and a lot of weekend pages.',
		'Introduced dbt tests and documentation for finance models: month-end close went from 4 days to 1.',
		'Mentored two junior engineers, both promoted within 18 months.'
	],
	[
		'Rebuilt sales ingestion in PySpark: 60 million receipts a day processed in under 40 minutes.',
		'Migrated the warehouse from PostgreSQL to Amazon Redshift with zero downtime for reporting.',
		'Added Great Expectations data-quality checks that stopped a pricing bug before it reached 220 stores.'
	],
	[
		'Automated 35 regulatory reports with SSIS and T-SQL, saving the team two days a month.',
		'Built Power BI dashboards used weekly by 40 branch managers.'
	],
	[
		'Built Python tooling to clean and annotate a 50-million-word multilingual corpus.',
		'Co-authored two conference papers on named-entity recognition for Polish and German.'
	],
	['Delivered 12 PHP/MySQL websites, including a booking system for a dental clinic.']
];

/** The example session with every item accepted: summary, key qualifications, roles, projects. */
export function tailoredExampleSession(now: number): Session {
	const session = exampleSession(now);
	const { roles, projects } = session.profile;
	return withItems(session, [
		item('executive_summary', '', {
			text: 'Data engineer with 10+ years across logistics, retail and banking in Zürich, Łódź and São Paulo. Leads small platform teams, builds batch and streaming pipelines on AWS (Kafka, Spark, Airflow, dbt) and makes on-call quiet.'
		}),
		item('key_qualifications', '', {
			bullets: [
				'Streaming and batch pipelines: Kafka, Spark, Airflow',
				'Data modelling and testing with dbt and Great Expectations',
				'AWS data platforms: Redshift, S3, MSK',
				'Leading and mentoring data engineers',
				'Clear communication in English, German and Polish'
			]
		}),
		...roles.map((role, index) =>
			item('role', role.id, { bullets: EXAMPLE_ROLE_BULLETS[index] ?? role.accomplishments })
		),
		...projects.map((project) =>
			item('project', project.id, { text: project.description })
		)
	]);
}

const COMPANIES = [
	'Nordwind Logistics',
	'Ørsted Data Services',
	'Kraków Analytics',
	'Société Générale Tech',
	'Müller & Söhne GmbH',
	'Lisboa Fintech',
	'Zürcher Kantonalbank',
	'Île-de-France Mobilités',
	'Göteborg Energi',
	'Poznań Software House',
	'São Paulo Pagamentos',
	'Málaga Cloud Labs'
];
const TITLES = [
	'Principal Data Engineer',
	'Staff Data Engineer',
	'Senior Data Engineer',
	'Data Engineering Lead',
	'Analytics Engineer',
	'Data Engineer'
];
const PLACES = ['Zürich, Switzerland', 'Łódź, Poland', 'São Paulo, Brazil', 'Berlin, Germany', 'Remote'];
const BULLET_TEMPLATES = [
	'Designed and ran the {tool} pipelines behind {team} reporting, processing {n} million events a day with an on-call load of under one page a week.',
	'Led the migration of {n} legacy jobs to {tool}, cutting infrastructure costs by €{n},000 a year — without a single missed report.',
	'Replaced a naïve nightly export with incremental loads in {tool}; data now lands in {n} minutes instead of six hours.',
	'Mentored {n} engineers and introduced code review, testing and documentation standards the team still uses.',
	'Worked with {team} stakeholders to define data contracts and tests, catching {n} bad releases before they reached dashboards.'
];
const TOOLS = ['Kafka', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'Flink', 'BigQuery', 'Dagster'];
const TEAMS = ['finance', 'operations', 'product', 'logistics', 'marketing'];

function fill(text: string, seed: number): string {
	return text
		.replace('{tool}', TOOLS[seed % TOOLS.length]!)
		.replace('{team}', TEAMS[seed % TEAMS.length]!)
		.replaceAll('{n}', String(3 + ((seed * 7) % 40)));
}

/**
 * A long career: 12 roles (4–5 accepted bullets each), 8 projects, all sections filled; about
 * three A4 pages in the classic template. Deterministic, so page counts can be asserted.
 */
export function longTailoredSession(now: number): Session {
	const base = exampleSession(now);
	const roles = COMPANIES.map((organization, index) => {
		const startYear = 2024 - (index + 1) * 2;
		return {
			id: `long-role-${index + 1}`,
			organization,
			title: TITLES[index % TITLES.length]!,
			location: PLACES[index % PLACES.length]!,
			start: `${startYear}-${String((index % 12) + 1).padStart(2, '0')}`,
			end: index === 0 ? '' : `${startYear + 2}-${String(((index + 5) % 12) + 1).padStart(2, '0')}`,
			current: index === 0,
			description: `Data work for ${organization}, mostly for its ${TEAMS[index % TEAMS.length]} teams.`,
			accomplishments: BULLET_TEMPLATES.slice(0, 3).map((text, bullet) => fill(text, index + bullet))
		};
	});
	const projects = Array.from({ length: 8 }, (_, index) => ({
		id: `long-project-${index + 1}`,
		name: `open-source-project-${index + 1}`,
		description: `A ${TOOLS[index % TOOLS.length]} toolkit for ${TEAMS[index % TEAMS.length]} teams, used in production by a few dozen companies across Europe and Brazil.`,
		tools: [TOOLS[index % TOOLS.length]!, TOOLS[(index + 3) % TOOLS.length]!, 'Python'],
		link: `https://github.com/zoe-lm-example/project-${index + 1}`
	}));
	const session: Session = {
		...base,
		name: 'Long career – Acme Mobility',
		profile: { ...base.profile, roles, projects }
	};
	return withItems(session, [
		item('executive_summary', '', {
			text: 'Data engineering leader with more than twenty years of building pipelines people trust, from Łódź to Zürich and São Paulo. Hands-on with Kafka, Spark, Airflow and dbt; used to leading teams of five to ten and owning cloud costs.'
		}),
		item('key_qualifications', '', {
			bullets: [
				'Streaming and batch data platforms at scale',
				'Data modelling, contracts and testing',
				'Cloud cost control on AWS and GCP',
				'Hiring, mentoring and leading engineers',
				'Stakeholder communication in four languages',
				'Incident response and calm on-call'
			]
		}),
		...roles.map((role, index) =>
			item('role', role.id, {
				text: index % 3 === 0 ? `Owned the data platform of ${role.organization}.` : '',
				bullets: BULLET_TEMPLATES.slice(0, 4 + (index % 2)).map((text, bullet) => fill(text, index * 3 + bullet))
			})
		),
		...projects.map((project) => item('project', project.id, { text: project.description }))
	]);
}

/** Text fields full of injection attempts; each payload would set window.__pwned if it ran. */
export const HOSTILE_PAYLOADS = [
	'<script>window.__pwned = "script"</script>',
	'<img src=x onerror="window.__pwned = \'img\'">',
	'[click me](javascript:window.__pwned=\'link\')',
	'<a href="javascript:window.__pwned=\'anchor\'">anchor</a>',
	'<svg onload="window.__pwned=\'svg\'"></svg>',
	'![x](javascript:window.__pwned=\'image\')',
	'<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
	'<details open ontoggle="window.__pwned=\'details\'">'
];

export function hostileSession(now: number): Session {
	const base = tailoredExampleSession(now);
	const payload = (index: number) => HOSTILE_PAYLOADS[index % HOSTILE_PAYLOADS.length]!;
	let counter = 0;
	const next = () => payload(counter++);
	const profile = base.profile;
	const session: Session = {
		...base,
		profile: {
			...profile,
			header: {
				...profile.header,
				name: `Mallory ${next()}`,
				headline: next(),
				email: `javascript:window.__pwned='email'`,
				phone: next(),
				location: next(),
				links: [
					{ label: next(), url: "javascript:window.__pwned='header-link'" },
					{ label: 'data', url: 'data:text/html,<script>window.__pwned=1</script>' }
				]
			},
			roles: profile.roles.map((role) => ({
				...role,
				title: next(),
				organization: next(),
				location: next(),
				description: next(),
				accomplishments: [next(), next()]
			})),
			projects: profile.projects.map((project) => ({
				...project,
				name: next(),
				description: next(),
				tools: [next()],
				link: "javascript:window.__pwned='project'"
			})),
			education: profile.education.map((education) => ({
				...education,
				institution: next(),
				degree: next(),
				field: next(),
				details: next()
			})),
			certifications: profile.certifications.map((certification) => ({
				...certification,
				name: next(),
				issuer: next(),
				url: "javascript:window.__pwned='cert'"
			})),
			languages: profile.languages.map((language) => ({ ...language, language: next(), fluency: next() }))
		},
		job: { ...base.job, company: next(), title: next() }
	};
	const cv = structuredClone(session.cv);
	for (const section of cv.sections) {
		for (const cvItem of section.items) {
			cvItem.content = { text: next(), bullets: cvItem.content.bullets.map(() => next()) };
		}
	}
	return SessionSchema.parse({ ...session, cv });
}
