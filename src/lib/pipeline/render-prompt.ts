import { PromptTemplateError } from './prompt-source';

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/gi;

/** The distinct placeholder names a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
	return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Fills `{{name}}` placeholders in one pass, so a value that itself contains `{{…}}` (a job ad
 * can) is inserted as it is and never expanded. Fails loudly both ways: a placeholder without a
 * value would send the model a literal "{{role}}", and a value the template never uses is
 * usually a renamed placeholder that silently drops data from the prompt.
 */
export function renderPrompt(
	template: string,
	values: Readonly<Record<string, string>>,
	label = 'prompt'
): string {
	const used = placeholdersOf(template);
	const missing = used.filter((name) => !Object.hasOwn(values, name));
	if (missing.length > 0) {
		throw new PromptTemplateError(
			`The ${label} needs ${missing.map((name) => `{{${name}}}`).join(', ')}, which no value was given for.`
		);
	}
	const unknown = Object.keys(values).filter((name) => !used.includes(name));
	if (unknown.length > 0) {
		throw new PromptTemplateError(
			`The ${label} has no placeholder for ${unknown.map((name) => `{{${name}}}`).join(', ')}.`
		);
	}
	return template.replace(PLACEHOLDER, (_match, name: string) => values[name] ?? '');
}
