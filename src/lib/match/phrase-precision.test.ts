import { beforeAll, describe, expect, it } from 'vitest';
import { findPhrases } from './find-phrases';
import { loadTagger, type Tagger } from './phrase-tagger';

let tagger: Tagger;
beforeAll(async () => {
	tagger = await loadTagger();
});

function phrases(line: string): string[] {
	return findPhrases(line, tagger).map((phrase) => phrase.text);
}

describe('phrases a recruiter would write', () => {
	it('drops adjectives that grade rather than name the kind of thing', () => {
		const found = phrases('- Explain complex results and run monthly payrolls for the group.');
		expect(found.some((phrase) => /complex|monthly/.test(phrase))).toBe(false);
		expect(phrases('- Publish in peer-reviewed journals on gene regulation.')).not.toContain(
			'peer-reviewed journals'
		);
	});

	it('keeps adjectives that say which kind ("clinical notes", "post-operative rehabilitation")', () => {
		expect(phrases('- Keep clinical notes and deliver post-operative rehabilitation.')).toEqual([
			'clinical notes',
			'post-operative rehabilitation'
		]);
	});

	it('drops the team or the procedures that hold a skill, and a team on its own', () => {
		const found = phrases('- Brief the night audit teams on fire safety procedures.');
		expect(found).toEqual(['night audit', 'fire safety']);
		expect(phrases('- Work closely with the commercial team and the legal team.')).toEqual([]);
	});

	it('keeps an everyday activity named as an item of a list, not on its own', () => {
		expect(phrases('- Draft pleadings, witness statements and applications.')).toContain(
			'applications'
		);
		expect(phrases('- Review applications from candidates.')).not.toContain('applications');
	});
});
