import { classicTemplate } from './classic';
import { compactTemplate } from './compact';
import type { CvTemplate } from './template-definition';

export * from './template-definition';
export { classicTemplate, compactTemplate };

/** Every template the user can pick, in the order the picker shows them. */
export const TEMPLATES: readonly CvTemplate[] = [classicTemplate, compactTemplate];

export const DEFAULT_TEMPLATE_ID = classicTemplate.id;

/**
 * The template with this id; an unknown id (a session saved by a later version with more
 * templates, or a hand-edited file) falls back to the default rather than failing the export.
 */
export function getTemplate(id: string): CvTemplate {
	return TEMPLATES.find((template) => template.id === id) ?? classicTemplate;
}

export function isTemplateId(id: string): boolean {
	return TEMPLATES.some((template) => template.id === id);
}
