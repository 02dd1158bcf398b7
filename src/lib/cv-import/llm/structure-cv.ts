/**
 * The optional LLM pass over an imported CV: one structured-output call (one per part when the
 * text is long), the answer read with the answer schema, every value checked against the text,
 * and the result merged into the parser's. Pure given an LlmClient: the paced, cached stack from
 * Settings in the app, a fake or the mock server in tests.
 */
import type { LlmCallOptions, LlmClient } from '$lib/llm/llm-client';
import { isLlmError } from '$lib/llm/llm-error';
import { extractJson } from '$lib/pipeline/extract-json';
import { promptSections } from '$lib/pipeline/prompt-source';
import { renderPrompt } from '$lib/pipeline/render-prompt';
import { stableHash } from '$lib/pipeline/stable-hash';
import type { CvImportSuccess } from '../cv-import-result';
import { CV_ANSWER_JSON_SCHEMA, CvAnswerSchema, type CvAnswer } from './answer-schema';
import { mergeLlmResult } from './merge-llm-result';
import { splitCvText } from './split-cv-text';
import { verifyAnswer } from './verify-answer';

export interface StructureOptions extends Pick<LlmCallOptions, 'signal' | 'onActivity'> {
	llm: LlmClient;
	model: string;
	/** Whether the model takes a strict JSON schema; otherwise JSON mode and the zod check. */
	structured: boolean;
	/** The text of prompts/cv-import.md. */
	prompt: string;
}

export type StructureOutcome =
	{ ok: true; result: CvImportSuccess } | { ok: false; message: string };

/** Our own fence tags inside the CV text become brackets, so the text cannot close its fence. */
function asCvData(text: string): string {
	return text.replace(/<\s*(\/?)\s*cv_text\s*>/gi, '[$1cv_text]');
}

/**
 * Room for the answer: the JSON repeats most of the text, and reasoning models think first.
 * Kept so that text and answer fit Groq's free tier (8,000 tokens per minute) in one request.
 */
function answerBudget(part: string): number {
	return Math.min(4_500, 1_200 + Math.ceil((part.length / 4) * 1.5));
}

function combine(answers: CvAnswer[]): CvAnswer {
	const [first, ...rest] = answers as [CvAnswer, ...CvAnswer[]];
	const combined = structuredClone(first);
	for (const answer of rest) {
		for (const key of ['name', 'headline', 'email', 'phone', 'location'] as const)
			combined.header[key] ||= answer.header[key];
		combined.header.links.push(...answer.header.links);
		combined.summary ||= answer.summary;
		combined.roles.push(...answer.roles);
		combined.projects.push(...answer.projects);
		combined.education.push(...answer.education);
		combined.certifications.push(...answer.certifications);
		combined.languages.push(...answer.languages);
		combined.skills.push(...answer.skills);
	}
	return combined;
}

export async function structureCv(
	base: CvImportSuccess,
	options: StructureOptions
): Promise<StructureOutcome> {
	const sections = promptSections(options.prompt, 'cv-import');
	const system = renderPrompt(sections.get('system') ?? '', {}, 'CV import prompt');
	const user = sections.get('user') ?? '';
	const parts = splitCvText(base.text);
	const answers: CvAnswer[] = [];
	try {
		for (const [index, part] of parts.entries()) {
			const result = await options.llm.complete(
				{
					model: options.model,
					messages: [
						{ role: 'system', content: system },
						{
							role: 'user',
							content: renderPrompt(
								user,
								{
									part:
										parts.length > 1
											? ` This is part ${index + 1} of ${parts.length} of the CV.`
											: '',
									cv_text: asCvData(part)
								},
								'CV import prompt'
							)
						}
					],
					temperature: 0,
					maxTokens: answerBudget(part),
					jsonSchema: options.structured ? CV_ANSWER_JSON_SCHEMA : undefined,
					jsonObject: options.structured ? undefined : true,
					promptVersion: stableHash(options.prompt)
				},
				{ signal: options.signal, onActivity: options.onActivity }
			);
			if (result.finishReason === 'length')
				return { ok: false, message: 'The model’s answer was cut off; nothing was changed.' };
			const json = extractJson(result.text);
			const answer = json.ok ? CvAnswerSchema.safeParse(json.value) : undefined;
			if (!answer?.success)
				return {
					ok: false,
					message: 'The model did not answer in the expected form; nothing was changed.'
				};
			answers.push(answer.data);
		}
	} catch (error) {
		const message = isLlmError(error) ? `${error.message} ${error.action}` : String(error);
		return { ok: false, message: `The model could not be asked: ${message}` };
	}
	return { ok: true, result: mergeLlmResult(base, verifyAnswer(combine(answers), base.text)) };
}
