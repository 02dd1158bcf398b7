import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_OUTPUT_CASES } from './__fixtures__/model-output-cases';
import { extractJson } from './extract-json';
import { defaultPipelineSettings } from './pipeline-settings';
import { STEPS } from './steps';

const folder = join(import.meta.dirname, '__fixtures__', 'model-outputs');
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const rules = defaultPipelineSettings().rules;

describe('reading real-style model answers', () => {
	it('covers every captured answer', () => {
		const covered = new Set(MODEL_OUTPUT_CASES.map((entry) => entry.file));
		expect(readdirSync(folder).filter((file) => !covered.has(file))).toEqual([]);
		expect(covered.size).toBeGreaterThanOrEqual(15);
	});

	for (const entry of MODEL_OUTPUT_CASES) {
		if ('json' in entry) {
			it(`${entry.file}: extracts the JSON`, () => {
				expect(extractJson(read(entry.file))).toEqual({ ok: true, value: entry.json });
			});
		} else if ('jsonError' in entry) {
			it(`${entry.file}: says why there is no JSON`, () => {
				const result = extractJson(read(entry.file));
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.message).toMatch(entry.jsonError);
			});
		} else {
			const readAs = (text: string) => {
				const step = STEPS[entry.step];
				if (entry.via === 'text') return step.fromText(text, rules);
				const json = extractJson(text);
				return json.ok ? step.fromJson(json.value, rules) : json;
			};
			if ('content' in entry) {
				it(`${entry.file}: reads as ${entry.step} content from ${entry.via}`, () => {
					expect(readAs(read(entry.file))).toEqual({ ok: true, value: entry.content });
				});
			} else {
				it(`${entry.file}: fails as ${entry.step} content with a reason`, () => {
					const result = readAs(read(entry.file));
					expect(result.ok).toBe(false);
					if (!result.ok) expect(result.message).toMatch(entry.error);
				});
			}
		}
	}
});
