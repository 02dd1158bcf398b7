/**
 * The messages of a step's calls: the generation prompt (the step's own system message or the
 * shared one, the person's feedback when they gave some), and the cleaner's, which structures a
 * free-text draft. Everything that came from the person or a model goes in as quoted data.
 */
import type { LlmMessage } from '$lib/llm/llm-client';
import type { StepRevision } from './attempt-step';
import { asData, contentAsText } from './prompt-data';
import { promptSection, type PromptSource } from './prompt-source';
import { renderPrompt } from './render-prompt';
import type { StepDefinition } from './steps';

export function generationMessages(
	prompts: PromptSource,
	step: StepDefinition,
	values: Readonly<Record<string, string>>,
	revision: StepRevision | undefined,
	output: 'json' | 'text'
): LlmMessage[] {
	const systemFile = step.ownSystem ? step.prompt : 'system';
	const system = renderPrompt(promptSection(prompts, systemFile, 'system'), {}, 'system prompt');
	const template = `${promptSection(prompts, step.prompt, 'user')}\n\n${promptSection(prompts, step.prompt, output)}`;
	const user = renderPrompt(
		template,
		{ ...values, feedback: feedbackBlock(prompts, revision) },
		`"${step.prompt}" prompt`
	);
	return [
		{ role: 'system', content: system },
		{ role: 'user', content: user }
	];
}

/** Empty unless the person gave feedback: a plain "regenerate" resends the same prompt. */
function feedbackBlock(prompts: PromptSource, revision: StepRevision | undefined): string {
	if (!revision || revision.feedback.trim() === '') return '';
	const block = renderPrompt(
		promptSection(prompts, 'feedback', 'user'),
		{
			previous: asData(contentAsText(revision.previous)) || '(empty)',
			feedback: asData(revision.feedback)
		},
		'feedback prompt'
	);
	return `\n${block}\n`;
}

export function cleanerMessages(
	prompts: PromptSource,
	step: StepDefinition,
	draft: string
): LlmMessage[] {
	return [
		{
			role: 'system',
			content: renderPrompt(promptSection(prompts, 'clean', 'system'), {}, 'cleaner prompt')
		},
		{
			role: 'user',
			content: renderPrompt(
				promptSection(prompts, 'clean', 'user'),
				{
					target: promptSection(prompts, step.prompt, 'clean'),
					draft: asData(draft)
				},
				'cleaner prompt'
			)
		}
	];
}
