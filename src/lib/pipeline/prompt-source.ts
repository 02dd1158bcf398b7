/**
 * The prompt templates the pipeline renders, as plain text keyed by name. The app bundles them
 * with Vite raw imports (`prompt-templates.ts`); Node scripts read the same files from disk and
 * pass them in, so the pipeline itself never touches the file system.
 */
import { stableHash } from './stable-hash';

export const PROMPT_NAMES = [
	'system',
	'key-qualifications',
	'role',
	'project',
	'executive-summary',
	'cover-letter',
	'feedback',
	'clean'
] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

/** Every template's text, e.g. `{ role: '<!-- section: user -->\nTailor one role…', … }`. */
export type PromptSource = Readonly<Record<PromptName, string>>;

/** Thrown when a template is missing, lacks a section, or does not fit the values given to it. */
export class PromptTemplateError extends Error {
	override name = 'PromptTemplateError';
}

const SECTION_MARKER = /^[ \t]*<!--\s*section:\s*([a-z_-]+)\s*-->[ \t]*$/gm;

/**
 * Splits a template file into its sections. A file holds several parts of one step's prompt
 * (the user message, the output instructions for each mode, the cleaner's target) so that a
 * prompt author edits one file per step; text before the first marker is a note for them.
 */
export function promptSections(text: string, name: string): Map<string, string> {
	const sections = new Map<string, string>();
	const markers = [...text.matchAll(SECTION_MARKER)];
	markers.forEach((marker, index) => {
		const section = marker[1] ?? '';
		if (sections.has(section)) {
			throw new PromptTemplateError(`Prompt "${name}" has the section "${section}" twice.`);
		}
		const start = (marker.index ?? 0) + marker[0].length;
		const end = markers[index + 1]?.index ?? text.length;
		sections.set(section, text.slice(start, end).trim());
	});
	return sections;
}

/** One section of one template; throws a PromptTemplateError naming what is missing. */
export function promptSection(source: PromptSource, name: PromptName, section: string): string {
	const text = source[name];
	if (typeof text !== 'string' || text.trim() === '') {
		throw new PromptTemplateError(`The prompt file "${name}.md" is missing or empty.`);
	}
	const body = promptSections(text, name).get(section);
	if (body === undefined) {
		throw new PromptTemplateError(`The prompt file "${name}.md" has no "${section}" section.`);
	}
	return body;
}

/**
 * A short fingerprint of the templates a request was built from. It goes into
 * `LlmRequest.promptVersion`, so editing a prompt file never serves an answer cached for the
 * old wording, while untouched steps keep their cache.
 */
export function promptVersion(source: PromptSource, names: readonly PromptName[]): string {
	const parts = [...new Set(names)].sort().map((name) => `${name}\u0000${source[name] ?? ''}`);
	return stableHash(parts.join('\u0001'));
}
