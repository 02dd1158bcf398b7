import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CvImportSuccess } from './cv-import-result';
import { importCvFile } from './import-cv';
import { nodeExtractors } from './node/node-extractors';

/**
 * The review highlights the text every field was read from. A field that went into the profile
 * without a span would look, to the person checking, as if it came from nowhere (a year on an
 * education line left unmarked while the entry shows it). Checked on every CV of the import
 * corpus: many professions, languages and layouts.
 */
const CORPUS = join(import.meta.dirname, '../../../tests/fixtures/cv-import/files');

/** Every filled leaf of the profile as a dotted path: "education.0.end", "skills.3.name". */
function filledPaths(value: unknown, path: string[] = []): string[] {
	if (typeof value === 'string') return value === '' ? [] : [path.join('.')];
	if (Array.isArray(value))
		return value.flatMap((item, index) => filledPaths(item, [...path, `${index}`]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, entry]) =>
			// Ids are the app's own; a code kept apart for exports is not read from the text.
			key === 'id' || key === 'countryCode' ? [] : filledPaths(entry, [...path, key])
		);
	return [];
}

function unmarked(result: CvImportSuccess): string[] {
	const marked = new Set(
		result.spans.filter((span) => span.end > span.start).map((span) => span.field)
	);
	return filledPaths(result.profile).filter(
		(path) => !marked.has(path) && ![...marked].some((field) => field.startsWith(`${path}.`))
	);
}

describe('every field an import fills is highlighted in the text it came from', () => {
	for (const name of readdirSync(CORPUS).filter((file) => !file.startsWith('scanned'))) {
		it(name, async () => {
			const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
			const result = await importCvFile({ name, bytes }, nodeExtractors);
			if (!result.ok) throw new Error(result.message);
			expect(unmarked(result)).toEqual([]);
		});
	}
});
