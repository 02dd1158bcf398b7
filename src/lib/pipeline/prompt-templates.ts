/**
 * The prompt files bundled into the app with Vite raw imports (Vitest understands them too).
 * Node scripts run by tsx cannot import `?raw`; they read `prompts/*.md` from disk and build a
 * PromptSource themselves.
 */
import cleanPrompt from '$prompts/clean.md?raw';
import coverLetterPrompt from '$prompts/cover-letter.md?raw';
import executiveSummaryPrompt from '$prompts/executive-summary.md?raw';
import feedbackPrompt from '$prompts/feedback.md?raw';
import keyQualificationsPrompt from '$prompts/key-qualifications.md?raw';
import projectPrompt from '$prompts/project.md?raw';
import rolePrompt from '$prompts/role.md?raw';
import systemPrompt from '$prompts/system.md?raw';
import type { PromptSource } from './prompt-source';

export const bundledPrompts: PromptSource = {
	system: systemPrompt,
	'key-qualifications': keyQualificationsPrompt,
	role: rolePrompt,
	project: projectPrompt,
	'executive-summary': executiveSummaryPrompt,
	'cover-letter': coverLetterPrompt,
	feedback: feedbackPrompt,
	clean: cleanPrompt
};
