import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { VOCABULARY, vocabularyEntry } from './vocabulary';

describe('VOCABULARY', () => {
	it('gives every term one canonical name', () => {
		const canonicals = VOCABULARY.map((entry) => entry.canonical.toLowerCase());
		const repeated = canonicals.filter((name, index) => canonicals.indexOf(name) !== index);
		expect(repeated).toEqual([]);
	});

	// A list added by profession can repeat or swallow a spelling another list already has; the
	// term would then silently count under the wrong name.
	it('reads each alias, written alone, as its own term and no other', () => {
		const misread = VOCABULARY.flatMap((entry) =>
			entry.aliases
				.filter((alias) => {
					const mentions = findMentions(alias.text);
					return (
						mentions.length !== 1 || mentions[0]?.entry !== entry || mentions[0].text !== alias.text
					);
				})
				.map((alias) => `${alias.text} (${entry.canonical})`)
		);
		expect(misread).toEqual([]);
	});

	it('covers professions beyond software, each with skills, tools and credentials', () => {
		const kinds = (names: string[]) => names.map((name) => vocabularyEntry(name)?.kind);
		expect(kinds(['employee relations', 'Workday', 'CIPD'])).toEqual([
			'skill',
			'tool',
			'certification'
		]);
		expect(kinds(['legal research', 'iManage', 'LLB'])).toEqual(['skill', 'tool', 'qualification']);
		expect(kinds(['safeguarding', 'Google Classroom', 'Qualified Teacher Status'])).toEqual([
			'skill',
			'tool',
			'qualification'
		]);
		expect(kinds(['dispensing', 'GPhC registration'])).toEqual(['skill', 'qualification']);
		expect(kinds(['finite element analysis', 'Siemens NX', 'Chartered Engineer'])).toEqual([
			'skill',
			'tool',
			'qualification'
		]);
		expect(kinds(['threat hunting', 'CrowdStrike', 'OSCP'])).toEqual([
			'skill',
			'tool',
			'certification'
		]);
		expect(kinds(['strategic sourcing', 'SAP Ariba', 'CIPS'])).toEqual([
			'skill',
			'tool',
			'certification'
		]);
		expect(kinds(['prospecting', 'Salesloft'])).toEqual(['skill', 'tool']);
	});

	it('does not read everyday words in new fields as terms', () => {
		const named = (text: string) => findMentions(text).map((mention) => mention.entry.canonical);
		expect(named('We are diligent, and we keep a sentinel and a loki figurine.')).toEqual([]);
		expect(named('An inventor of a lever and a zoom lens, a sage in a nomad tent.')).toEqual([]);
		expect(named('Ideally a level of comfort with the matter at hand.')).toEqual([]);
		// Capitalised at the start of a CV bullet, these are words, not the products named so.
		const sentenceStarts = [
			'Keynote speaker at the annual meetup.',
			'Gladly took over the night shift.',
			'Sentinel lymph node biopsies assisted.',
			'Maze of legacy spreadsheets replaced.',
			'Sage advice given to new joiners.',
			'Relativity of the two offers explained to buyers.',
			'Lever arms redesigned for the press.'
		];
		expect(sentenceStarts.flatMap(named)).toEqual([]);
	});
});
