/**
 * Models wrap answers in things the app does not want: `<think>…</think>` reasoning (kept apart,
 * whatever `reasoning_format` was asked for) and, in JSON modes, Markdown code fences.
 */
const THINK_BLOCK = /<think>([\s\S]*?)(?:<\/think>|$)/gi;
const FENCED = /^\s*```[a-zA-Z0-9_-]*\s*\n([\s\S]*?)\n?\s*```\s*$/;

export function splitReasoning(content: string): { text: string; reasoning?: string } {
	const reasoning: string[] = [];
	const text = content.replace(THINK_BLOCK, (_match, inner: string) => {
		reasoning.push(inner.trim());
		return '';
	});
	const joined = reasoning.filter((part) => part !== '').join('\n\n');
	return { text: text.trim(), ...(joined ? { reasoning: joined } : {}) };
}

/** The JSON inside a single fenced block, or the text unchanged. */
export function stripCodeFence(text: string): string {
	const match = FENCED.exec(text);
	return match ? (match[1] as string).trim() : text;
}
