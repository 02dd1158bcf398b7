import { describe, expect, it } from 'vitest';
import type { SourceLine } from './source-lines';
import { splitEntries } from './split-entries';

const line = (text: string, indent: number, index: number): SourceLine => ({
	text,
	indent,
	index,
	offset: index * 100,
	page: 1,
	size: 10.5,
	bold: false,
	level: 0,
	listItem: false,
	lane: 0,
	gapBefore: 0
});

describe('splitEntries', () => {
	it('takes the employer under the title in a table’s right cell as the head, not as a list item', () => {
		const lines = [
			line('04/2020 – heute\tSozialarbeiterin', 0, 0),
			line('Stadt Köln, Jugendamt', 110, 1),
			line('Fallverantwortung für 45 Familien', 124, 2),
			line('10/2016 – 03/2020\tSozialpädagogin', 0, 3),
			line('Caritasverband für die Stadt Köln e. V.', 110, 4),
			line('Beratung wohnungsloser junger Erwachsener', 124, 5)
		];
		const entries = splitEntries(lines);
		expect(entries.map((entry) => entry.after.map((after) => after.text))).toEqual([
			['Stadt Köln, Jugendamt'],
			['Caritasverband für die Stadt Köln e. V.']
		]);
		expect(entries.map((entry) => entry.body.map((body) => body.text))).toEqual([
			['Fallverantwortung für 45 Familien'],
			['Beratung wohnungsloser junger Erwachsener']
		]);
	});
});
