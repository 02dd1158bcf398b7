/**
 * The few pure helpers of the lower layers that pages and components show directly (words for
 * LLM activity, paper sizes, font files, safe Markdown, file-name parts), passed through here so
 * that views have one door to the app: `state/`. They hold no state and do no I/O.
 */
export { describeLlmActivity } from '$lib/llm/describe-llm-activity';
export { LLM_STEPS, type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
export { REASONING_EFFORTS, type ReasoningEffort } from '$lib/llm/reasoning';
export { PAPER_DIMENSIONS } from '$lib/export/pdf/paper';
export { FONT_FILES } from '$lib/export/pdf/pdf-fonts';
export { markdownToSafeHtml } from '$lib/export/markdown-to-safe-html';
export { fileNamePart } from '$lib/export/export-file-name';
export type { CvDocument, CvEntry } from '$lib/export/cv-document';
export type { OpenClaims } from '$lib/match/open-claims';
export type { DayUsage } from '$lib/llm/usage-store';
