/**
 * Removes what a model "thinks aloud" before its answer, whatever the reasoning setting:
 * `<think>…</think>` blocks (DeepSeek/Qwen with `reasoning_format: raw`), a `<think>` that was
 * never closed because the answer ran out of tokens (then there is no answer at all), and the
 * gpt-oss harmony channels when they leak into the content (`<|channel|>final<|message|>…`).
 */
const THINK_BLOCK = /<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi;
const UNCLOSED_THINK = /<(think|thinking|reasoning)>[\s\S]*$/i;
const STRAY_CLOSE = /^[\s\S]*?<\/(think|thinking|reasoning)>/i;
const FINAL_CHANNEL = /<\|channel\|>\s*final\s*<\|message\|>/i;
const HARMONY_TOKEN = /<\|(start|end|return|channel|message|constrain|call)\|>/gi;

export function stripReasoning(text: string): string {
	let answer = text;
	const final = FINAL_CHANNEL.exec(answer);
	if (final) answer = answer.slice(final.index + final[0].length);
	answer = answer.replace(HARMONY_TOKEN, '\n');
	answer = answer.replace(THINK_BLOCK, '');
	// A closing tag without its opening one: the API moved the start of the reasoning elsewhere.
	answer = answer.replace(STRAY_CLOSE, '');
	answer = answer.replace(UNCLOSED_THINK, '');
	return answer.trim();
}
