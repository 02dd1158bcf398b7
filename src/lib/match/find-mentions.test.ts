import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

function canonicals(text: string): string[] {
	return findMentions(text).map((mention) => mention.entry.canonical);
}

describe('findMentions', () => {
	it('reads names with punctuation as whole names', () => {
		expect(canonicals('C#, C++ and .NET; ASP.NET Core; Node.js; CI/CD; A/B testing')).toEqual([
			'C#',
			'C++',
			'.NET',
			'ASP.NET',
			'Node.js',
			'CI/CD',
			'A/B testing'
		]);
	});

	it('maps abbreviations and synonyms to one name', () => {
		expect(canonicals('k8s or Kubernetes')).toEqual(['Kubernetes', 'Kubernetes']);
		expect(canonicals('Postgres and PostgreSQL')).toEqual(['PostgreSQL', 'PostgreSQL']);
		expect(canonicals('JS/TS')).toEqual(['JavaScript', 'TypeScript']);
		expect(canonicals('GCP, AWS and Amazon Web Services')).toEqual(['Google Cloud', 'AWS', 'AWS']);
		expect(canonicals('ML and machine learning')).toEqual(['machine learning', 'machine learning']);
	});

	it('ignores case, plurals and UK/US spelling', () => {
		expect(canonicals('PYTHON, python')).toEqual(['Python', 'Python']);
		expect(canonicals('KPIs and data pipelines')).toEqual(['KPIs', 'data pipelines']);
		expect(canonicals('data modelling, data modeling')).toEqual(['data modeling', 'data modeling']);
		expect(canonicals('labour planning and mathematical optimisation')).toEqual([
			'workforce planning',
			'optimization'
		]);
		expect(canonicals('Organizational design; organizational skills')).toEqual([
			'organisational design',
			'organisational skills'
		]);
		expect(canonicals('ran usability tests')).toEqual(['usability testing']);
	});

	it('does not read everyday words as tools', () => {
		expect(canonicals('Go-to-market plans; excel at R&D in the C-suite')).toEqual(['go-to-market']);
		expect(canonicals('Services in Go, analysis in R and C')).toEqual(['Go', 'R', 'C']);
	});

	it('prefers the longest name and reports exact offsets in the original text', () => {
		const text = 'Moved to Amazon Redshift – with Lean Six Sigma Green Belt.';
		const mentions = findMentions(text);
		expect(mentions.map((mention) => mention.entry.canonical)).toEqual([
			'Amazon Redshift',
			'Six Sigma Green Belt'
		]);
		for (const mention of mentions) {
			expect(text.slice(mention.start, mention.end)).toBe(mention.text);
		}
		expect(mentions[0]?.text).toBe('Amazon Redshift');
	});
});
