import { describe, expect, it } from 'vitest';
import { fitLength, tidyEntry, tidyList } from './tidy-text';

describe('tidy text', () => {
	it('cuts at a sentence end when one is near the limit', () => {
		const text =
			'Migrated 140 batch jobs to Airflow. Cut failed runs from 12 a week to 1 and freed on-call.';
		expect(fitLength(text, 60)).toBe('Migrated 140 batch jobs to Airflow.');
	});

	it('cuts at a word otherwise, without a dangling connective or comma', () => {
		const cut = fitLength(
			'Built dashboards for branch managers and regional directors with Power BI',
			45
		);
		expect(cut).toBe('Built dashboards for branch managers');
		expect(cut.length).toBeLessThanOrEqual(45);
	});

	it('strips markers, emphasis and quotes', () => {
		expect(tidyEntry('  3. **Kafka**   streaming ')).toBe('Kafka streaming');
		expect(tidyEntry('"Data modelling"')).toBe('Data modelling');
	});

	it('removes emphasis and code spans only where they are paired at word boundaries', () => {
		expect(tidyEntry('Led the **data platform** team and __cut costs__ by 30%')).toBe(
			'Led the data platform team and cut costs by 30%'
		);
		expect(tidyEntry('Wrote `dbt` models')).toBe('Wrote dbt models');
		expect(tidyEntry('Found the window.__pwned global')).toBe('Found the window.__pwned global');
		expect(tidyEntry('Ported C__ helpers and snake_case__names')).toBe(
			'Ported C__ helpers and snake_case__names'
		);
		expect(tidyEntry('Renamed foo__bar__baz keys')).toBe('Renamed foo__bar__baz keys');
		expect(tidyEntry('Computed 2**10 and a ** b')).toBe('Computed 2**10 and a ** b');
		expect(tidyEntry('A lone ` backtick stays')).toBe('A lone ` backtick stays');
	});

	it('drops duplicates that differ only in case, spacing or punctuation, and caps the count', () => {
		expect(
			tidyList(['Kafka streaming', 'kafka  Streaming.', '', 'dbt', 'Airflow'], {
				maxChars: 80,
				maxCount: 2
			})
		).toEqual(['Kafka streaming', 'dbt']);
	});
});
