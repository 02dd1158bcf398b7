/**
 * The origins the browser may send LLM requests to, read by svelte.config.js into the content
 * security policy's connect-src: each preset provider's API origin, and local servers (Ollama,
 * LM Studio, llama.cpp, vLLM) on any port of this computer. Plain JavaScript so the build config
 * can import it without a TypeScript step; anything else must be added at build time with
 * LLM_EXTRA_ORIGINS (see parseExtraOrigins).
 */

/** @type {readonly string[]} */
export const PROVIDER_ORIGINS = Object.freeze([
	// Groq, the default: https://api.groq.com/openai/v1
	'https://api.groq.com',
	// OpenAI: https://api.openai.com/v1
	'https://api.openai.com',
	// OpenRouter: https://openrouter.ai/api/v1
	'https://openrouter.ai',
	// Mistral: https://api.mistral.ai/v1
	'https://api.mistral.ai',
	// Google Gemini's OpenAI-compatible layer: https://generativelanguage.googleapis.com/v1beta/openai
	'https://generativelanguage.googleapis.com',
	// Local servers: Ollama :11434, LM Studio :1234, llama.cpp :8080, vLLM :8000, or any other port.
	'http://localhost:*',
	'http://127.0.0.1:*'
]);

/**
 * A connect-src host source naming one origin: a scheme, a host (optionally `*.` for its
 * subdomains) and an optional port or `*`. No paths, no bare `*`, no scheme-only `https:`:
 * an extra origin must never quietly open the policy to every server.
 */
const ORIGIN_SOURCE =
	/^https?:\/\/(?:\*\.)?(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?\/?$/i;

/**
 * The origins LLM_EXTRA_ORIGINS adds (comma or space separated), without duplicates of the
 * presets. Throws a message naming the entry when one is not an origin.
 * @param {string | undefined} text
 * @returns {string[]}
 */
export function parseExtraOrigins(text) {
	const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
	for (const entry of entries) {
		if (!ORIGIN_SOURCE.test(entry))
			throw new Error(
				`LLM_EXTRA_ORIGINS: "${entry}" is not an origin. Give scheme, host and optional port, e.g. https://llm.example.org or http://192.168.1.20:11434`
			);
	}
	return [...new Set(entries.map((entry) => entry.replace(/\/$/, '')))].filter(
		(entry) => !PROVIDER_ORIGINS.includes(entry)
	);
}
