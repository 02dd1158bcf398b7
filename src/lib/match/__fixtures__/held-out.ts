import type { GuardCase } from './guard-cases';
import type { MarkedJobAd } from './job-ads';

/**
 * Written after the vocabulary and the guard were done, and never tuned against: these show how
 * the matcher and guard do on text they were not shaped by. The benchmark reports them apart.
 */
export const HELD_OUT_JOB_ADS: MarkedJobAd[] = [
	{
		name: 'held-out: UX designer (design)',
		text: `Senior Product Designer (UX/UI)

Join our design team building a banking app used by 2 million people.

You will
- Lead end-to-end design for our savings and investing features, from research to polished UI.
- Plan and run user research and usability tests; turn insights into journeys and wireframes.
- Build high-fidelity prototypes in Figma and contribute to our design system.
- Partner with product managers and engineers in an agile team.

You have
- 5+ years in product design for web and mobile apps.
- A portfolio showing interaction design and visual design skills.
- Experience with accessibility standards (WCAG 2.1).
- Comfort presenting work to stakeholders.`,
		keyTerms: [
			'UX design|user experience',
			'UI design',
			'product design',
			'user research',
			'usability testing|usability tests',
			'user journeys|journeys',
			'wireframing|wireframes',
			'prototyping|prototypes',
			'Figma',
			'design systems|design system',
			'agile',
			'mobile apps|mobile',
			'interaction design',
			'visual design',
			'accessibility',
			'WCAG',
			'portfolio',
			'stakeholder management|stakeholders',
			'presentation skills|presenting'
		]
	},
	{
		name: 'held-out: account executive (sales)',
		text: `Account Executive – Mid-Market (SaaS)

We sell HR software to companies with 200–2,000 employees.

Responsibilities
• Own the full sales cycle from prospecting to closing for mid-market accounts in the DACH region.
• Build pipeline through outbound prospecting, events and partner referrals.
• Run discovery calls and tailored product demos.
• Negotiate contracts and close new business against a quarterly quota.
• Keep Salesforce up to date and forecast accurately.

Requirements
• 3+ years of B2B SaaS sales experience, ideally selling to HR or finance buyers.
• Proven track record of exceeding quota.
• Experience with MEDDIC or a similar sales methodology.
• Excellent negotiation and presentation skills.
• Fluent German and English.`,
		keyTerms: [
			'B2B SaaS|SaaS',
			'B2B',
			'full sales cycle|sales cycle',
			'prospecting|outbound prospecting',
			'pipeline generation|pipeline',
			'discovery calls|discovery',
			'product demos|demos',
			'negotiation',
			'closing',
			'quota',
			'Salesforce',
			'forecasting|forecast',
			'MEDDIC',
			'sales methodology',
			'presentation skills',
			'German',
			'English',
			'account management|mid-market accounts'
		]
	}
];

export const HELD_OUT_GUARD_CASES: GuardCase[] = [
	{
		name: 'held-out faithful: ETA stream reworded',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: [
			'Built the Kafka shipment event stream behind near real-time ETA predictions for a fleet of 3000 trucks.'
		],
		expected: []
	},
	{
		name: 'held-out planted: headcount and cloud',
		person: 'data',
		kind: 'role',
		source: 0,
		bullets: ['Led a 6-person data platform team migrating batch jobs from AWS to Azure.'],
		expected: [
			{ kind: 'number', text: '6' },
			{ kind: 'tool', text: 'Azure' }
		]
	},
	{
		name: 'held-out planted: savings and client',
		person: 'data',
		kind: 'role',
		source: 2,
		bullets: [
			'Automated 35 regulatory reports for Itaú Unibanco, saving BRL 400,000 per year.'
		],
		expected: [
			{ kind: 'organization', text: 'Itaú Unibanco' },
			{ kind: 'money', text: 'BRL 400,000' }
		]
	},
	{
		name: 'held-out faithful: marketer agencies',
		person: 'marketer',
		kind: 'role',
		source: 0,
		bullets: [
			'Managed three agencies and two marketing specialists while owning a €1.5M paid media budget on Google Ads and Meta.'
		],
		expected: []
	},
	{
		name: 'held-out planted: marketer award and date',
		person: 'marketer',
		kind: 'role',
		source: 1,
		bullets: [
			'Won the Swiss Digital Award in June 2018 for SEO work that lifted organic traffic by 40%.'
		],
		expected: [
			{ kind: 'organization', text: 'Swiss Digital Award' },
			{ kind: 'date', text: 'June 2018' }
		]
	},
	{
		name: 'held-out faithful: nurse preceptor',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: [
			'Precepted six new graduate nurses through ICU orientation and served as charge nurse two nights a week.'
		],
		expected: []
	},
	{
		name: 'held-out planted: nurse ratio and certification',
		person: 'nurse',
		kind: 'role',
		source: 0,
		bullets: [
			'Cared for up to 4 critically ill patients per shift; PALS certified and trained in ECMO.'
		],
		expected: [
			{ kind: 'number', text: '4' },
			{ kind: 'certification', text: 'PALS' }
		]
	},
	{
		name: 'held-out planted: project users',
		person: 'data',
		kind: 'project',
		source: 0,
		bullets: [
			'Tram delay dashboard in Grafana, featured by NZZ and refreshed every 5 minutes from the live feed.'
		],
		expected: [{ kind: 'organization', text: 'NZZ' }]
	}
];
