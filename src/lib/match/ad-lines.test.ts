import { describe, expect, it } from 'vitest';
import { adLines } from './ad-lines';

const texts = (ad: string) => adLines(ad).map((line) => line.text.trim());

describe('adLines', () => {
	it('leaves out the offer section up to the next heading', () => {
		const ad = [
			'What we offer',
			'- A training budget of €1,500 and a bike lease',
			'- Private medical insurance',
			'Your profile',
			'- Budget management experience'
		].join('\n');
		expect(texts(ad)).toEqual(['Your profile', '- Budget management experience']);
	});

	it('leaves out single lines that list perks or talk about pay, but not duties about pay', () => {
		const ad = [
			'Perks: home-office budget and a yearly team retreat.',
			'We offer a competitive salary and 25 days of holiday.',
			'The minimum salary under the collective agreement is EUR 3,900 gross per month.',
			'- Lead the annual salary review.'
		].join('\n');
		expect(texts(ad)).toEqual(['- Lead the annual salary review.']);
	});

	it('does not take a skill line for an offer heading', () => {
		expect(texts('Benefits realisation and reporting')).toEqual([
			'Benefits realisation and reporting'
		]);
	});

	it('marks bullets and lines that speak of requirements', () => {
		const lines = adLines(
			"We build trains.\n• Design bogies\nExperience with welding is a plus\nOur office is in Basel.\nYou'll weld bogie frames."
		);
		expect(lines.map((line) => line.isRequirement)).toEqual([false, true, true, false, true]);
	});

	it('reads a paragraph of prose sentence by sentence: the duties, not the story of the employer', () => {
		const paragraph =
			"We're a small, family-run tree care business in Surrey and we're busy all year round. " +
			"Day to day you'll be climbing and rigging to carry out crown reductions and deadwooding. " +
			'Pay is £150 a day depending on experience.';
		expect(adLines(paragraph).map((line) => [line.text.trim(), line.isRequirement])).toEqual([
			[
				"We're a small, family-run tree care business in Surrey and we're busy all year round.",
				false
			],
			[
				"Day to day you'll be climbing and rigging to carry out crown reductions and deadwooding.",
				true
			]
		]);
	});
});
