import { describe, expect, it } from 'vitest';
import { extractTerms } from './extract-terms';

function terms(ad: string): string[] {
	return extractTerms({ description: ad, similarDescriptions: [] }, null).map(
		(term) => term.canonical
	);
}

describe('sense checks on terms read from an ad', () => {
	it('reads "Chef" as the DevOps tool only where the ad speaks of infrastructure', () => {
		expect(terms('Sous Chef\n- Experience with Chef in a busy kitchen.')).not.toContain('Chef');
		expect(terms('DevOps Engineer\n- Experience with Chef and Terraform.')).toContain('Chef');
	});

	it('does not read a London postcode as the cloud product', () => {
		expect(terms('Litigation Associate\nLondon EC2 · Hybrid\n- Drafting pleadings.')).not.toContain(
			'Amazon EC2'
		);
	});

	it("does not read patients' recruitment as hiring", () => {
		const ad = 'Research Nurse\n- Support patient recruitment into clinical trials.';
		expect(terms(ad)).not.toContain('hiring');
		expect(terms('Recruiter\n- Own recruitment for our sales teams.')).toContain('hiring');
	});

	it('does not read a school subject as a spoken language', () => {
		expect(
			terms(
				'Class Teacher\n- Lead a subject area such as French, music or PE; good communication skills.'
			)
		).not.toContain('French');
	});

	it('does not take a single letter out of a trade name', () => {
		expect(terms('HVAC/R Technician\n- Experience servicing HVAC/R systems.')).not.toContain('R');
	});

	it("does not take words of the employer's name as requirements", () => {
		expect(
			terms('Welder\n- Join Python Fabrication Ltd on site work.\n- MIG welding.')
		).not.toContain('Python');
	});

	it('does not take what the employer says of itself as a requirement', () => {
		const ad =
			'Driver\nNorthway Logistics delivers chilled goods to supermarkets.\n- Multi-drop routes.';
		expect(terms(ad)).not.toContain('logistics');
		expect(terms('Planner\n- Plan logistics for chilled goods.')).toContain('logistics');
	});
});
