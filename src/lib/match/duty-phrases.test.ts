import { beforeAll, describe, expect, it } from 'vitest';
import { dutyPhrases } from './duty-phrases';
import { loadTagger, type Tagger } from './phrase-tagger';

let tagger: Tagger;
beforeAll(async () => {
	tagger = await loadTagger();
});

function duties(line: string): string[] {
	return dutyPhrases(line, tagger).map((phrase) => phrase.text);
}

describe('duties written as orders', () => {
	it('names a duty on an everyday object as a CV would ("book appointments")', () => {
		expect(duties('- Record clinical notes and book appointments in Dentally.')).toEqual([
			'appointment booking'
		]);
		expect(duties('- Manage behaviour positively in line with the policy.')).toEqual([
			'behaviour management'
		]);
		expect(duties('- Plan daily routes and allocate drivers, and handle complaints.')).toEqual([
			'route planning',
			'driver allocation',
			'complaint handling'
		]);
	});

	it('reads the duty after "will" and through "the"', () => {
		expect(duties('You will analyse the data and write reports.')).toEqual([
			'data analysis',
			'report writing'
		]);
	});

	it('leaves a specific object to the phrase finder and an object with "a" alone', () => {
		expect(duties('- Manage disclosure using Relativity.')).toEqual([]);
		expect(duties('- Manage walkaround checks and manage a team.')).toEqual([]);
	});

	it('names duties done to people by the skill ("supervise trainees" is supervision)', () => {
		expect(duties('- Recruit, supervise and appraise a team of 60 staff.')).toEqual([
			'recruitment',
			'supervision',
			'appraisals'
		]);
		expect(duties('- Help supervise PhD and undergraduate students in the lab.')).toEqual([
			'supervision'
		]);
		expect(duties('- Lead the reception and reservations teams.')).toEqual(['team leadership']);
		expect(duties('- Train new software on the ward.')).toEqual([]);
	});
});
