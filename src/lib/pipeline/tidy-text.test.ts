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

	it('drops duplicates that differ only in case, spacing or punctuation, and caps the count', () => {
		expect(
			tidyList(['Kafka streaming', 'kafka  Streaming.', '', 'dbt', 'Airflow'], {
				maxChars: 80,
				maxCount: 2
			})
		).toEqual(['Kafka streaming', 'dbt']);
	});
});
