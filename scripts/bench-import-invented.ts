import type { Profile } from '../src/lib/domain/profile';
import { normalize } from './bench-import-score';

/**
 * Values in an imported profile that are not in the document's text: what an importer must
 * never produce. Dates are left out (they are rewritten to "YYYY-MM" on purpose), and so are ids.
 * Spaces are ignored, as a value read across a line break joins its lines.
 */
const squash = (text: string) => normalize(text).replace(/\s+/g, '');

function strings(value: unknown, key = ''): string[] {
	if (typeof value === 'string')
		return /^(id|start|end|date)$/.test(key) || value === '' ? [] : [value];
	if (Array.isArray(value)) return value.flatMap((item) => strings(item));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([entryKey, entry]) => strings(entry, entryKey));
	return [];
}

export function inventedValues(profile: Profile, documentText: string): string[] {
	const text = squash(documentText);
	return strings(profile).filter((value) => !text.includes(squash(value)));
}
