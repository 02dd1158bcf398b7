import { describe, expect, it } from 'vitest';
import { exampleSession, type Session } from '$lib/domain';
import { classicTemplate, compactTemplate } from '$templates/index';
import { buildCvDocument, type CvEntry } from './cv-document';
import { tailoredExampleSession } from './__fixtures__/tailored-sessions';

function entries(session: Session, sectionId: string): CvEntry[] {
	const section = buildCvDocument(session, classicTemplate).sections.find(
		(candidate) => candidate.id === sectionId
	);
	return (section?.blocks ?? []).flatMap((block) => (block.kind === 'entry' ? [block.entry] : []));
}

function withItemStatus(session: Session, kind: string, change: Record<string, unknown>): Session {
	const copy = structuredClone(session);
	for (const section of copy.cv.sections) {
		for (const item of section.items) if (item.kind === kind) Object.assign(item, change);
	}
	return copy;
}

describe('buildCvDocument', () => {
	it('uses the accepted tailored bullets for a role', () => {
		const [first] = entries(tailoredExampleSession(0), 'experience');
		expect(first?.origin).toBe('tailored');
		expect(first?.bullets[2]).toContain('naïve cron-based scheduler');
		// The tailored item has no paragraph, so the profile's factual one-liner stays.
		expect(first?.paragraphs).toEqual([
			'Lead engineer of a four-person data platform team serving logistics planning, finance and customer reporting.'
		]);
		expect(first).toMatchObject({
			title: 'Senior Data Engineer',
			subtitle: 'Helvetia Freight AG, Zürich, Switzerland',
			dates: 'Apr 2021 – Present'
		});
	});

	it('exports the profile text, marked as draft, for a role that is not accepted yet', () => {
		const session = withItemStatus(tailoredExampleSession(0), 'role', { status: 'to_review' });
		const [first] = entries(session, 'experience');
		expect(first?.origin).toBe('draft');
		expect(first?.bullets[0]).toBe(
			'Migrated 140 nightly batch jobs from cron scripts to Airflow on AWS, cutting failed runs from about 12 a week to 1.'
		);
		const document = buildCvDocument(session, classicTemplate);
		expect(document.notices.join(' ')).toMatch(/5 entries are not accepted yet/);
	});

	it('uses the profile text, not as a draft, for an excluded item or a role without an item', () => {
		const excluded = withItemStatus(tailoredExampleSession(0), 'role', { excluded: true });
		expect(entries(excluded, 'experience').map((entry) => entry.origin)).toEqual(
			Array(5).fill('profile')
		);
		const untailored = entries(exampleSession(0), 'experience');
		expect(untailored.map((entry) => entry.origin)).toEqual(Array(5).fill('profile'));
		expect(untailored[4]?.bullets).toEqual([
			'Delivered 12 websites with PHP and MySQL, including a booking system for a dental clinic.'
		]);
	});

	it('shows the summary and key qualifications only once accepted', () => {
		const accepted = buildCvDocument(tailoredExampleSession(0), classicTemplate);
		expect(accepted.sections.map((section) => section.id)).toEqual([
			'executive_summary',
			'key_qualifications',
			'skills',
			'experience',
			'projects',
			'education',
			'certifications',
			'languages'
		]);
		const pending = withItemStatus(
			withItemStatus(tailoredExampleSession(0), 'executive_summary', { status: 'to_review' }),
			'key_qualifications',
			{ status: 'failed' }
		);
		const document = buildCvDocument(pending, classicTemplate);
		expect(document.sections.map((section) => section.id)).not.toContain('executive_summary');
		expect(document.sections.map((section) => section.id)).not.toContain('key_qualifications');
		expect(document.notices).toContain(
			'The summary is not accepted yet, so it is left out of the export.'
		);
	});

	it('takes static sections from the profile and follows the template’s headings', () => {
		const document = buildCvDocument(tailoredExampleSession(0), compactTemplate);
		expect(document.sections.map((section) => section.heading)).toEqual([
			'Summary',
			'Key Qualifications',
			'Skills',
			'Experience',
			'Projects',
			'Education',
			'Certifications',
			'Languages'
		]);
		const languages = document.sections.at(-1)?.blocks[0];
		expect(languages).toEqual({
			kind: 'paragraph',
			text: 'Polish: Native · German: Fluent (C1) · English: Fluent (C2) · Portuguese: Intermediate (B1)'
		});
		const education = entries(tailoredExampleSession(0), 'education')[1];
		expect(education).toMatchObject({
			title: 'BSc, Computer Science',
			subtitle: 'Politechnika Łódzka, Łódź, Poland',
			dates: 'Oct 2009 – Jun 2013'
		});
	});

	it('keeps only http(s) and mailto links clickable', () => {
		const session = structuredClone(exampleSession(0));
		session.profile.header.links = [
			{ label: 'x', url: 'javascript:alert(1)' },
			{ label: 'y', url: 'github.com/zoe' }
		];
		const { contacts } = buildCvDocument(session, classicTemplate).header;
		expect(contacts[0]).toEqual({
			text: 'zoe.lukasiewicz@example.com',
			href: 'mailto:zoe.lukasiewicz@example.com'
		});
		expect(contacts.at(-2)).toEqual({ text: 'javascript:alert(1)' });
		expect(contacts.at(-1)).toEqual({ text: 'github.com/zoe', href: 'https://github.com/zoe' });
	});

	it('sets the PDF title and author from the person and the job', () => {
		const document = buildCvDocument(exampleSession(0), classicTemplate);
		expect(document.title).toBe(
			'Zoë Łukasiewicz-Müller – CV – Lead Data Engineer at Acme Mobility'
		);
		expect(document.author).toBe('Zoë Łukasiewicz-Müller');
	});
});

describe('the Skills section', () => {
	function skillsSection(session: Session, template = classicTemplate) {
		return buildCvDocument(session, template).sections.find((section) => section.id === 'skills');
	}

	it('lists each skill as "Name (level): keywords", the skills the job asks for first', () => {
		const session = structuredClone(exampleSession(0));
		session.profile.skills = [
			{ id: 's1', name: 'Baking', level: 'Advanced', keywords: ['Sourdough', 'Croissants'] },
			{ id: 's2', name: 'Python', level: '', keywords: [] },
			{ id: 's3', name: 'Orchestration', level: 'Expert', keywords: ['Airflow'] },
			{ id: 's4', name: 'Knitting', level: 'Beginner', keywords: [] }
		];
		// The example job asks for Python and Airflow, not for baking or knitting; the two it does
		// not ask for keep the person's order.
		const [block] = skillsSection(session)?.blocks ?? [];
		if (block?.kind !== 'lines') throw new Error('expected one line per skill');
		expect(block.items.slice(0, 2).sort()).toEqual(['Orchestration (Expert): Airflow', 'Python']);
		expect(block.items.slice(2)).toEqual([
			'Baking (Advanced): Sourdough, Croissants',
			'Knitting (Beginner)'
		]);
	});

	it('runs skills that are only a name together on one line, others keep their own', () => {
		const session = structuredClone(exampleSession(0));
		session.job.description = '';
		session.job.similarDescriptions = [];
		session.profile.skills = [
			...['CargoWise', 'SAP EWM', 'TVINN', 'Excel'].map((name, index) => ({
				id: `n${index}`,
				name,
				level: '',
				keywords: []
			})),
			{ id: 'c', name: 'Customs', level: '', keywords: ['TVINN', 'EU transit'] },
			{ id: 'p', name: 'Power BI', level: 'Advanced', keywords: [] },
			{ id: 'i', name: 'Incoterms', level: '', keywords: [] }
		];
		expect(skillsSection(session)?.blocks).toEqual([
			{
				kind: 'lines',
				items: [
					'CargoWise, SAP EWM, TVINN, Excel, Incoterms',
					'Customs: TVINN, EU transit',
					'Power BI (Advanced)'
				]
			}
		]);
	});

	it('keeps the person’s order when there is no job ad to go by', () => {
		const session = structuredClone(exampleSession(0));
		session.job.description = '';
		session.job.similarDescriptions = [];
		const lines = skillsSection(session)?.blocks[0];
		expect(lines).toEqual({
			kind: 'lines',
			items: session.profile.skills.map((skill) =>
				[`${skill.name} (${skill.level})`, skill.keywords.join(', ')].join(': ')
			)
		});
	});

	it('runs the skills together in the compact template', () => {
		const block = skillsSection(exampleSession(0), compactTemplate)?.blocks[0];
		expect(block).toEqual({
			kind: 'paragraph',
			text: 'Data pipelines (Advanced): Kafka, Airflow, dbt, Great Expectations · Python (Expert): PySpark, scikit-learn · SQL (Expert): PostgreSQL, Amazon Redshift, T-SQL · Cloud (Advanced): AWS, GCP'
		});
	});

	it('prints no heading for an empty list, or for skills with nothing written in them', () => {
		const session = structuredClone(exampleSession(0));
		session.profile.skills = [];
		expect(skillsSection(session)).toBeUndefined();
		session.profile.skills = [{ id: 's1', name: ' ', level: 'Expert', keywords: ['', ' '] }];
		expect(skillsSection(session)).toBeUndefined();
	});

	it('leaves out a level that has no skill name to grade', () => {
		const session = structuredClone(exampleSession(0));
		session.profile.skills = [{ id: 's1', name: '', level: 'Expert', keywords: ['Sourdough'] }];
		expect(skillsSection(session)?.blocks).toEqual([{ kind: 'lines', items: ['Sourdough'] }]);
	});
});
